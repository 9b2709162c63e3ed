import type { EventType } from '@portal/contracts';
import type { EventHandler, EventHandlers } from '../kafka/consumer';
import type { Metrics } from './metrics';

/**
 * The handler tables with each function handler timed into `event_handler_duration_seconds` (per topic, event type and
 * outcome, one observation per delivery attempt), so the consumer itself stays free of metrics plumbing. Declarative
 * decision entries pass through untouched: the consumer applies them a whole batch at a time.
 */
export function timedHandlers(tables: EventHandlers[], metrics: Metrics): EventHandlers[] {
  return tables.map((table) => {
    const timed: Record<string, unknown> = {};
    for (const [type, entry] of Object.entries(table) as [EventType, unknown][]) {
      if (typeof entry !== 'function') {
        timed[type] = entry;
        continue;
      }
      const handler = entry as EventHandler<EventType>;
      timed[type] = async (
        event: Parameters<EventHandler<EventType>>[0],
        ctx: Parameters<EventHandler<EventType>>[1],
      ) => {
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
