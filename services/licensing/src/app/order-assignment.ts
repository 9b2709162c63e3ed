import { granteeOf, notFound, type Principal } from '@portal/platform';
import {
  assignOrderToSmartAccount,
  orderVisibleTo,
  type AssignOrderCommand,
} from '../domain/assign-order-to-smart-account';
import type { OrderFact } from '../domain/deposit-guard';
import { recordOrderFact, type LicensingOrder } from '../domain/licensing-order';
import { smartAccountVisibleTo, type SmartAccount } from '../domain/smart-account';
import { type Licensing } from './licensing';

/** The order (by sales or web order number) if the caller may see it (404 otherwise, never 403). */
export async function visibleOrder(l: Licensing, principal: Principal, ref: string): Promise<LicensingOrder> {
  const order = await l.store.findOrder(ref);
  if (
    !order ||
    !orderVisibleTo(order, granteeOf(principal), order.accountId ? await l.resellersOf(order.accountId) : [])
  )
    throw notFound('Sales order');
  return order;
}

/** Records a fact of licensing's own on an order (idempotent: the fact is a set member, the event id is applied once). */
export async function recordFact(
  l: Licensing,
  orderNumber: string,
  fact: OrderFact,
  appliedEventId?: string,
  accountIdHint = '',
): Promise<LicensingOrder | null> {
  return l.mutate(
    l.store.orders,
    orderNumber,
    (current) => recordOrderFact(current, orderNumber, fact, l.now()),
    (o) => o.accountId ?? accountIdHint,
    appliedEventId,
  );
}

/** Assigns (or re-assigns) an order to a Smart Account and virtual account; deposits follow when the guard allows. */
export async function assignOrder(
  l: Licensing,
  principal: Principal,
  ref: string,
  command: AssignOrderCommand,
): Promise<LicensingOrder> {
  const caller = granteeOf(principal);
  const order = await l.store.findOrder(ref);
  if (!order || order.accountId === null) throw notFound('Sales order');
  const accountResellerIds = await l.resellersOf(order.accountId);
  const sa = (await l.store.smartAccounts.get(command.smartAccountId))?.state;
  if (caller.userType !== 'internal' && orderVisibleTo(order, caller, accountResellerIds)) {
    if (!sa || !smartAccountVisibleTo(sa, caller, await l.resellersOf(sa.ownerAccountId))) {
      throw notFound('Smart Account');
    }
  }
  const placeholder =
    sa ??
    ({
      smartAccountId: command.smartAccountId,
      virtualAccounts: [],
      kind: 'customer',
      ownerAccountId: '',
      status: 'pending',
    } as unknown as SmartAccount);
  const assigned = (await l.mutate(
    l.store.orders,
    order.orderNumber,
    (current) =>
      assignOrderToSmartAccount(current!, command, {
        caller,
        smartAccount: placeholder,
        accountResellerIds,
        now: l.now(),
      }),
    (o) => o.accountId!,
  ))!;
  // The Smart Account may have been activated between our read and our write: its activation fan-out may have
  // missed this order, so record the activation now (idempotent fact).
  if (sa && sa.status === 'pending') {
    const fresh = (await l.store.smartAccounts.get(sa.smartAccountId))?.state;
    if (fresh?.status === 'active')
      return (await recordFact(l, order.orderNumber, {
        kind: 'smart-account-active',
        smartAccountId: sa.smartAccountId,
      }))!;
  }
  return assigned;
}

/** A Smart Account became active: every order assigned to it learns it (deposits that waited only for it happen). */
export async function smartAccountActivated(
  l: Licensing,
  event: { eventId: string; accountId: string; payload: { smartAccountId: string } },
): Promise<void> {
  const { smartAccountId } = event.payload;
  for (const orderNumber of await l.store.orderNumbersAssignedTo(smartAccountId)) {
    await recordFact(l, orderNumber, { kind: 'smart-account-active', smartAccountId }, event.eventId, event.accountId);
  }
}
