/**
 * The list routes' reads, as keyset lists (the platform's `keysetPage`): each one a filtered query (with an index
 * serving the filter) of the records after the cursor, sorted by the list's unique order (number, or newest first
 * then number) in the database. Queries take only typed values from the domain or validated requests: no client
 * operator ever reaches MongoDB.
 */
import type { Document } from 'mongodb';
import { readsOf, type AggregateRepository, type KeysetQuery, type Page } from '@portal/platform';
import type { ContractState, ContractView } from '../domain/contract';
import type { InvoiceState } from '../domain/invoice';
import type { SalesOrderState, SalesOrderView } from '../domain/sales-order';
import type { ContractStatus, InvoiceStatus, UpgradeRequestStatus } from '../domain/types';
import type { UpgradeRequestState } from '../domain/upgrade-request';

/** One page of a list: `keep` drops what the caller may not see, and the list is read further to fill the page. */
export interface KeysetList<T> {
  page(request: { limit: number; cursor?: string; keep?: (item: T) => boolean }): Promise<Page<T>>;
}

export interface InvoiceFilter {
  accountIds: string[];
  status?: InvoiceStatus;
  issuedFrom?: string;
  issuedTo?: string;
  today: string;
}

type Repositories = {
  salesOrders: AggregateRepository<SalesOrderState>;
  contracts: AggregateRepository<ContractState>;
  invoices: AggregateRepository<InvoiceState>;
  upgradeRequests: AggregateRepository<UpgradeRequestState>;
};

type Order = Pick<KeysetQuery<object>, 'filter' | 'sort' | 'union'>;

/** A list of states (shown by `show`) in the order `order`, from a repository's collection. */
const listOf = <S extends object, V>(
  repository: AggregateRepository<S>,
  order: Order,
  show: (state: S) => V,
): KeysetList<V> => ({
  page: (request) =>
    readsOf<S>(repository).pageOf({ ...(order as Order as KeysetQuery<S & { _id: string }>), ...request }, show),
});
const viewOf = <V>(state: { view: V | null }) => state.view!;
const itself = <S>(state: S) => state;

export function listReads(repositories: Repositories) {
  const { salesOrders, contracts, invoices, upgradeRequests } = repositories;

  return {
    async ensureIndexes(): Promise<void> {
      await Promise.all([
        salesOrders.collection.createIndex({ 'view.contractNumber': 1, _id: 1 }),
        salesOrders.collection.createIndex({ 'view.accountId': 1, 'view.placedAt': -1, _id: 1 }),
        contracts.collection.createIndex({ 'view.accountId': 1, _id: 1 }),
        invoices.collection.createIndex({ accountId: 1, issuedOn: -1, _id: 1 }),
        upgradeRequests.collection.createIndex({ accountId: 1, submittedAt: -1, _id: 1 }),
        upgradeRequests.collection.createIndex({ accountId: 1, createdAt: -1, _id: 1 }),
        upgradeRequests.collection.createIndex({ submittedAt: -1, _id: 1 }),
      ]);
    },

    /** Contracts of the accounts, by contract number. */
    contractsOf(accountIds: string[], status?: ContractStatus): KeysetList<ContractView> {
      const filter: Document = { 'view.accountId': { $in: accountIds } };
      if (status) filter['view.status'] = status;
      return listOf(contracts, { filter }, viewOf);
    },

    /** Sales orders under a contract, by order number. */
    salesOrdersOfContract(contractNumber: string): KeysetList<SalesOrderView> {
      return listOf(salesOrders, { filter: { 'view.contractNumber': contractNumber } }, viewOf);
    },

    /** Orders of the accounts placed online in [since, until], newest first. */
    onlineOrdersPlaced(accountIds: string[], since: Date, until: Date): KeysetList<SalesOrderView> {
      const filter = {
        'view.accountId': { $in: accountIds },
        'view.placedAt': { $gte: since, $lte: until },
        'view.webOrderNumber': { $ne: null },
      };
      return listOf(salesOrders, { filter, sort: { 'view.placedAt': -1, _id: 1 } }, viewOf);
    },

    /** Issued invoices of the accounts, newest issue date first; status derived from paidOn, dueOn and today (UTC). */
    invoicesWhere(filter: InvoiceFilter): KeysetList<InvoiceState> {
      const query: Document = { accountId: { $in: filter.accountIds }, issuedOn: { $ne: null } };
      const issued: Record<string, string> = {};
      if (filter.issuedFrom) issued.$gte = filter.issuedFrom;
      if (filter.issuedTo) issued.$lte = filter.issuedTo;
      if (Object.keys(issued).length) query.issuedOn = { $ne: null, ...issued };
      if (filter.status === 'paid') query.paidOn = { $ne: null };
      // `paymentRequestedAt: null` also matches invoices stored before portal payments existed (field missing).
      const unpaid = { paidOn: null, paymentRequestedAt: null };
      if (filter.status === 'unpaid') Object.assign(query, unpaid, { dueOn: { $gte: filter.today } });
      if (filter.status === 'overdue') Object.assign(query, unpaid, { dueOn: { $lt: filter.today } });
      if (filter.status === 'payment-pending')
        Object.assign(query, { paidOn: null, paymentRequestedAt: { $ne: null } });
      return listOf(invoices, { filter: query, sort: { issuedOn: -1, _id: 1 } }, itself);
    },

    /**
     * Upgrade requests, newest first by submission (drafts and never-submitted ones by creation): one read per
     * sort field, merged.
     */
    upgradeRequestsWhere(filter: {
      accountIds?: string[];
      status?: UpgradeRequestStatus;
      orderNumber?: string;
    }): KeysetList<UpgradeRequestState> {
      const base: Document = {};
      if (filter.accountIds) base.accountId = { $in: filter.accountIds };
      if (filter.status) base.status = filter.status;
      if (filter.orderNumber) base.orderNumber = filter.orderNumber;
      const submitted = { filter: { ...base, submittedAt: { $ne: null } }, sort: { submittedAt: -1, _id: 1 } } as const;
      const unsubmitted = { filter: { ...base, submittedAt: null }, sort: { createdAt: -1, _id: 1 } } as const;
      return listOf(upgradeRequests, { ...submitted, union: [unsubmitted] }, itself);
    },
  };
}

export type ListReads = ReturnType<typeof listReads>;
