import { keysetPage, readsOf, STATE_ONLY, type ServiceKit } from '@portal/platform';
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

interface PageRequest {
  limit: number;
  cursor?: string;
}

/**
 * Thin repositories of the account service. Aggregates (state + outbox in one document): accounts (key accountId),
 * users (userId), address books and wallets (accountId), service contract renewals (requestId), documents
 * (documentId), and the copies of the order service's sales orders (orderNumber) and their devices (serial), kept
 * as aggregates so their handlers dedupe by event id.
 */
function repositories(kit: ServiceKit) {
  return {
    accounts: kit.aggregates<AccountState>('accounts'),
    users: kit.aggregates<UserState>('users'),
    addressBooks: kit.aggregates<AddressBook>('address_books'),
    wallets: kit.aggregates<Wallet>('wallets'),
    renewals: kit.aggregates<ServiceContractRenewal>('service_contract_renewals'),
    documents: kit.aggregates<AccountDocument>('documents'),
    orders: kit.aggregates<OrderRecord>('sales_orders'),
    devices: kit.aggregates<Device>('devices'),
    subscriptions: kit.aggregates<SubscriptionManagement>('subscriptions'),
    serviceRequests: kit.collection<ServiceRequest & { _id: string }>('service_requests'),
    preferences: kit.collection<UserPreference>('user_preferences'),
  };
}

export function createStores(kit: ServiceKit) {
  const repos = repositories(kit);
  return { ...repos, ...queries(repos) };
}

export type Stores = ReturnType<typeof createStores>;

/** The bookkeeping of an aggregate document (and `_id`: the state carries its id), left out of what a report reads. */
const STATE_WITHOUT_ID = { _id: 0, ...STATE_ONLY } as const;

function queries(s: ReturnType<typeof repositories>) {
  // Clean state from the write pool: a command's own writes are read right after it.
  const accounts = readsOf<AccountState>(s.accounts);
  const users = readsOf<UserState>(s.users);
  const orders = readsOf<OrderRecord>(s.orders);
  const devices = readsOf<Device>(s.devices);
  const documents = readsOf<AccountDocument>(s.documents);
  const subscriptions = readsOf<SubscriptionManagement>(s.subscriptions);
  const renewals = readsOf<ServiceContractRenewal>(s.renewals);
  const ofAccount = (accountId: string) => ({ $or: [{ 'grants.accountId': accountId }, { homeAccountId: accountId }] });
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
      await s.renewals.collection.createIndex({ accountId: 1, requestedAt: 1, requestId: 1 });
      await s.serviceRequests.createIndex({ accountId: 1, openedAt: 1, serviceRequestId: 1 });
      await s.subscriptions.collection.createIndex({ accountId: 1 });
    },
    async accountById(accountId: string) {
      return (await s.accounts.read(accountId))?.state ?? null;
    },
    /** Accounts by id, one page: all of them (ids null, the account team) or those listed. */
    accountsPage(ids: string[] | null, page: PageRequest) {
      return accounts.page({ filter: ids === null ? {} : { _id: { $in: ids } }, ...page });
    },
    async accountsByIds(ids: string[]) {
      return ids.length ? [...(await accounts.getMany(ids)).values()] : [];
    },
    async accountsResoldBy(partnerIds: string[]) {
      return partnerIds.length ? accounts.find({ resellerAccountIds: { $in: partnerIds } }) : [];
    },
    userByEmail(email: string) {
      return users.findOne({ email });
    },
    /** Members (any grant) and users whose home it is (disabled users keep their home, not their grants). */
    usersOfAccount(accountId: string) {
      return users.find(ofAccount(accountId), { sort: { _id: 1 } });
    },
    /** One page of the account's users by user id. */
    usersOfAccountPage(accountId: string, page: PageRequest) {
      return users.page({ filter: ofAccount(accountId), ...page });
    },
    ordersOfAccount(accountId: string) {
      return orders.find({ accountId });
    },
    /** One page of the account's devices by serial number (the device id), optionally a serial prefix only. */
    devicesPage(accountId: string, serialPrefix: string | null, page: PageRequest) {
      const prefix = serialPrefix ? { serialNumber: { $gte: serialPrefix, $lt: `${serialPrefix}\uffff` } } : {};
      return devices.page({ filter: { accountId, ...prefix }, ...page });
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
        const cursor = s.devices.collection
          .find(this.query(accountId, period), { projection: STATE_WITHOUT_ID })
          .sort({ warrantyEndsOn: 1, _id: 1 });
        for await (const doc of cursor) yield doc as unknown as Device;
      },
    },
    async devicesBySerials(accountId: string, serials: string[]) {
      return serials.length ? devices.find({ accountId, serialNumber: { $in: serials } }) : [];
    },
    documentsOfAccount(accountId: string) {
      return documents.find({ accountId });
    },
    documentsPage(accountId: string, kind: string | undefined, page: PageRequest) {
      return documents.page({
        filter: kind ? { accountId, kind: kind as AccountDocument['kind'] } : { accountId },
        ...page,
      });
    },
    subscriptionsManagedIn(accountId: string) {
      return subscriptions.find({ accountId });
    },
    /** One page of the account's renewal requests, by request time then id. */
    renewalsPage(accountId: string, page: PageRequest) {
      return renewals.page({ filter: { accountId }, sort: { requestedAt: 1, requestId: 1 }, ...page });
    },
    /** Service requests of the account (optionally of one device), by opening time then id. */
    serviceRequestsPage(accountId: string, serialNumber: string | null, page: PageRequest) {
      const filter = serialNumber ? { accountId, serialNumber } : { accountId };
      const sort = { openedAt: 1, serviceRequestId: 1 } as const;
      return keysetPage(
        s.serviceRequests,
        { filter, sort, ...page },
        ({ _id, ...request }) => request as ServiceRequest,
      );
    },
  };
}
