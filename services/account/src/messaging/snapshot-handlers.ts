import type { EventHandlers, ServiceKit } from '@portal/platform';
import { adoptAccountSnapshot, adoptUserSnapshot } from '../domain/adopt-snapshots';
import type { AccountSnapshot, UserAccessSnapshot } from '../domain/types';
import type { Stores } from '../store/stores';

/** account.events.v1 -> adopt account/user snapshots newer than ours (seeders, restores); our own are no-ops. */
export function snapshotHandlers(kit: ServiceKit, stores: Stores): EventHandlers {
  const account = async (event: { eventId: string; aggregateId: string; payload: { account: AccountSnapshot } }) => {
    await stores.accounts.mutate(
      event.aggregateId,
      (current) => {
        const state = adoptAccountSnapshot(
          current?.state ?? null,
          event.aggregateId,
          event.payload.account,
          kit.clock.now(),
        );
        return state ? { state, events: [] } : null;
      },
      { appliedEventId: event.eventId },
    );
  };
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
    await stores.users.mutate(
      snapshot.userId,
      (current) => {
        const state = adoptUserSnapshot(current?.state ?? null, snapshot, kit.clock.now());
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
