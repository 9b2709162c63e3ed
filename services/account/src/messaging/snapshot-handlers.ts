import { decides, type EventHandlers, type ServiceKit } from '@portal/platform';
import type { AccountState } from '../domain/account';
import { adoptAccountSnapshot, adoptUserSnapshot } from '../domain/adopt-snapshots';
import type { UserAccessSnapshot } from '../domain/types';
import type { Stores } from '../store/stores';

/** account.events.v1 -> adopt account/user snapshots newer than ours (seeders, restores); our own are no-ops. */
export function snapshotHandlers(kit: ServiceKit, stores: Stores): EventHandlers {
  const account = decides<AccountState, 'AccountCreated' | 'AccountDetailsChanged'>(stores.accounts, {
    id: (event) => event.aggregateId,
    decide: (current, event) => {
      const state = adoptAccountSnapshot(current, event.aggregateId, event.payload.account, kit.clock.now());
      return state ? { state, events: [] } : null;
    },
  });
  // Old-style on purpose: before deciding it looks the e-mail up among the other users (a query, not a decision).
  const user = async (event: { eventId: string; payload: { user: UserAccessSnapshot } }) => {
    const snapshot = event.payload.user;
    const holder = await stores.userByEmail(snapshot.email.trim().toLowerCase());
    if (holder && holder.userId !== snapshot.userId) {
      kit.logger.warn(
        { userId: snapshot.userId, holder: holder.userId },
        'access snapshot not adopted: its e-mail belongs to another user here',
      );
      return;
    }
    await stores.users.decide(
      snapshot.userId,
      (current) => {
        const state = adoptUserSnapshot(current, snapshot, kit.clock.now());
        return state ? { state, events: [] } : null;
      },
      { appliedEventId: event.eventId },
    );
  };
  return {
    AccountCreated: account,
    AccountDetailsChanged: account,
    UserInvited: user,
    GrantsChanged: user,
    UserDisabled: user,
  };
}
