/**
 * The order service's MongoDB: one aggregate collection per kind (state + outbox in one document, see the
 * platform's AggregateRepository) and the read queries over them. Queries take only typed values from the
 * domain or validated requests: no client operator ever reaches MongoDB.
 */
import type { Collection } from 'mongodb';
import type { ReportPeriod, ServiceKit } from '@portal/platform';
import type { AggregateRepository } from '@portal/platform';
import { catalogOf, type Catalog, type CatalogProduct } from '../domain/catalog-product';
import type { AccountBook } from '../domain/account-book';
import type { ContractState, ContractView } from '../domain/contract';
import { isoDate } from '../domain/dates';
import type { InvoiceState } from '../domain/invoice';
import type { SalesOrderState, SalesOrderView } from '../domain/sales-order';
import { isOpen, OPEN_STATUSES, type UpgradeRequestState } from '../domain/upgrade-request';
import { SerialHolds, type HolderState } from './serial-holds';
import { stateOf } from './state-of';
import { listReads } from './list-reads';
import { salesOrderDocument } from './sales-order-document';
import { UpgradesByOrder } from './upgrades-by-order';

const LIST_CAP = 1000;
const RETIRED_SALES_ORDER_INDEXES = ['view.accountId_1_view.contractNumber_1', 'view.accountId_1_view.placedAt_-1'];

