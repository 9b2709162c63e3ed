/** Disputes a visible invoice: recorded on it; InvoiceDisputed names the account team to tell. */
import { randomUUID } from 'node:crypto';
import type { Principal } from '@portal/platform';
import type { InvoiceState } from '../domain/invoice';
import { ACCOUNT_TEAM_ROLE, disputeInvoice as dispute } from '../domain/invoice-dispute';
import type { OrderApp } from './order-app';

/** Internal users holding the account-team role on the invoice's account or on the vendor account. */
async function accountTeam(app: OrderApp, accountId: string): Promise<string[]> {
  return (await app.kit.access.internalUsers())
    .filter((u) => u.status !== 'disabled')
    .filter((u) =>
      u.grants.some(
        (g) => g.role === ACCOUNT_TEAM_ROLE && (g.accountId === accountId || g.accountId === app.vendorAccountId),
      ),
    )
    .map((u) => u.userId);
}

export async function disputeInvoice(
  app: OrderApp,
  principal: Principal,
  invoiceNumber: string,
  reason: string,
): Promise<InvoiceState> {
  const disputeId = `DSP-${randomUUID()}`;
  const invoice = await app.invoices.visibleInvoice(principal, invoiceNumber);
  const accountTeamUserIds = await accountTeam(app, invoice.accountId);
  // The caller was checked (visibleInvoice); an invoice is never deleted, so `current` is there.
  const result = await app.stores.invoices.decide(invoiceNumber, (current) =>
    dispute(current!, { disputeId, reason, caller: principal, accountTeamUserIds, now: app.kit.clock.now() }),
  );
  return result.state;
}
