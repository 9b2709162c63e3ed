import { emptyCompanyDetails, noSso, type AccountState } from './account';
import { featuresOfferedIn } from './feature-availability';
import { sortGrants } from './roles';
import type { AccountSnapshot, UserAccessSnapshot } from './types';
import { normalizeEmail, type UserState } from './user';

/**
 * This service is the source of account and access snapshots, but a snapshot may also reach account.events.v1 from
 * elsewhere (a seeder publishing demo data, a test kit, a restore). The service adopts any snapshot newer than what
 * it holds, so its own store never disagrees with the topic every projection reads; its own events come back with
 * the version it already has and change nothing.
 */
export function adoptAccountSnapshot(
  current: AccountState | null,
  accountId: string,
  snapshot: AccountSnapshot,
  now: Date,
): AccountState | null {
  if (current && current.snapshotVersion >= snapshot.version) return null;
  const at = now.toISOString();
  const base: AccountState = current ?? {
    accountId,
    name: snapshot.name,
    country: snapshot.country,
    region: snapshot.region,
    accountType: snapshot.accountType,
    features: [],
    featureOptOuts: [],
    resellerAccountIds: [],
    status: snapshot.status,
    snapshotVersion: 0,
    accessGroup: null,
    company: emptyCompanyDetails(),
    sso: noSso(),
    supportContacts: [],
    createdAt: at,
    updatedAt: at,
  };
  const offered = featuresOfferedIn(snapshot.country, snapshot.region);
  return {
    ...base,
    name: snapshot.name,
    country: snapshot.country,
    region: snapshot.region,
    accountType: snapshot.accountType,
    features: [...snapshot.features],
    featureOptOuts: offered.filter((f) => !snapshot.features.includes(f)),
    resellerAccountIds: [...snapshot.resellerAccountIds].sort(),
    status: snapshot.status,
    snapshotVersion: snapshot.version,
    updatedAt: at,
  };
}

export function adoptUserSnapshot(
  current: UserState | null,
  snapshot: UserAccessSnapshot,
  now: Date,
): UserState | null {
  if (current && current.accessVersion >= snapshot.version) return null;
  const at = now.toISOString();
  const base: UserState = current ?? {
    userId: snapshot.userId,
    email: normalizeEmail(snapshot.email),
    displayName: snapshot.displayName,
    locale: snapshot.locale,
    userType: snapshot.userType,
    homeAccountId: snapshot.homeAccountId,
    status: snapshot.status,
    grants: [],
    accessVersion: 0,
    jobTitle: null,
    phone: null,
    activeAccountId: null,
    invitedBy: null,
    invitedAt: at,
    activatedAt: null,
    disabledAt: null,
    disabledReason: null,
  };
  return {
    ...base,
    email: normalizeEmail(snapshot.email),
    displayName: snapshot.displayName,
    locale: snapshot.locale,
    userType: snapshot.userType,
    homeAccountId: snapshot.homeAccountId,
    status: snapshot.status,
    grants: sortGrants(snapshot.grants.map((g) => ({ ...g }))),
    accessVersion: snapshot.version,
    activatedAt: base.activatedAt ?? (snapshot.status === 'active' ? at : null),
    disabledAt: snapshot.status === 'disabled' ? (base.disabledAt ?? at) : null,
  };
}
