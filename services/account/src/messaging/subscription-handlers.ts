import type { EventHandlers, ServiceKit } from '@portal/platform';
import { applyErpAnswer } from '../domain/subscription-changes';
import type { Stores } from '../store/stores';
import { envelopes } from './envelopes';

/**
 * erp.sales-orders.v1 -> the ERP's answers to subscription changes: the pending change is applied (confirmed) or
 * dropped (rejected), and SubscriptionChanged goes out through the outbox. Idempotent by event id and by change id.
 */
export function subscriptionHandlers(kit: ServiceKit, stores: Stores): EventHandlers {
  const answer = async (
    event: { eventId: string; accountId: string },
    subscriptionId: string,
    decide: Parameters<typeof applyErpAnswer>[1],
  ) => {
    await stores.subscriptions.mutate(
      subscriptionId,
      (current) => {
        const decision = applyErpAnswer(current?.state ?? null, decide);
        if (!decision) return null;
        const ids = { aggregateId: subscriptionId, accountId: current!.state.accountId };
        return { state: decision.state, events: envelopes(kit, decision.events, ids) };
      },
      { appliedEventId: event.eventId },
    );
  };
  return {
    SubscriptionChangeConfirmed: (event) =>
      answer(event, `${event.payload.orderNumber}-${event.payload.lineNumber}`, {
        outcome: 'confirmed',
        payload: event.payload,
        at: event.payload.confirmedAt,
      }),
    SubscriptionChangeRejected: (event) =>
      answer(event, `${event.payload.orderNumber}-${event.payload.lineNumber}`, {
        outcome: 'rejected',
        payload: event.payload,
        at: event.payload.rejectedAt,
      }),
  };
}
