import type { Collection } from 'mongodb';
import type { VipMembership } from '../domain/vip-membership';

export interface AccountMemberships {
  _id: string;
  /** Memberships the account is the customer or the partner of. */
  membershipIds: string[];
}

/**
 * The memberships of each account (as customer or partner), one document per account read by `_id`: the list route
 * pages through these ids instead of filtering the membership collection, which FerretDB would decode whole. A
 * membership is added before it is created, so the index may name one that a crash left uncreated (skipped on
 * read) but never misses one.
 */
export class MembershipsByAccount {
  constructor(private readonly collection: Collection<AccountMemberships>) {}

  async add(m: Pick<VipMembership, 'membershipId' | 'customerAccountId' | 'partnerAccountId'>): Promise<void> {
    for (const accountId of new Set([m.customerAccountId, m.partnerAccountId]))
      await this.collection.updateOne(
        { _id: accountId },
        { $addToSet: { membershipIds: m.membershipId } },
        { upsert: true },
      );
  }

  /** The sorted ids of the memberships of any of the accounts (and of `alsoOf`, when given). */
  async idsOf(accountIds: readonly string[], alsoOf?: string): Promise<string[]> {
    const idsOfOne = async (accountId: string) =>
      (await this.collection.findOne({ _id: accountId }))?.membershipIds ?? [];
    const all = new Set((await Promise.all(accountIds.map(idsOfOne))).flat());
    const narrowed = alsoOf === undefined ? all : new Set((await idsOfOne(alsoOf)).filter((id) => all.has(id)));
    return [...narrowed].sort();
  }

  /** Built once from the memberships when it does not exist yet (memberships created before the index). */
  async rebuildIfMissing(memberships: () => AsyncIterable<VipMembership>): Promise<void> {
    if (await this.collection.findOne({})) return;
    for await (const m of memberships()) await this.add(m);
  }
}
