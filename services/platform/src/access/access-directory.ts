import type { Collection } from 'mongodb';
import type { Envelope } from '@portal/contracts';
import type { EventHandlers } from '../kafka/consumer';
import type { AccountView, Principal } from './policy';

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
 */
export class AccessDirectory {
  constructor(
    private readonly users: Collection<UserDoc>,
    private readonly accounts: Collection<AccountDoc>,
  ) {}

  async ensureIndexes(): Promise<void> {
    await this.users.createIndex({ 'grants.accountId': 1 });
    await this.accounts.createIndex({ resellerAccountIds: 1 });
  }

  async principal(userId: string): Promise<Principal | null> {
    const doc = await this.users.findOne({ _id: userId });
    if (!doc) return null;
    const { _id, version: _v, ...principal } = doc;
    return principal;
  }

  async account(accountId: string): Promise<AccountView | null> {
    const doc = await this.accounts.findOne({ _id: accountId });
    if (!doc) return null;
    const { _id, version: _v, ...account } = doc;
    return { ...account, accountId: _id };
  }

  async accountsResoldBy(partnerAccountId: string): Promise<string[]> {
    const docs = await this.accounts
      .find({ resellerAccountIds: partnerAccountId }, { projection: { _id: 1 } })
      .toArray();
    return docs.map((d) => d._id);
  }

  /** Users holding any grant on the account (recipients, approvers, admins): filter by role with hasRole. */
  async usersOfAccount(accountId: string): Promise<Principal[]> {
    const docs = await this.users.find({ 'grants.accountId': accountId }).toArray();
    return docs.map(({ _id, version: _v, ...principal }) => principal);
  }

  /** Internal users (vendor staff), e.g. approvers and operators. */
  async internalUsers(): Promise<Principal[]> {
    const docs = await this.users.find({ userType: 'internal' }).toArray();
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
    await upsertIfNewer(this.accounts, event.aggregateId, version, account);
  }

  private async applyUser(event: Envelope<'UserInvited' | 'GrantsChanged' | 'UserDisabled'>) {
    const { version, ...user } = event.payload.user;
    await upsertIfNewer(this.users, user.userId, version, user);
  }
}

/** Replaces the document only with a higher version; an older or equal snapshot is a no-op. */
async function upsertIfNewer<D extends { _id: string; version: number }>(
  collection: Collection<D>,
  id: string,
  version: number,
  fields: object,
) {
  const current = await collection.findOne({ _id: id } as never, { projection: { version: 1 } });
  if (current && current.version >= version) return;
  if (current) {
    await collection.updateOne(
      { _id: id, version: current.version } as never,
      { $set: { ...fields, version } } as never,
    );
    return;
  }
  await collection.insertOne({ _id: id, ...fields, version } as never).catch((error) => {
    if ((error as { code?: number }).code !== 11000) throw error;
  });
}
