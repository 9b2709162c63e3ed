import type { AnyEnvelope } from '@portal/contracts';
import type { EventHandlers } from '@portal/platform';
import { handleEvent, type NotifyDeps } from '../app/notify-event';
import { handledEventTypes } from '../domain/rule-table';
import type { EventView } from '../domain/types';

export const toView = (e: AnyEnvelope): EventView => ({
  eventId: e.eventId,
  eventType: e.eventType,
  occurredAt: e.occurredAt,
  aggregateId: e.aggregateId,
  accountId: e.accountId,
  correlationId: e.correlationId,
  actor: e.actor,
  payload: e.payload,
});

/**
 * The consumer's adapter: one handler for every event type the rule table names: the handler table is built from the data, so a new
 * event type needs a rule and templates, not code. Idempotent: deliveries are keyed by (event, recipient,
 * channel) and written only if absent; banners remember the events applied to them.
 */
export function notificationHandlers(deps: NotifyDeps): EventHandlers {
  const handle = (event: AnyEnvelope) => handleEvent(deps, toView(event));
  return Object.fromEntries(handledEventTypes(deps.catalog.table).map((type) => [type, handle])) as EventHandlers;
}
