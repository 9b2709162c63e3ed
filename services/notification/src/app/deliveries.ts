import { type Page, type Principal, hasRole, notFound } from '@portal/platform';
import type { NotificationApp } from './context';
import type { Delivery } from '../store/deliveries';

/** A page of an account's deliveries for its site admins (404 for anyone else), newest first by `sortKey`. */
export async function accountDeliveriesPage(
  app: NotificationApp,
  principal: Principal,
  accountId: string,
  query: { status?: string; channel?: string; cursor?: string; limit: number },
): Promise<Page<Delivery>> {
  if (!hasRole(principal, accountId, 'site-admin')) throw notFound('account');
  return app.deliveries.ofAccount(accountId, query);
}

/** One delivery, to its recipient or a site admin of its account (404 for anyone else). */
export async function deliveryFor(app: NotificationApp, principal: Principal, deliveryId: string): Promise<Delivery> {
  const delivery = await app.deliveries.get(deliveryId);
  if (
    !delivery ||
    (delivery.recipientUserId !== principal.userId && !hasRole(principal, delivery.accountId, 'site-admin'))
  )
    throw notFound('delivery');
  return delivery;
}
