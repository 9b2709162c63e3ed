/**
 * Reports of the order service's own data (seed 004 item 9), CSV streamed by the platform's report route:
 * purchases (orders placed in the period) and invoices (issued in the period; the account also needs invoicing
 * reports, as for the invoice list).
 */
import { csvReportRoute, forbidden, mapRows, type ServiceKit } from '@portal/platform';
import { INVOICE_COLUMNS, invoiceRow, PURCHASE_COLUMNS, purchaseRow } from '../domain/reports';
import type { OrderStores } from '../store/stores';
import { INVOICING_FEATURE } from '../app/invoice-access';

export function reportRoutes(kit: ServiceKit, stores: OrderStores, limit: number) {
  return [
    csvReportRoute({
      name: 'purchases',
      summary: 'Purchases report: orders placed in the period (cancelled ones left out), one row per order, CSV',
      access: kit.access,
      limit,
      columns: PURCHASE_COLUMNS,
      count: stores.purchasesReport.count,
      rows: (accountId, period) =>
        mapRows(stores.purchasesReport.rows(accountId, period), (s) => (s.view ? purchaseRow(s.view) : null)),
    }),
    csvReportRoute({
      name: 'invoices',
      summary: 'Invoices report: invoices issued in the period with their status as of now, CSV',
      access: kit.access,
      limit,
      columns: INVOICE_COLUMNS,
      check: (account) => {
        if (!account.features.includes(INVOICING_FEATURE))
          throw forbidden('FEATURE_NOT_AVAILABLE', 'Invoices need invoicing reports, which are not enabled');
      },
      count: stores.invoicesReport.count,
      rows: (accountId, period) =>
        mapRows(stores.invoicesReport.rows(accountId, period), (s) => invoiceRow(s, kit.clock.now())),
    }),
  ];
}
