import { decides, type EventHandlers } from '@portal/platform';
import { applyErpAnswer, type SubscriptionManagement } from '../domain/subscription-changes';
import type { Stores } from '../store/stores';

type Answer = 'SubscriptionChangeConfirmed' | 'SubscriptionChangeRejected';

/**
 * erp.sales-orders.v1 -> the ERP's answers to subscription changes: the pending change is applied (confirmed) or
 * dropped (rejected), and SubscriptionChanged goes out through the outbox. Idempotent by event id and by change id.
 */
export function subscriptionHandlers(stores: Stores): EventHandlers {
  const answer = decides<SubscriptionManagement, Answer>(stores.subscriptions, {
    id: (event) => `${event.payload.orderNumber}-${event.payload.lineNumber}`,
    decide: (current, event) =>
      event.eventType === 'SubscriptionChangeConfirmed'
        ? applyErpAnswer(current, { outcome: 'confirmed', payload: event.payload, at: event.payload.confirmedAt })
        : applyErpAnswer(current, { outcome: 'rejected', payload: event.payload, at: event.payload.rejectedAt }),
  });
  return { SubscriptionChangeConfirmed: answer, SubscriptionChangeRejected: answer };
}
