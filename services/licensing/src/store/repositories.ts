import type { AggregateRepository, ServiceKit } from '@portal/platform';
import type { Entitlement, LicensingOrder } from '../domain/licensing-order';
import type { SmartAccount, SmartAccountSearchField } from '../domain/smart-account';
import type { VipMembership } from '../domain/vip-membership';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The three aggregates of licensing, one collection each, with the few queries the edge and handlers need. */
export class LicensingStore {
  readonly smartAccounts: AggregateRepository<SmartAccount>;
  readonly orders: AggregateRepository<LicensingOrder>;
  readonly memberships: AggregateRepository<VipMembership>;

  constructor(kit: Pick<ServiceKit, 'aggregates'>) {
    this.smartAccounts = kit.aggregates<SmartAccount>('smart_accounts');
    this.orders = kit.aggregates<LicensingOrder>('orders');
    this.memberships = kit.aggregates<VipMembership>('vip_memberships');
  }

  async ensureIndexes(): Promise<void> {
    await Promise.all([
      this.smartAccounts.collection.createIndex({ domainIdentifier: 1 }),
      this.smartAccounts.collection.createIndex({ userEmails: 1 }),
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
    const docs = await this.smartAccounts.collection.find({ ownerAccountId: accountId }).limit(1000).toArray();
    return Promise.all(docs.map(async (d) => (await this.smartAccounts.get(d._id))!.state));
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
    const doc = await this.orders.collection.findOne({ webOrderNumber: ref });
    return doc ? (await this.orders.get(doc._id))!.state : null;
  }

  /** Candidates of a search (client text is escaped: never a query operator); visibility is filtered by the caller. */
  async searchSmartAccounts(by: SmartAccountSearchField, term: string, limit = 500): Promise<SmartAccount[]> {
    const t = term.trim().toLowerCase();
    const filter =
      by === 'domain-identifier'
        ? { domainIdentifier: { $regex: `^${escapeRegex(t)}` } }
        : by === 'email'
          ? { userEmails: t }
          : { name: { $regex: escapeRegex(term.trim()), $options: 'i' } };
    const ids = await this.smartAccounts.collection
      .find(filter, { projection: { _id: 1 } })
      .limit(limit)
      .toArray();
    const found = await Promise.all(ids.map((d) => this.smartAccounts.get(d._id)));
    return found.filter((s) => s !== null).map((s) => s.state);
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

  async membershipsOf(accountIds: string[]): Promise<VipMembership[]> {
    const docs = await this.memberships.collection
      .find(
        { $or: [{ customerAccountId: { $in: accountIds } }, { partnerAccountId: { $in: accountIds } }] },
        { projection: { _id: 1 } },
      )
      .toArray();
    const found = await Promise.all(docs.map((d) => this.memberships.get(d._id)));
    return found.filter((m) => m !== null).map((m) => m.state);
  }

  async allMembershipIds(): Promise<string[]> {
    return (
      await this.memberships.collection.find({ status: { $ne: 'expired' } }, { projection: { _id: 1 } }).toArray()
    ).map((d) => d._id);
  }
}
