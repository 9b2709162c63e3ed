/**
 * Who may see invoices: callers who see the account as a whole, only for accounts with invoicing reports on
 * (FEATURE_NOT_AVAILABLE otherwise); an invoice of an account the caller does not see answers 404.
 */
import { forbidden, notFound, type Principal, type ServiceKit } from '@portal/platform';
import type { InvoiceState } from '../domain/invoice';
import type { OrderStores } from '../store/stores';
import type { Scope } from './scope';

export const INVOICING_FEATURE = 'invoicing-reports';

/** Accounts asked about: the one named (it must be among `visible`: 404 otherwise) or every one of them. */
export function accountsAsked(visible: string[], accountId: string | undefined): string[] {
  if (!accountId) return visible;
  if (!visible.includes(accountId)) throw notFound(`account ${accountId}`);
  return [accountId];
}

export function invoiceAccess(kit: Pick<ServiceKit, 'access'>, stores: OrderStores, scope: Scope) {
  const invoicingAccounts = async (principal: Principal, accountId: string | undefined): Promise<string[]> => {
    const asked = accountsAsked(await scope.wholeAccounts(principal), accountId);
    const enabled = [];
    for (const id of asked) if ((await kit.access.account(id))?.features.includes(INVOICING_FEATURE)) enabled.push(id);
    if (enabled.length === 0)
      throw forbidden(
        'FEATURE_NOT_AVAILABLE',
        'Invoices need invoicing reports, which are not enabled for this account',
      );
    return enabled;
  };

  const visibleInvoice = async (principal: Principal, invoiceNumber: string): Promise<InvoiceState> => {
    const invoice = await stores.invoice(invoiceNumber);
    if (!invoice?.issue || !(await scope.wholeAccounts(principal)).includes(invoice.accountId))
      throw notFound(`invoice ${invoiceNumber}`);
    await invoicingAccounts(principal, invoice.accountId);
    return invoice;
  };

  return { invoicingAccounts, visibleInvoice };
}

export type InvoiceAccess = ReturnType<typeof invoiceAccess>;
