import type { AnyEnvelope } from '@portal/contracts';
import type { DecisionEntry } from '../aggregates/decision';
import { HandlerTable, type EventHandlers } from '../kafka/handlers';

/**
 * Applies events through a service's own handler tables, in order, without Kafka: what a demo seed does with the
 * facts the ERP would have sent (order's demo contracts, orders, invoices). Each decision entry decides on its
 * aggregate once per event id (an event already applied changes nothing, so seeding again is a no-op) and its
 * events go out through the outbox as if consumed; follow-ups (`after`) run too. Not for ingestion: the consumer
 * batches, orders per key and dead-letters; this stops at the first error.
 */
export async function applyEvents(tables: EventHandlers[], events: readonly AnyEnvelope[]): Promise<void> {
  const table = new HandlerTable(tables);
  for (const event of events) {
    const handlers = table.of(event.eventType);
    if (!handlers) continue;
    for (const entry of handlers.entries) await decideOnce(entry, event);
    const ctx = { topic: 'demo-seed', partition: 0, offset: '0', key: event.aggregateId, attempt: 1 };
    for (const handler of handlers.functions) await handler(event, ctx);
  }
}

async function decideOnce(entry: DecisionEntry, event: AnyEnvelope): Promise<void> {
  const id = entry.id(event as never);
  if (id === null) return;
  const accountOf = (state: object) =>
    entry.accountId?.(state, event as never) ?? (state as { accountId?: string }).accountId ?? event.accountId;
  const result = await entry.aggregate.decide(id, (current) => entry.decide(current, event as never), {
    appliedEventId: event.eventId,
    accountId: accountOf,
  });
  await entry.after?.({ id, state: result.state ?? null, changed: !result.skipped }, event as never);
}
