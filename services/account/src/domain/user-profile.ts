import { assertNoFieldErrors, type FieldError } from '@portal/platform/src/errors';
import { accessSnapshot, LOCALE, nextAccess, type UserState } from './user';
import type { Decision } from './types';
import { PLATFORM_ERRORS } from '@portal/platform/src/domain';

/**
 * Invited users accept the invitation on first sign-in: status `active`, published as a new access snapshot
 * (GrantsChanged, the event every projection applies for any change of a user's access snapshot).
 */
export function acceptInvitation(user: UserState, now: Date): Decision<UserState> {
  if (user.status === 'disabled') throw PLATFORM_ERRORS.USER_DISABLED('this user is disabled');
  if (user.status === 'active') return { state: user, events: [] };
  const state = nextAccess(user, { status: 'active', activatedAt: now.toISOString() });
  return { state, events: [{ type: 'GrantsChanged', payload: { user: accessSnapshot(state) } }] };
}

export interface ProfileChange {
  displayName?: string;
  locale?: string;
  jobTitle?: string | null;
  phone?: string | null;
}

/** A user edits their own profile. Name and locale are part of the access snapshot: changing them publishes it. */
export function changeProfile(user: UserState, change: ProfileChange): Decision<UserState> {
  const errors: FieldError[] = [];
  if (change.displayName !== undefined && !change.displayName.trim())
    errors.push({ path: 'displayName', code: 'FIELD_REQUIRED', message: 'a name to show' });
  if (change.locale !== undefined && !LOCALE.test(change.locale))
    errors.push({ path: 'locale', code: 'FIELD_INVALID', message: 'a locale like fr-FR' });
  if (change.phone && !/^\+?[0-9 ().-]{5,32}$/.test(change.phone))
    errors.push({ path: 'phone', code: 'FIELD_INVALID', message: 'not a phone number' });
  assertNoFieldErrors(errors);
  const next: UserState = {
    ...user,
    displayName: change.displayName?.trim() ?? user.displayName,
    locale: change.locale ?? user.locale,
    jobTitle: change.jobTitle === undefined ? user.jobTitle : change.jobTitle,
    phone: change.phone === undefined ? user.phone : change.phone,
  };
  const snapshotChanged = next.displayName !== user.displayName || next.locale !== user.locale;
  if (!snapshotChanged) return { state: next, events: [] };
  const state = { ...next, accessVersion: user.accessVersion + 1 };
  return { state, events: [{ type: 'GrantsChanged', payload: { user: accessSnapshot(state) } }] };
}
