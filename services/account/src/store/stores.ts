import type { Collection, Document } from 'mongodb';
import { type AggregateRepository, type Page, type ServiceKit } from '@portal/platform';
import { byId, byTimeThenId, keysetPage, type Keyset } from './keyset';
import type { AccountState } from '../domain/account';
import type { AddressBook } from '../domain/address-book';
import type { Device } from '../domain/devices';
import type { Wallet } from '../domain/payment-methods';
import type { ServiceContractRenewal } from '../domain/request-service-contract-renewal';
import type { OrderRecord } from '../domain/sales-orders';
import type { AccountDocument, ServiceRequest } from '../domain/support';
import type { SubscriptionManagement } from '../domain/subscription-changes';
import type { UserState } from '../domain/user';

/** Per-user preferences that are not part of any aggregate's rules (the stored active account context). */
export interface UserPreference {
  _id: string;
  activeAccountId: string | null;
  updatedAt: Date;
}

/**
 * Thin repositories of the account service. Aggregates (state + outbox in one document): accounts (key accountId),
 * users (userId), address books and wallets (accountId), service contract renewals (requestId), documents
 * (documentId), and the ERP projections sales orders (orderNumber) and devices (serial), kept as aggregates so their
 * handlers dedupe by event id.
 */
export function createStores(kit: ServiceKit) {
  const stores = {
    accounts: kit.aggregates<AccountState>('accounts'),
    users: kit.aggregates<UserState>('users'),
    addressBooks: kit.aggregates<AddressBook>('address_books'),
    wallets: kit.aggregates<Wallet>('wallets'),
    renewals: kit.aggregates<ServiceContractRenewal>('service_contract_renewals'),
    documents: kit.aggregates<AccountDocument>('documents'),
    orders: kit.aggregates<OrderRecord>('sales_orders'),
    devices: kit.aggregates<Device>('devices'),
    subscriptions: kit.aggregates<SubscriptionManagement>('subscriptions'),
    serviceRequests: kit.db.collection('service_requests') as unknown as Collection<ServiceRequest & { _id: string }>,
    preferences: kit.db.collection('user_preferences') as unknown as Collection<UserPreference>,
  };
  return { ...stores, ...queries(stores) };
}

export type Stores = ReturnType<typeof createStores>;

interface PageRequest {
  limit: number;
  cursor?: string;
}

type Raw = { _id: string; version?: number; outbox?: unknown; outboxPendingSince?: unknown; appliedEventIds?: unknown };
function stateOf<S>(doc: Raw): S {
  const { _id, version: _v, outbox: _o, outboxPendingSince: _p, appliedEventIds: _a, ...state } = doc;
  return state as S;
}

