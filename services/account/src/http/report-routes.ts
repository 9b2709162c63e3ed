/** Devices and warranty expiry (seed 004 items 9-10), CSV streamed by the platform's report route. */
import { csvReportRoute, mapRows } from '@portal/platform';
import { WARRANTY_REPORT_COLUMNS, warrantyRow } from '../domain/devices';
import { accountFor, type Deps } from './context';

export function reportRoutes(deps: Deps, limit?: number) {
  return [
    csvReportRoute({
      name: 'devices-warranty',
      summary:
        'Devices whose warranty ends in the period, with warranty status as of now, CSV (accountId may be `current`)',
      columns: WARRANTY_REPORT_COLUMNS,
      // The account service owns accounts: its own reporting rule (view-reports, feature reports) decides.
      authorize: async ({ principal, headers, accountId }) =>
        (await accountFor(deps, { principal, headers, params: { accountId } }, 'view-reports', 'reports')).accountId,
      count: (accountId, period) => deps.stores.warrantyReport.count(accountId, period),
      rows: (accountId, period) =>
        mapRows(deps.stores.warrantyReport.rows(accountId, period), (d) => warrantyRow(d, deps.kit.clock.now())),
      limit,
    }),
  ];
}
