/**
 * The order service: contracts, sales orders (copied from the ERP), the upgrade catalog, invoices and upgrade
 * requests. Wires the store, the ERP handler tables, the overdue-invoice job and the edge routes.
 */
import { applyEvents, REPORT_ROW_LIMIT, z, type ServiceDefinition } from '@portal/platform';
import { orderApp } from './app/order-app';
import { orderDemoEvents } from './demo-seed';
import { orderErrors } from './domain/errors';
import { contractRoutes } from './http/contract-routes';
import { invoiceRoutes } from './http/invoice-routes';
import { reportRoutes } from './http/report-routes';
import { salesOrderRoutes } from './http/sales-order-routes';
import { upgradeRequestRoutes } from './http/upgrade-request-routes';
import { accountBookHandlers } from './messaging/account-book-handlers';
import { erpHandlers, INVOICE_OVERDUE_JOB, overdueJob } from './messaging/erp-handlers';
import { defaultApprovalRulesFile, loadApprovalRules } from './store/approval-rules-file';
import { createStores } from './store/stores';

export const orderService: ServiceDefinition = {
  name: 'order',
  errors: orderErrors,
  description:
    'Contracts, sales orders copied from the ERP, upgrade requests with approval, recent orders and invoices.',
  defaultPort: 8081,
  configExtra: {
    /** The vendor's own account: its internal account managers are told of every invoice dispute. */
    VENDOR_ACCOUNT_ID: z.string().min(1).default('vendor'),
    /** The approval tiers of upgrade requests (JSON, checked at start). */
    ORDER_APPROVAL_RULES: z.string().min(1).default(defaultApprovalRulesFile),
    /** Rows one CSV report download may hold (REPORT_TOO_LARGE beyond). */
    REPORT_ROW_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(REPORT_ROW_LIMIT),
  },
  async setup(kit) {
    const extra = kit.config.extra as {
      VENDOR_ACCOUNT_ID: string;
      ORDER_APPROVAL_RULES: string;
      REPORT_ROW_LIMIT: number;
    };
    const approvalRules = loadApprovalRules(extra.ORDER_APPROVAL_RULES);
    const stores = createStores(kit);
    await stores.ensureIndexes();
    await stores.upgradesByOrder.rebuildIfMissing(stores.upgradeRequests.collection as never);
    const app = orderApp(kit, stores, { rules: approvalRules, vendorAccountId: extra.VENDOR_ACCOUNT_ID });
    const erp = erpHandlers(kit, stores);
    return {
      routes: [
        ...contractRoutes(app),
        ...salesOrderRoutes(app),
        ...upgradeRequestRoutes(app),
        ...invoiceRoutes(app),
        ...reportRoutes(kit, stores, extra.REPORT_ROW_LIMIT),
      ],
      consumers: [
        {
          topics: ['erp.sales-orders.v1', 'erp.contracts.v1', 'erp.catalog.v1', 'erp.invoices.v1'],
          handlers: erp,
        },
        { topics: ['account.events.v1'], handlers: accountBookHandlers(stores) },
      ],
      jobs: { [INVOICE_OVERDUE_JOB]: overdueJob(kit, stores) },
      // The ERP's demo facts (contracts, catalog, orders, invoices), decided by the ERP handlers as if consumed.
      demoSeed: () => applyEvents([erp], orderDemoEvents(kit.clock.now())),
    };
  },
};
