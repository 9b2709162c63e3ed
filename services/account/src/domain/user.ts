import type { Grant, UserAccessSnapshot, UserType } from './types';

export type UserStatus = UserAccessSnapshot['status'];

/** The user aggregate (key userId): the published access snapshot's fields plus profile and preferences. */
export interface UserState {
  userId: string;
  email: string;
  displayName: string;
  locale: string;
  userType: UserType;
  homeAccountId: string;
  status: UserStatus;
  grants: Grant[];
  /** Version of the last published UserAccessSnapshot; +1 on every change of it. */
  accessVersion: number;
  jobTitle: string | null;
  phone: string | null;
  /** Stored preference: the account context used when a call names none (see account-context.ts). */
  activeAccountId: string | null;
  invitedBy: string | null;
  invitedAt: string;
  activatedAt: string | null;
  disabledAt: string | null;
  disabledReason: string | null;
}

export function accessSnapshot(user: UserState): UserAccessSnapshot {
  return {
    version: user.accessVersion,
    userId: user.userId,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    userType: user.userType,
    homeAccountId: user.homeAccountId,
    status: user.status,
    grants: user.grants.map((g) => ({ ...g })),
  };
}

/** A new version of the user's access: the snapshot is published whole, one version up. */
export const nextAccess = (user: UserState, change: Partial<UserState>): UserState => ({
  ...user,
  ...change,
  accessVersion: user.accessVersion + 1,
});

export const isMemberOf = (user: Pick<UserState, 'grants'>, accountId: string) =>
  user.grants.some((g) => g.accountId === accountId);

export const holdsRole = (user: Pick<UserState, 'grants'>, accountId: string, role: string) =>
  user.grants.some((g) => g.accountId === accountId && g.role === role);

export const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,63}$/;
export const LOCALE = /^[a-z]{2,3}-[A-Z]{2}$/;
export const normalizeEmail = (email: string) => email.trim().toLowerCase();
