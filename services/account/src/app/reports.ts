import { mapRows } from '@portal/platform';
import { warrantyRow } from '../domain/devices';
import { purchaseReport, type ReportPeriod } from '../domain/purchase-report';
import { accountFor, type AccountRequest } from './access';
import { nowOf, type Deps } from './deps';

/** Purchases over a period (reporting access, feature `reports`). */
export async function purchasesOf(deps: Deps, input: AccountRequest, period: ReportPeriod) {
  const account = await accountFor(deps, input, 'view-reports', 'reports');
  return purchaseReport(await deps.stores.ordersOfAccount(account.accountId), period);
}

/** The devices-warranty report: this service's own reporting rule decides (and resolves `current`). */
export const warrantyReport = {
  authorize: async (deps: Deps, input: AccountRequest) =>
    (await accountFor(deps, input, 'view-reports', 'reports')).accountId,
  count: (deps: Deps, accountId: string, period: ReportPeriod) => deps.stores.warrantyReport.count(accountId, period),
  rows: (deps: Deps, accountId: string, period: ReportPeriod) =>
    mapRows(deps.stores.warrantyReport.rows(accountId, period), (d) => warrantyRow(d, nowOf(deps))),
};
