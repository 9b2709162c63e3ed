/** Reports of the account: the purchase summary (JSON) and devices and warranty expiry (seed 004 items 9-10, CSV). */
import { csvReportRoute, defineRoute, z } from '@portal/platform';
import type { Deps } from '../app/deps';
import { purchasesOf, warrantyReport } from '../app/reports';
import { WARRANTY_REPORT_COLUMNS } from '../domain/devices';
import { accountParams as params } from './params';
import { periodQuery } from './schemas';

export function purchaseReportRoutes(deps: Deps) {
  return [
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/reports/purchases',
      summary: 'Purchase report over a period (users with reporting access: reporting or site-admin)',
      tags: ['reports'],
      params,
      query: periodQuery,
      responses: { 200: z.record(z.unknown()).openapi('PurchaseReport') },
      errors: [
        'NOT_FOUND',
        'ROLE_REQUIRED',
        'FEATURE_NOT_AVAILABLE',
        'INVALID_PERIOD',
        'REPORT_PERIOD_TOO_LONG',
        'FIELD_INVALID',
      ],
      auth: 'user',
      handler: async (input) => ({ body: await purchasesOf(deps, input, input.query) }),
    }),
  ];
}

export function warrantyReportRoutes(deps: Deps, limit?: number) {
  return [
    csvReportRoute({
      name: 'devices-warranty',
      summary:
        'Devices whose warranty ends in the period, with warranty status as of now, CSV (accountId may be `current`)',
      columns: WARRANTY_REPORT_COLUMNS,
      // The account service owns accounts: its own reporting rule (view-reports, feature reports) decides.
      authorize: ({ principal, headers, accountId }) =>
        warrantyReport.authorize(deps, { principal, headers, params: { accountId } }),
      count: (accountId, period) => warrantyReport.count(deps, accountId, period),
      rows: (accountId, period) => warrantyReport.rows(deps, accountId, period),
      limit,
    }),
  ];
}