function queries(s: {
  accounts: AggregateRepository<AccountState>;
  users: AggregateRepository<UserState>;
  orders: AggregateRepository<OrderRecord>;
  devices: AggregateRepository<Device>;
  documents: AggregateRepository<AccountDocument>;
  renewals: AggregateRepository<ServiceContractRenewal>;
  subscriptions: AggregateRepository<SubscriptionManagement>;
  serviceRequests: Collection<ServiceRequest & { _id: string }>;
}) {
  const all = async <S>(repo: AggregateRepository<S & object>, filter: Record<string, unknown>) =>
    (await repo.collection.find(filter as never).toArray()).map((d) => stateOf<S>(d as Raw));
  /** One page of an aggregate list, sorted by its id (or a time then its id) in the database. */
  const pageOf = <S>(
    repo: AggregateRepository<S & object>,
    filter: Document,
    page: PageRequest,
    keyset: Keyset = byId,
  ): Promise<Page<S>> =>
    keysetPage(repo.collection as unknown as Collection<Document>, filter, keyset, {
      ...page,
      map: (doc) => stateOf<S>(doc as Raw),
    });
  return {
    async ensureIndexes() {
      await s.users.collection.createIndex({ email: 1 }, { unique: true });
      await s.users.collection.createIndex({ 'grants.accountId': 1, _id: 1 });
      await s.users.collection.createIndex({ homeAccountId: 1, _id: 1 });
      await s.accounts.collection.createIndex({ resellerAccountIds: 1 });
      await s.orders.collection.createIndex({ accountId: 1 });
      await s.devices.collection.createIndex({ accountId: 1, serialNumber: 1 });
      await s.devices.collection.createIndex({ accountId: 1, _id: 1 });
      await s.documents.collection.createIndex({ accountId: 1, _id: 1 });
      await s.renewals.collection.createIndex({ accountId: 1, requestedAt: 1, _id: 1 });
      await s.serviceRequests.createIndex({ accountId: 1, openedAt: 1, _id: 1 });
      await s.subscriptions.collection.createIndex({ accountId: 1 });
    },
    async accountById(accountId: string) {
      return (await s.accounts.get(accountId))?.state ?? null;
    },
    /** Accounts by id, one page: all of them (ids null, the account team) or those listed. */
    async accountsPage(ids: string[] | null, page: PageRequest) {
      return pageOf<AccountState>(s.accounts, ids === null ? {} : { _id: { $in: ids } }, page);
    },
    async accountsByIds(ids: string[]) {
      return ids.length ? all<AccountState>(s.accounts, { _id: { $in: ids } }) : [];
    },
    async accountsResoldBy(partnerIds: string[]) {
      return partnerIds.length ? all<AccountState>(s.accounts, { resellerAccountIds: { $in: partnerIds } }) : [];
    },
    async userByEmail(email: string) {
      const doc = await s.users.collection.findOne({ email } as never);
      return doc ? stateOf<UserState>(doc as Raw) : null;
    },
    /** Members (any grant) and users whose home it is (disabled users keep their home, not their grants). */
    async usersOfAccount(accountId: string) {
      const [members, home] = await Promise.all([
        all<UserState>(s.users, { 'grants.accountId': accountId }),
        all<UserState>(s.users, { homeAccountId: accountId }),
      ]);
      const byId = new Map([...home, ...members].map((u) => [u.userId, u]));
      return [...byId.values()].sort((a, b) => (a.userId < b.userId ? -1 : 1));
    },
    /** One page of the account's users by user id: members (any grant) and users whose home it is. */
    async usersOfAccountPage(accountId: string, page: PageRequest) {
      return pageOf<UserState>(
        s.users,
        { $or: [{ 'grants.accountId': accountId }, { homeAccountId: accountId }] },
        page,
      );
    },
    async ordersOfAccount(accountId: string) {
      return all<OrderRecord>(s.orders, { accountId });
    },
    async devicesOfAccount(accountId: string, serialPrefix?: string | null) {
      const filter: Record<string, unknown> = { accountId };
      if (serialPrefix) filter.serialNumber = { $gte: serialPrefix, $lt: `${serialPrefix}\uffff` };
      return all<Device>(s.devices, filter);
    },
    /** Devices whose warranty ends in the period, by end date then serial: count and stream (warranty report). */
    warrantyReport: {
      query: (accountId: string, period: { from: string; to: string }) => ({
        accountId,
        warrantyEndsOn: { $gte: period.from, $lte: period.to },
      }),
      count(accountId: string, period: { from: string; to: string }) {
        return s.devices.collection.countDocuments(this.query(accountId, period));
      },
      async *rows(accountId: string, period: { from: string; to: string }): AsyncIterable<Device> {
        const cursor = s.devices.collection.find(this.query(accountId, period)).sort({ warrantyEndsOn: 1, _id: 1 });
        for await (const doc of cursor) yield stateOf<Device>(doc as Raw);
      },
    },
    /** One page of the account's devices by serial number (the device id), optionally a serial prefix only. */
    async devicesPage(accountId: string, serialPrefix: string | null, page: PageRequest) {
      const filter: Record<string, unknown> = { accountId };
      if (serialPrefix) filter._id = { $gte: serialPrefix, $lt: `${serialPrefix}\uffff` };
      return pageOf<Device>(s.devices, filter, page);
    },
    async devicesBySerials(accountId: string, serials: string[]) {
      return serials.length ? all<Device>(s.devices, { accountId, serialNumber: { $in: serials } }) : [];
    },
    async documentsOfAccount(accountId: string) {
      return all<AccountDocument>(s.documents, { accountId });
    },
    async documentsPage(accountId: string, kind: string | undefined, page: PageRequest) {
      return pageOf<AccountDocument>(s.documents, kind ? { accountId, kind } : { accountId }, page);
    },
    async subscriptionsManagedIn(accountId: string) {
      return all<SubscriptionManagement>(s.subscriptions, { accountId });
    },
    async renewalsPage(accountId: string, page: PageRequest) {
      return pageOf<ServiceContractRenewal>(s.renewals, { accountId }, page, byTimeThenId('requestedAt'));
    },
    /** Service requests of the account (optionally of one device), by opening time then id. */
    async serviceRequestsPage(accountId: string, serialNumber: string | null, page: PageRequest) {
      const filter = serialNumber ? { accountId, serialNumber } : { accountId };
      return keysetPage(s.serviceRequests as unknown as Collection<Document>, filter, byTimeThenId('openedAt'), {
        ...page,
        map: (doc) => stateOf<ServiceRequest>(doc as Raw),
      });
    },
  };
}
