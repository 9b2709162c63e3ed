/** Licences by virtual account (seed 004 item 9), CSV streamed by the platform's report route. */
import { csvReportRoute, type ReportPeriod, type ServiceKit } from '@portal/platform';
import {
  depositedIn,
  LICENCE_REPORT_COLUMNS,
  licenceRow,
  virtualAccountsInOrder,
  type LicenceRow,
} from '../domain/licence-report';
import type { LicensingStore } from '../store/repositories';

export function reportRoutes(kit: Pick<ServiceKit, 'access'>, store: LicensingStore, limit?: number) {
  async function* rows(accountId: string, period: ReportPeriod): AsyncIterable<LicenceRow> {
    for (const { smartAccount, virtualAccount } of virtualAccountsInOrder(await store.smartAccountsOwnedBy(accountId)))
      for await (const e of store.entitlementsStream(virtualAccount.virtualAccountId))
        if (depositedIn(e, virtualAccount.virtualAccountId, period)) yield licenceRow(smartAccount, virtualAccount, e);
  }
  return [
    csvReportRoute({
      name: 'licences-by-virtual-account',
      summary:
        "Licences deposited in the period into the virtual accounts of the account's Smart Accounts, by Smart Account and virtual account, CSV",
      access: kit.access,
      columns: LICENCE_REPORT_COLUMNS,
      // Licence lines live inside orders, so the count is a first pass over the same stream (still one order at a time).
      count: async (accountId, period) => {
        let n = 0;
        for await (const _ of rows(accountId, period)) n++;
        return n;
      },
      rows,
      limit,
    }),
  ];
}
