import { assertNoFieldErrors, type FieldError } from '@portal/platform/src/errors';
import { isInternal, requireUserAdministration } from './access-policy';
import { toGrants, validateGrantRequests, sortGrants, type GrantRequest } from './roles';
import { accessSnapshot, EMAIL, isMemberOf, LOCALE, nextAccess, normalizeEmail, type UserState } from './user';
import type { AccountRef, Grantee, Decision, UserType } from './types';
import { accountErrors } from './errors';
import { PLATFORM_ERRORS } from '@portal/platform/src/domain';

export interface InviteUser {
  /** Identity-provider subject, when the account team already knows it; otherwise the service makes one. */
  userId: string;
  email: string;
  displayName?: string;
  locale?: string;
  userType?: UserType;
  grants: GrantRequest[];
}

/**
 * A site admin (or the account team) invites someone by e-mail with roles on the account. A person already known
 * (same e-mail) keeps their other accounts and gains this one; either way the whole access snapshot is published
 * one version up as UserInvited, so every projection applies it and notification sends the invitation.
 */
export function inviteUser(
  existing: UserState | null,
  cmd: InviteUser,
  ctx: { caller: Grantee; account: AccountRef; now: Date },
): Decision<UserState> {
  requireUserAdministration(ctx.caller, ctx.account);
  const userType = cmd.userType ?? existing?.userType ?? 'external';
  if (userType === 'internal' && !isInternal(ctx.caller)) {
    throw PLATFORM_ERRORS.INTERNAL_USERS_ONLY('internal users are invited by the account team');
  }
  const email = normalizeEmail(cmd.email);
  const errors: FieldError[] = [];
  if (!EMAIL.test(email)) errors.push({ path: 'email', code: 'FIELD_INVALID', message: 'not an e-mail address' });
  if (cmd.locale && !LOCALE.test(cmd.locale))
    errors.push({ path: 'locale', code: 'FIELD_INVALID', message: 'a locale like fr-FR' });
  if (cmd.grants.length === 0)
    errors.push({ path: 'grants', code: 'GRANTS_REQUIRED', message: 'invite with at least one role' });
  errors.push(...validateGrantRequests(cmd.grants, { account: ctx.account, userType }));
  assertNoFieldErrors(errors);

  const grants = toGrants(ctx.account.accountId, cmd.grants);
  if (existing) {
    if (existing.status === 'disabled') throw PLATFORM_ERRORS.USER_DISABLED('this user is disabled');
    if (existing.email !== email) throw accountErrors.EMAIL_MISMATCH('this user id belongs to another e-mail address');
    if (isMemberOf(existing, ctx.account.accountId)) {
      throw accountErrors.USER_ALREADY_MEMBER('this user already has roles on the account; change their roles instead');
    }
    const state = nextAccess(existing, { grants: sortGrants([...existing.grants, ...grants]) });
    return {
      state,
      events: [{ type: 'UserInvited', payload: { user: accessSnapshot(state), invitedBy: ctx.caller.userId } }],
    };
  }
  const state: UserState = {
    userId: cmd.userId,
    email,
    displayName: cmd.displayName?.trim() || email.split('@')[0]!,
    locale: cmd.locale ?? 'en-US',
    userType,
    homeAccountId: ctx.account.accountId,
    status: 'invited',
    grants,
    accessVersion: 1,
    jobTitle: null,
    phone: null,
    activeAccountId: null,
    invitedBy: ctx.caller.userId,
    invitedAt: ctx.now.toISOString(),
    activatedAt: null,
    disabledAt: null,
    disabledReason: null,
  };
  return {
    state,
    events: [{ type: 'UserInvited', payload: { user: accessSnapshot(state), invitedBy: ctx.caller.userId } }],
  };
}
