import { getPath, stringsAt } from './paths';
import type { Follow, RecipientSpec, Rule } from './rule-table';
import type { EventView, Recipient, UserView } from './types';

/**
 * Recipient resolution in two pure steps: `lookupsFor` says which accounts and users the adapter must load
 * from the access projection; `resolveRecipients` applies the rule to what was loaded.
 */
export interface DirectoryLookups {
  accountIds: string[];
  userIds: string[];
  /** Whether the vendor's staff (internal users) must be loaded. */
  staff: boolean;
}

export interface Directory {
  /** User ids following each aggregate (the adapter loads them before the users). */
  followers?: ReadonlyMap<string, string[]>;
  /** Users of each looked-up account. */
  usersOfAccount: ReadonlyMap<string, UserView[]>;
  /** Users looked up by id (missing ids are simply absent). */
  users: ReadonlyMap<string, UserView>;
  /** The vendor's staff (internal users), loaded when a rule names staff roles. */
  staff?: readonly UserView[];
}

export function lookupsFor(rules: Rule[], event: EventView, followers: readonly string[] = []): DirectoryLookups {
  const accountIds = new Set<string>();
  const userIds = new Set<string>();
  if (rules.some((r) => r.recipients.some((s) => 'followers' in s))) followers.forEach((u) => userIds.add(u));
  for (const rule of rules) {
    for (const spec of rule.recipients) {
      if ('roles' in spec) accountsForRoles(spec, event).forEach((a) => accountIds.add(a));
      else if ('userIdsFrom' in spec) stringsAt(event, spec.userIdsFrom).forEach((u) => userIds.add(u));
      else if ('actor' in spec && event.actor && event.actor.userType !== 'system') userIds.add(event.actor.userId);
    }
  }
  const staff = rules.some((r) => r.recipients.some((s) => 'staffRoles' in s));
  return { accountIds: [...accountIds].sort(), userIds: [...userIds].sort(), staff };
}

function accountsForRoles(spec: Extract<RecipientSpec, { roles: string[] }>, event: EventView): string[] {
  return spec.accountFrom ? stringsAt(event, spec.accountFrom) : [event.accountId];
}

/** A user can receive notifications unless disabled; invited users can (the invitation itself goes to them). */
export const isReachable = (user: Pick<UserView, 'status'>) => user.status !== 'disabled';

/**
 * Everyone the rule names, once each, in a stable order (user id), leaving out disabled users and, when the
 * rule says so, the actor.
 */
export function resolveRecipients(rule: Rule, event: EventView, directory: Directory): Recipient[] {
  const found = new Map<string, Recipient>();
  const add = (user: UserView | undefined) => {
    if (!user || !isReachable(user) || found.has(user.userId)) return;
    found.set(user.userId, {
      userId: user.userId,
      email: user.email,
      displayName: user.displayName || user.email,
      locale: user.locale,
    });
  };
  for (const spec of rule.recipients) {
    if ('roles' in spec) {
      const contract = spec.contractFrom ? getPath(event, spec.contractFrom) : undefined;
      for (const accountId of accountsForRoles(spec, event)) {
        for (const user of directory.usersOfAccount.get(accountId) ?? []) {
          const matches = user.grants.some(
            (g) =>
              g.accountId === accountId &&
              spec.roles.includes(g.role) &&
              (spec.section === undefined || g.section === null || g.section === spec.section) &&
              (typeof contract !== 'string' || g.contractNumber === null || g.contractNumber === contract),
          );
          if (matches) add(user);
        }
      }
    } else if ('staffRoles' in spec) {
      for (const user of directory.staff ?? []) if (isStaffWith(user, spec.staffRoles)) add(user);
    } else if ('userIdsFrom' in spec) {
      stringsAt(event, spec.userIdsFrom).forEach((id) => add(directory.users.get(id)));
    } else if ('userFrom' in spec) {
      add(userFromSnapshot(getPath(event, spec.userFrom)));
    } else if ('followers' in spec) {
      (directory.followers?.get(event.aggregateId) ?? []).forEach((id) => add(directory.users.get(id)));
    } else if (event.actor && event.actor.userType !== 'system') {
      add(directory.users.get(event.actor.userId));
    }
  }
  if (rule.excludeActor && event.actor) found.delete(event.actor.userId);
  return [...found.values()].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
}

/** An internal user holding one of the roles, on whichever account (the vendor's) the grant is. */
export const isStaffWith = (user: UserView, roles: readonly string[]) =>
  user.userType === 'internal' && user.grants.some((g) => roles.includes(g.role));

/** A user snapshot embedded in an event (e.g. UserInvited.user); needs at least a user id and an e-mail. */
function userFromSnapshot(value: unknown): UserView | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.userId !== 'string' || typeof v.email !== 'string' || !v.userId || !v.email) return undefined;
  return {
    userId: v.userId,
    email: v.email,
    displayName: typeof v.displayName === 'string' ? v.displayName : '',
    locale: typeof v.locale === 'string' && v.locale ? v.locale : 'en-US',
    status: typeof v.status === 'string' ? v.status : 'active',
    grants: [],
  };
}

/** Whether a rule of this set names the aggregate's followers (then the adapter loads them). */
export const needsFollowers = (rules: Rule[]) => rules.some((r) => r.recipients.some((s) => 'followers' in s));

/** The users an event makes followers of its aggregate. */
export function newFollowers(follows: Follow[], event: EventView): string[] {
  const ids = follows.filter((f) => f.event === event.eventType).flatMap((f) => stringsAt(event, f.userIdsFrom));
  return [...new Set(ids)].sort();
}
