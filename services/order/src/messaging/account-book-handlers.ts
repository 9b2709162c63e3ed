/**
 * account.events.v1 in (beyond the platform's grants projection): the address book and the saved payment method
 * ids of each account, for the upgrade wizard's delivery address and for paying invoices. Keyed by account id on
 * the topic, so facts of one account arrive in order; each is applied once (appliedEventId).
 */
import type { EventHandlers } from '@portal/platform';
import { applyAccountBookFact, type AccountBookFact } from '../domain/account-book';
import type { OrderStores } from '../store/stores';

export function accountBookHandlers(stores: OrderStores): EventHandlers {
  const apply = async (event: { accountId: string; eventId: string }, fact: AccountBookFact) => {
    await stores.accountBooks.mutate(
      event.accountId,
      (current) => ({ state: applyAccountBookFact(current?.state ?? null, event.accountId, fact), events: [] }),
      { appliedEventId: event.eventId },
    );
  };
  return {
    AddressChanged: (e) => apply(e, { kind: 'address', change: e.payload }),
    PaymentMethodAdded: (e) => apply(e, { kind: 'payment-method-added', method: e.payload }),
    PaymentMethodRemoved: (e) =>
      apply(e, { kind: 'payment-method-removed', paymentMethodId: e.payload.paymentMethodId }),
  };
}
