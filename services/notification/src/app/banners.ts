import { type Principal, actsForCustomer, notFound } from '@portal/platform';
import { bannerView, isActive, visibleTo } from '../domain/banners';
import type { NotificationApp } from './context';

/**
 * Banners showing now on an account that the caller is in the audience of, in the caller's locale. The reseller
 * of record sees all of its customer's; a caller with no grant on the account gets 404.
 */
export async function bannersShowing(app: NotificationApp, principal: Principal, accountId: string) {
  const account = await app.access.account(accountId);
  const asReseller = account !== null && actsForCustomer(principal, account);
  if (!asReseller && !principal.grants.some((g) => g.accountId === accountId)) throw notFound('account');
  const now = app.clock.now();
  return (await app.banners.uncleared(accountId))
    .filter((b) => isActive(b, now) && visibleTo(b, principal.grants, asReseller))
    .map((b) => bannerView(b, principal.locale));
}
