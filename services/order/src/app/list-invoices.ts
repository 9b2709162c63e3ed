/** Invoices of the caller's accounts with invoicing reports, newest issue first; status as of the clock. */
import type { Page, Principal } from '@portal/platform';
import { isoDate } from '../domain/dates';
import type { InvoiceState } from '../domain/invoice';
import type { InvoiceStatus } from '../domain/types';
import type { OrderApp } from './order-app';

export async function listInvoices(
  app: OrderApp,
  principal: Principal,
  query: { accountId?: string; status?: InvoiceStatus; from?: string; to?: string; limit: number; cursor?: string },
): Promise<Page<InvoiceState>> {
  const accountIds = await app.invoices.invoicingAccounts(principal, query.accountId);
  const source = app.stores.lists.invoicesWhere({
    accountIds,
    status: query.status,
    issuedFrom: query.from,
    issuedTo: query.to,
    today: isoDate(app.kit.clock.now()),
  });
  return source.page({ ...query, keep: (i) => i.issue !== null });
}
