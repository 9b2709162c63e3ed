import {
  readsOf,
  stateOf,
  type AggregateReads,
  type AggregateRepository,
  type Page,
  type ServiceKit,
} from '@portal/platform';
import type { Filter } from 'mongodb';
import type { Entitlement, LicensingOrder } from '../domain/licensing-order';
import type { SmartAccount, SmartAccountSearchField } from '../domain/smart-account';
import type { VipMembership } from '../domain/vip-membership';
import { MembershipsByAccount, type AccountMemberships } from './memberships-by-account';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A read of ids after the last one of the previous batch (memberships, through their per-account index). */
export interface Keyset {
  after?: string;
  limit: number;
}

/**
 * The three aggregates of licensing, one collection each, with the few queries the edge and handlers need. Reads
 * return the clean state of the documents they find (one query, never a second read per document).
 */
export class LicensingStore {
  readonly smartAccounts: AggregateRepository<SmartAccount>;
  readonly orders: AggregateRepository<LicensingOrder>;
  readonly memberships: AggregateRepository<VipMembership>;
  readonly membershipsByAccount: MembershipsByAccount;
  private readonly smartAccountReads: AggregateReads<SmartAccount>;
  private readonly orderReads: AggregateReads<LicensingOrder>;

  constructor(kit: Pick<ServiceKit, 'aggregates' | 'collection'>) {
    this.smartAccounts = kit.aggregates<SmartAccount>('smart_accounts');
    this.orders = kit.aggregates<LicensingOrder>('orders');
    this.memberships = kit.aggregates<VipMembership>('vip_memberships');
    this.membershipsByAccount = new MembershipsByAccount(
      kit.collection<AccountMemberships>('vip_memberships_by_account'),
    );
    this.smartAccountReads = readsOf<SmartAccount>(this.smartAccounts);
    this.orderReads = readsOf<LicensingOrder>(this.orders);
  }

  async ensureIndexes(): Promise<void> {
    await Promise.all([
      this.smartAccounts.collection.createIndex({ domainIdentifier: 1 }),
      this.smartAccounts.collection.createIndex({ userEmails: 1 }),
      this.smartAccounts.collection.createIndex({ ownerAccountId: 1 }),
      this.orders.collection.createIndex({ webOrderNumber: 1 }),
      this.orders.collection.createIndex({ 'assignment.smartAccountId': 1 }),
      this.orders.collection.createIndex({ 'entitlements.virtualAccountId': 1 }),
      this.memberships.collection.createIndex({ 'purchaseAuthorizations.purchaseAuthorizationId': 1 }),
      this.memberships.collection.createIndex({ customerAccountId: 1 }),
      this.memberships.collection.createIndex({ partnerAccountId: 1 }),
    ]);
  }

  /** Smart Accounts an account owns (the licences-by-virtual-account report). */
  async smartAccountsOwnedBy(accountId: string): Promise<SmartAccount[]> {
    return this.smartAccountReads.find({ ownerAccountId: accountId }, { sort: { _id: 1 } });
  }

  /** Entitlements of a virtual account, streamed order by order (one document in memory at a time). */
  async *entitlementsStream(virtualAccountId: string): AsyncIterable<Entitlement> {
    const cursor = this.orders.collection
      .find({ 'entitlements.virtualAccountId': virtualAccountId }, { projection: { entitlements: 1 } })
      .sort({ _id: 1 });
    for await (const doc of cursor) yield* doc.entitlements as Entitlement[];
  }

  /** By sales order number, else by web order number. */
  async findOrder(ref: string): Promise<LicensingOrder | null> {
    const byNumber = await this.orders.read(ref);
    if (byNumber) return byNumber.state;
    return this.orderReads.findOne({ webOrderNumber: ref });
  }

  /**
   * A page of a search, by id (client text is escaped: never a query operator); `keep` drops what the caller may not
   * see and the platform's keyset reads on until the page is full.
   */
  searchSmartAccounts(
    by: SmartAccountSearchField,
    term: string,
    page: { limit: number; cursor?: string; keep: (sa: SmartAccount) => Promise<boolean> },
  ): Promise<Page<SmartAccount>> {
    const t = term.trim().toLowerCase();
    const match: Filter<SmartAccount & { _id: string }> =
      by === 'domain-identifier'
        ? { domainIdentifier: { $regex: `^${escapeRegex(t)}` } }
        : by === 'email'
          ? { userEmails: t }
          : { name: { $regex: escapeRegex(term.trim()), $options: 'i' } };
    return this.smartAccountReads.page({ filter: match, ...page });
  }

  async orderNumbersAssignedTo(smartAccountId: string): Promise<string[]> {
    const docs = await this.orders.collection
      .find({ 'assignment.smartAccountId': smartAccountId }, { projection: { _id: 1 } })
      .toArray();
    return docs.map((d) => d._id);
  }

  async entitlementsOf(virtualAccountId: string): Promise<Entitlement[]> {
    const docs = await this.orders.collection.find({ 'entitlements.virtualAccountId': virtualAccountId }).toArray();
    return docs.flatMap((d) =>
      (d.entitlements as Entitlement[]).filter((e) => e.virtualAccountId === virtualAccountId),
    );
  }

  async membershipIdOfPurchaseAuthorization(purchaseAuthorizationId: string): Promise<string | null> {
    const doc = await this.memberships.collection.findOne(
      { 'purchaseAuthorizations.purchaseAuthorizationId': purchaseAuthorizationId },
      { projection: { _id: 1 } },
    );
    return doc?._id ?? null;
  }

  /**
   * Memberships of the accounts (as customer or partner; of `accountId` too when given), by id after the cursor: at
   * most `limit` read by `_id` (FerretDB looks up nothing else by index), and the last id read (null when no more
   * follow).
   */
  async membershipsOf(
    accountIds: string[],
    page: Keyset & { accountId?: string },
  ): Promise<{ memberships: VipMembership[]; last: string | null }> {
    const ids = (await this.membershipsByAccount.idsOf(accountIds, page.accountId)).filter(
      (id) => page.after === undefined || id > page.after,
    );
    const batch = ids.slice(0, page.limit);
    const found = await Promise.all(batch.map((id) => this.memberships.get(id)));
    return {
      memberships: found.filter((m) => m !== null).map((m) => m.state),
      last: ids.length > page.limit ? batch[batch.length - 1]! : null,
    };
  }

  /** Every membership, streamed. */
  async *allMemberships(): AsyncIterable<VipMembership> {
    for await (const doc of this.memberships.collection.find({})) yield stateOf<VipMembership>(doc);
  }

  /** Memberships that may still have jobs to plan (not expired), streamed. */
  async *openMemberships(): AsyncIterable<VipMembership> {
    for await (const doc of this.memberships.collection.find({ status: { $ne: 'expired' } }))
      yield stateOf<VipMembership>(doc);
  }
}
