import type { Collection } from 'mongodb';
import type { Envelope } from '@portal/contracts';
import type { EventHandlers } from '../kafka/consumer';
import type { AccountView, Principal } from './policy';
import { ReadThroughCache } from './read-through-cache';

interface UserDoc extends Principal {
  _id: string;
  version: number;
}
interface AccountDoc extends Omit<AccountView, 'accountId'> {
  _id: string;
  version: number;
}

/**
 * Each service's local projection of account.events.v1: users with their grants, accounts with their features and
 * resellers. Snapshots carry a version and the highest one wins, so replays and reordering change nothing.
 * Every request looks up its principal (and often accounts): those lookups go through an in-memory cache that
 * this process's projection writes update at once (versions decide), and whose entries expire after `cacheMs`
 * (the bound on how long a change projected by another replica of the service goes unseen).
 */
export class AccessDirectory {
  private readonly principals: ReadThroughCache<UserDoc | null>;
  private readonly accountViews: ReadThroughCache<AccountDoc | null>;
  private readonly resold = new Map<string, { ids: string[]; until: number }>();

  constructor(
    private readonly users: Collection<UserDoc>,
    private readonly accounts: Collection<AccountDoc>,
    private readonly reads: { users: Collection<UserDoc>; accounts: Collection<AccountDoc> } = { users, accounts },
    private readonly cacheMs = 5_000,
  ) {
    this.principals = new ReadThroughCache(cacheMs);
    this.accountViews = new ReadThroughCache(cacheMs);
  }

  async ensureIndexes(): Promise<void> {
    await this.users.createIndex({ 'grants.accountId': 1 });
    await this.accounts.createIndex({ resellerAccountIds: 1 });
  }

  async principal(userId: string): Promise<Principal | null> {
    const doc = await this.principals.get(userId, () => this.reads.users.findOne({ _id: userId }));
    if (!doc) return null;
    const { _id, version: _v, ...principal } = doc;
    return principal;
  }

  async account(accountId: string): Promise<AccountView | null> {
    const doc = await this.accountViews.get(accountId, () => this.reads.accounts.findOne({ _id: accountId }));
    if (!doc) return null;
    const { _id, version: _v, ...account } = doc;
    return { ...account, accountId: _id };
  }

  /** A filter (a scan on FerretDB), asked by partner users' requests: cached, dropped on any account change here. */
  async accountsResoldBy(partnerAccountId: string): Promise<string[]> {
    const hit = this.resold.get(partnerAccountId);
    if (hit && hit.until > Date.now()) return hit.ids;
    const docs = await this.reads.accounts
      .find({ resellerAccountIds: partnerAccountId }, { projection: { _id: 1 } })
      .toArray();
    const ids = docs.map((d) => d._id);
    this.resold.set(partnerAccountId, { ids, until: Date.now() + this.cacheMs });
    return ids;
  }

  /**
   * Users holding any grant on the account (recipients, approvers, admins): filter by role with hasRole. A filter
   * (a scan on FerretDB): asked on the read pool, so it never holds the writes' one connection.
   */
  async usersOfAccount(accountId: string): Promise<Principal[]> {
    const docs = await this.reads.users.find({ 'grants.accountId': accountId }).toArray();
    return docs.map(({ _id, version: _v, ...principal }) => principal);
  }

  /** Internal users (vendor staff), e.g. approvers and operators (a scan too: on the read pool). */
  async internalUsers(): Promise<Principal[]> {
    const docs = await this.reads.users.find({ userType: 'internal' }).toArray();
    return docs.map(({ _id, version: _v, ...principal }) => principal);
  }

  readonly handlers: EventHandlers = {
    AccountCreated: (e) => this.applyAccount(e),
    AccountDetailsChanged: (e) => this.applyAccount(e),
    UserInvited: (e) => this.applyUser(e),
    GrantsChanged: (e) => this.applyUser(e),
    UserDisabled: (e) => this.applyUser(e),
  };

  private async applyAccount(event: Envelope<'AccountCreated' | 'AccountDetailsChanged'>) {
    const { version, ...account } = event.payload.account;
    this.accountViews.forget(event.aggregateId);
    this.resold.clear();
    if (await upsertIfNewer(this.accounts, event.aggregateId, version, account)) {
      this.accountViews.written(event.aggregateId, { ...account, _id: event.aggregateId, version } as AccountDoc);
      this.resold.clear();
    }
  }

  private async applyUser(event: Envelope<'UserInvited' | 'GrantsChanged' | 'UserDisabled'>) {
    const { version, ...user } = event.payload.user;
    this.principals.forget(user.userId);
    if (await upsertIfNewer(this.users, user.userId, version, user))
      this.principals.written(user.userId, { ...user, _id: user.userId, version } as UserDoc);
  }
}

/** Replaces the document only with a higher version; an older or equal snapshot is a no-op. True when written. */
async function upsertIfNewer<D extends { _id: string; version: number }>(
  collection: Collection<D>,
  id: string,
  version: number,
  fields: object,
): Promise<boolean> {
  const current = await collection.findOne({ _id: id } as never, { projection: { version: 1 } });
  if (current && current.version >= version) return false;
  if (current) {
    const result = await collection.updateOne(
      { _id: id, version: current.version } as never,
      { $set: { ...fields, version } } as never,
    );
    return result.matchedCount > 0;
  }
  return collection.insertOne({ _id: id, ...fields, version } as never).then(
    () => true,
    (error) => {
      if ((error as { code?: number }).code !== 11000) throw error;
      return false;
    },
  );
}