export function createStores(kit: Pick<ServiceKit, 'aggregates' | 'db' | 'readDb' | 'edgeReads'>) {
  const salesOrders: AggregateRepository<SalesOrderState> = kit.aggregates<SalesOrderState>(
    'sales_orders',
    salesOrderDocument,
  );
  const contracts: AggregateRepository<ContractState> = kit.aggregates<ContractState>('contracts');
  const catalog: AggregateRepository<CatalogProduct> = kit.aggregates<CatalogProduct>('catalog_products');
  const invoices: AggregateRepository<InvoiceState> = kit.aggregates<InvoiceState>('invoices');
  /** Address book and payment method ids per account, projected from account.events.v1. */
  const accountBooks: AggregateRepository<AccountBook> = kit.aggregates<AccountBook>('account_books');
  const upgradeRequests: AggregateRepository<UpgradeRequestState> =
    kit.aggregates<UpgradeRequestState>('upgrade_requests');
  // Edge reads go to the read pool (they must not queue behind ingestion), by `_id` only.
  const reads = <S>(name: string) => kit.readDb.collection(name) as unknown as Collection<{ _id: string } & S>;
  const upgradesByOrder = new UpgradesByOrder(
    kit.db.collection('upgrade_requests_by_order') as never,
    reads('upgrade_requests_by_order') as never,
    kit.edgeReads,
  );
  const requestsOfOrders = async (orderNumbers: string[], keep: (r: UpgradeRequestState) => boolean) => {
    const ids = (await upgradesByOrder.requestIds(orderNumbers)).slice(0, LIST_CAP);
    const found = await Promise.all(ids.map((id) => upgradeRequests.read(id)));
    return found.flatMap((stored) => (stored ? [stored.state] : [])).filter(keep);
  };
  const serialHolds = new SerialHolds(
    kit.db.collection('serial_holds') as unknown as ConstructorParameters<typeof SerialHolds>[0],
  );

  const states = async <S>(cursor: { toArray(): Promise<unknown[]> }): Promise<S[]> =>
    (await cursor.toArray()).map((doc) => stateOf<S>(doc));

  /** Streams the states a query matches (reports): one document at a time from the cursor, in `_id` order. */
  async function* streamStates<S>(
    cursor: AsyncIterable<unknown>,
    read: (doc: unknown) => S = stateOf<S>,
  ): AsyncIterable<S> {
    for await (const doc of cursor) yield read(doc);
  }
  const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);
  const purchasesQuery = (accountId: string, period: ReportPeriod) => ({
    'view.accountId': accountId,
    'view.placedAt': { $gte: new Date(`${period.from}T00:00:00Z`), $lt: dayAfter(period.to) },
    'view.status': { $ne: 'cancelled' },
  });
  const invoicesQuery = (accountId: string, period: ReportPeriod) => ({
    accountId,
    issuedOn: { $gte: period.from, $lte: period.to },
  });

  const lists = listReads({ salesOrders, contracts, invoices, upgradeRequests });

  const catalogFor = async (skus: string[]): Promise<Catalog> => {
    const found = await states<CatalogProduct>(catalog.collection.find({ _id: { $in: [...new Set(skus)] } }));
    return catalogOf(found);
  };

  return {
    salesOrders,
    contracts,
    catalog,
    invoices,
    accountBooks,
    upgradeRequests,
    upgradesByOrder,
    serialHolds,

    /** The list routes' reads (keyset pages pushed down to the database). */
    lists,

    async ensureIndexes(): Promise<void> {
      await Promise.all([
        lists.ensureIndexes(),
        // Each index costs every insert (FerretDB updates them all per document): sales orders keep only the two
        // the list reads declare, which also serve the purchases report (their prefix); older ones are dropped.
        ...RETIRED_SALES_ORDER_INDEXES.map((name) =>
          salesOrders.collection.dropIndex(name).catch((error: { codeName?: string; code?: number }) => {
            if (error.code !== 27 && error.codeName !== 'IndexNotFound' && error.code !== 26) throw error;
          }),
        ),
        contracts.collection.createIndex({ 'view.accountId': 1 }),
        invoices.collection.createIndex({ accountId: 1, issuedOn: 1 }),
        upgradeRequests.collection.createIndex({ orderNumber: 1, status: 1 }),
        upgradeRequests.collection.createIndex({ status: 1, submittedAt: 1 }),
      ]);
    },

    async salesOrder(orderNumber: string): Promise<SalesOrderView | null> {
      return (await salesOrders.read(orderNumber))?.state.view ?? null;
    },

    async contract(contractNumber: string): Promise<ContractView | null> {
      return (await contracts.get(contractNumber))?.state.view ?? null;
    },

    catalogFor,

    /** The catalog an order's upgrade needs: its SKUs and every target they can go to. */
    async catalogForOrder(order: SalesOrderView): Promise<Catalog> {
      const own = await catalogFor(order.lines.map((l) => l.sku));
      const targets = [...own.values()].flatMap((p) => p.upgradeTargets);
      return catalogOf([...own.values(), ...(await catalogFor(targets)).values()]);
    },

    /** Whether a request still holds its serial numbers (see SerialHolds). */
    async holderState(requestId: string): Promise<HolderState> {
      const request = (await upgradeRequests.get(requestId))?.state;
      if (!request || request.status === 'draft') return 'unknown';
      return isOpen(request.status) ? 'open' : 'closed';
    },

    async upgradeRequest(requestId: string): Promise<UpgradeRequestState | null> {
      return (await upgradeRequests.get(requestId))?.state ?? null;
    },

    async upgradeRequestsOfOrders(orderNumbers: string[]): Promise<UpgradeRequestState[]> {
      const wanted = new Set(orderNumbers);
      return requestsOfOrders(orderNumbers, (r) => r.status !== 'draft' && wanted.has(r.orderNumber));
    },

    /** Serial numbers of an order held by open requests other than `exceptRequestId`: serial -> request id. */
    async serialsHeldOnOrder(orderNumber: string, exceptRequestId?: string): Promise<Map<string, string>> {
      const open = await requestsOfOrders(
        [orderNumber],
        (r) => r.orderNumber === orderNumber && (OPEN_STATUSES as readonly string[]).includes(r.status),
      );
      return new Map(
        open
          .filter((r) => r.requestId !== exceptRequestId)
          .flatMap((r) => r.heldSerials.map((s) => [s, r.requestId] as [string, string])),
      );
    },

    /** Orders placed in the period (cancelled left out): count and stream (purchases report). */
    purchasesReport: {
      count: (accountId: string, period: ReportPeriod) =>
        salesOrders.collection.countDocuments(purchasesQuery(accountId, period)),
      rows: (accountId: string, period: ReportPeriod) =>
        streamStates<SalesOrderState>(
          salesOrders.collection.find(purchasesQuery(accountId, period)).sort({ _id: 1 }),
          (doc) => salesOrders.stateOf(doc as object),
        ),
    },

    /** Invoices issued in the period: count and stream (invoices report). */
    invoicesReport: {
      count: (accountId: string, period: ReportPeriod) =>
        invoices.collection.countDocuments(invoicesQuery(accountId, period)),
      rows: (accountId: string, period: ReportPeriod) =>
        streamStates<InvoiceState>(invoices.collection.find(invoicesQuery(accountId, period)).sort({ _id: 1 })),
    },

    async accountBook(accountId: string): Promise<AccountBook | null> {
      return (await accountBooks.get(accountId))?.state ?? null;
    },

    async invoice(invoiceNumber: string): Promise<InvoiceState | null> {
      return (await invoices.get(invoiceNumber))?.state ?? null;
    },
  };
}

export type OrderStores = ReturnType<typeof createStores>;

export { isoDate };
