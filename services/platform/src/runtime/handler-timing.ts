import type { EventType } from '@portal/contracts';
import type { EventHandler, EventHandlers } from '../kafka/consumer';
import type { Metrics } from './metrics';

/**
 * The handler tables with each handler timed into `event_handler_duration_seconds` (per topic, event type and
 * outcome, one observation per delivery attempt), so the consumer itself stays free of metrics plumbing.
 */
export function timedHandlers(tables: EventHandlers[], metrics: Metrics): EventHandlers[] {
  return tables.map((table) => {
    const timed: Record<string, EventHandler<EventType>> = {};
    for (const [type, handler] of Object.entries(table) as [EventType, EventHandler<EventType>][]) {
      timed[type] = async (event, ctx) => {
        const end = metrics.handlerDuration.startTimer({ topic: ctx.topic, event_type: event.eventType });
        try {
          await handler(event, ctx);
          end({ outcome: 'ok' });
        } catch (error) {
          end({ outcome: 'error' });
          throw error;
        }
      };
    }
    return timed as EventHandlers;
  });
}
