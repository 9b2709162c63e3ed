/**
 * Demo data of the order service: the ERP events (erp.contracts.v1, erp.catalog.v1, erp.sales-orders.v1,
 * erp.invoices.v1) its demo seed applies through its ERP handlers (DEMO_SEED=true, `demoSeed` in service.ts) so
 * the upgrade flow, recent orders and invoices can be tried at once with the demo users (u-olivia: operations on
 * acc-acme; u-sam: site-admin on acc-acme; u-ivan: internal approver).
 * Event ids are derived from names, so seeding twice changes nothing (the handlers dedupe by event id). Dates of
 * orders and invoices are relative to `now` (recent orders, overdue invoices).
 * Pure: no I/O.
 */
import type { AnyEnvelope } from '@portal/contracts';
import { demoCatalogEvents } from './catalog';
import { demoContractEvents } from './contracts';
import { demoInvoiceEvents } from './invoices';
import { demoSalesOrderEvents } from './sales-orders';

export { demoCatalog } from './catalog';
export { DEMO_ACCOUNT, DEMO_CONTRACT, DEMO_EXPIRED_CONTRACT, demoEventId } from './erp-event';

export function orderDemoEvents(now: Date = new Date()): AnyEnvelope[] {
  return [...demoContractEvents(), ...demoCatalogEvents(), ...demoSalesOrderEvents(now), ...demoInvoiceEvents(now)];
}
