/**
 * The list routes' reads, as keyset sources (keyset.ts): each one a filtered query (with an index serving the
 * filter) of the records after the cursor, sorted by the list's unique key (number, or newest first then number). Queries take only typed
 * values from the domain or validated requests: no client operator ever reaches MongoDB.
 */
import type { Document, Sort } from 'mongodb';
import { readsOf, type AggregateRepository } from '@portal/platform';
import type { ContractState, ContractView } from '../domain/contract';
import { isoDate } from '../domain/dates';
import type { InvoiceState } from '../domain/invoice';
import type { SalesOrderState, SalesOrderView } from '../domain/sales-order';
import type { ContractStatus, InvoiceStatus, UpgradeRequestStatus } from '../domain/types';
import type { UpgradeRequestState } from '../domain/upgrade-request';
import { mergedSource, type KeysetSource } from './keyset';
import { newestFirstAfter, newestFirstKey } from './newest-first';

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

/** One keyset read (clean state, the platform's reads): `filter` and "after the cursor", sorted and limited in the database. */
const sortedRead =
  <S extends object>(
    repository: AggregateRepository<S>,
    filter: Document,
    sort: Sort,
    after: (key?: string) => Document,
  ) =>
  async (key: string | undefined, batch: number): Promise<S[]> => {
    const rest = after(key);
    const query = Object.keys(rest).length ? { $and: [filter, rest] } : filter;
    return readsOf<S>(repository).find(query as never, { sort, limit: batch });
  };
const byId = (key: string | undefined): Document => (key === undefined ? {} : { _id: { $gt: key } });
const views =
  <V>(read: (key: string | undefined, batch: number) => Promise<{ view: V | null }[]>) =>
  async (key: string | undefined, batch: number): Promise<V[]> =>
    (await read(key, batch)).map((s) => s.view!);

export const issuedAt = (i: Pick<InvoiceState, 'issuedOn'>) => new Date(`${i.issuedOn}T00:00:00Z`);

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
    contractsOf(accountIds: string[], status?: ContractStatus): KeysetSource<ContractView> {
      const filter: Document = { 'view.accountId': { $in: accountIds } };
      if (status) filter['view.status'] = status;
      const key = (c: ContractView) => c.contractNumber;
      const read = sortedRead<ContractState>(contracts, filter, { _id: 1 }, byId);
      return { key, read: views(read) };
    },

    /** Sales orders under a contract, by order number. */
    salesOrdersOfContract(contractNumber: string): KeysetSource<SalesOrderView> {
      const key = (o: SalesOrderView) => o.orderNumber;
      const filter = { 'view.contractNumber': contractNumber };
      const read = sortedRead<SalesOrderState>(salesOrders, filter, { _id: 1 }, byId);
      return { key, read: views(read) };
    },

    /** Orders of the accounts placed online in [since, until], newest first. */
    onlineOrdersPlaced(accountIds: string[], since: Date, until: Date): KeysetSource<SalesOrderView> {
      const filter = {
        'view.accountId': { $in: accountIds },
        'view.placedAt': { $gte: since, $lte: until },
        'view.webOrderNumber': { $ne: null },
      };
      const key = (o: SalesOrderView) => newestFirstKey(o.placedAt, o.orderNumber);
      const after = (k?: string) => newestFirstAfter('view.placedAt', k);
      const read = sortedRead<SalesOrderState>(salesOrders, filter, { 'view.placedAt': -1, _id: 1 }, after);
      return { key, read: views(read) };
    },

    /** Issued invoices of the accounts, newest issue date first; status derived from paidOn, dueOn and today (UTC). */
    invoicesWhere(filter: InvoiceFilter): KeysetSource<InvoiceState> {
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
      const after = (k: string | undefined) => newestFirstAfter('issuedOn', k, isoDate);
      const key = (i: InvoiceState) => newestFirstKey(issuedAt(i), i.invoiceNumber);
      const read = sortedRead<InvoiceState>(invoices, query, { issuedOn: -1, _id: 1 }, after);
      return { key, read };
    },

    /**
     * Upgrade requests, newest first by submission (drafts and never-submitted ones by creation): one read per
     * sort field, merged.
     */
    upgradeRequestsWhere(filter: {
      accountIds?: string[];
      status?: UpgradeRequestStatus;
      orderNumber?: string;
    }): KeysetSource<UpgradeRequestState> {
      const base: Document = {};
      if (filter.accountIds) base.accountId = { $in: filter.accountIds };
      if (filter.status) base.status = filter.status;
      if (filter.orderNumber) base.orderNumber = filter.orderNumber;
      const key = (r: UpgradeRequestState) => newestFirstKey(r.submittedAt ?? r.createdAt, r.requestId);
      const submitted = sortedRead<UpgradeRequestState>(
        upgradeRequests,
        { ...base, submittedAt: { $ne: null } },
        { submittedAt: -1, _id: 1 },
        (k) => newestFirstAfter('submittedAt', k),
      );
      const unsubmitted = sortedRead<UpgradeRequestState>(
        upgradeRequests,
        { ...base, submittedAt: null },
        { createdAt: -1, _id: 1 },
        (k) => newestFirstAfter('createdAt', k),
      );
      return mergedSource(key, submitted, unsubmitted);
    },
  };
}

export type ListReads = ReturnType<typeof listReads>;
