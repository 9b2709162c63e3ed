import { defineRoute, notFound, pageQuery, page, pageSchema, z } from '@portal/platform';
import { requireUserAdministration } from '../domain/access-policy';
import { accountRef, type AccountState } from '../domain/account';
import { changeRoles } from '../domain/change-roles';
import { disableUser } from '../domain/disable-user';
import { inviteUser } from '../domain/invite-user';
import type { Decision } from '../domain/types';
import { holdsRole, normalizeEmail, type UserState } from '../domain/user';
import { accountFor, accountIdParam, callerOf, newId, type Deps } from './context';
import { ChangeRolesBody, DisableUserBody, InviteUserBody, UserView } from './schemas';
import { userView } from './views';

const params = z.object({ accountId: accountIdParam });
const userParams = z.object({
  accountId: accountIdParam,
  userId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.@-]{0,99}$/),
});
const USER_ERRORS = [
  'NOT_FOUND',
  'ROLE_REQUIRED',
  'USER_DISABLED',
  'LAST_SITE_ADMIN',
  'UNKNOWN_ROLE',
  'INTERNAL_ROLE_ONLY',
  'PARTNER_ROLE_ONLY',
  'SECTION_REQUIRED',
  'SECTION_NOT_ALLOWED',
  'UNKNOWN_SECTION',
  'CONFLICTING_SECTION_ROLES',
  'CONTRACT_NOT_ALLOWED',
  'DUPLICATE_GRANT',
  'VALIDATION_FAILED',
];

export function userRoutes(deps: Deps) {
  const now = () => deps.kit.clock.now();
  /** A user's decision stored with its events, which belong to the administered account. */
  const decideUser = async (
    account: AccountState,
    userId: string,
    decide: (current: UserState | null) => Decision<UserState>,
  ) => (await deps.stores.users.decide(userId, decide, { accountId: () => account.accountId })).state;

  /** The account, after checking the caller administers its users (site admin, partner-admin of a partner account, account team). */
  const administered = async (input: Parameters<typeof accountFor>[1]) => {
    const account = await accountFor(deps, input, 'account-team-or-view');
    requireUserAdministration(callerOf(input.principal), accountRef(account));
    return account;
  };
  const otherActiveSiteAdmins = async (account: AccountState, userId: string) =>
    (await deps.stores.usersOfAccount(account.accountId)).filter(
      (u) => u.userId !== userId && u.status !== 'disabled' && holdsRole(u, account.accountId, 'site-admin'),
    ).length;

  return [
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/users',
      summary: 'Users of the account with their roles (site admins)',
      tags: ['users'],
      params,
      query: pageQuery,
      responses: { 200: pageSchema(UserView) },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED'],
      auth: 'user',
      handler: async (input) => {
        const account = await administered(input);
        const users = (await deps.stores.usersOfAccount(account.accountId)).map(userView);
        return { body: page(users, { limit: input.query.limit, cursor: input.query.cursor, key: (u) => u.userId }) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/users/:userId',
      summary: 'One user of the account (site admins)',
      tags: ['users'],
      params: userParams,
      responses: { 200: UserView },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED'],
      auth: 'user',
      handler: async (input) => {
        const account = await administered(input);
        const user = (await deps.stores.users.get(input.params.userId))?.state;
        if (
          !user ||
          (user.homeAccountId !== account.accountId && !user.grants.some((g) => g.accountId === account.accountId))
        )
          throw notFound('user');
        return { body: userView(user) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/accounts/:accountId/users',
      summary: 'Invite a user by e-mail with roles on the account; publishes UserInvited (full access snapshot)',
      tags: ['users'],
      params,
      body: InviteUserBody,
      responses: { 201: UserView },
      errors: [
        ...USER_ERRORS,
        'GRANTS_REQUIRED',
        'USER_ALREADY_MEMBER',
        'EMAIL_MISMATCH',
        'INTERNAL_USERS_ONLY',
        'FIELD_INVALID',
      ],
      auth: 'user',
      handler: async (input) => {
        const account = await administered(input);
        const caller = callerOf(input.principal);
        const existing = await deps.stores.userByEmail(normalizeEmail(input.body.email));
        const userId =
          existing?.userId ?? (caller.userType === 'internal' && input.body.userId ? input.body.userId : newId('usr'));
        const state = await decideUser(account, userId, (current) =>
          inviteUser(current, { ...input.body, userId }, { caller, account: accountRef(account), now: now() }),
        );
        return {
          status: 201,
          body: userView(state),
          headers: { location: `/accounts/${account.accountId}/users/${userId}` },
        };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/accounts/:accountId/users/:userId/roles',
      summary:
        "Set the user's complete list of roles on the account (empty = remove from the account); publishes GrantsChanged",
      tags: ['users'],
      params: userParams,
      body: ChangeRolesBody,
      responses: { 200: UserView },
      errors: USER_ERRORS,
      auth: 'user',
      handler: async (input) => {
        const account = await administered(input);
        const others = await otherActiveSiteAdmins(account, input.params.userId);
        const state = await decideUser(account, input.params.userId, (current) =>
          changeRoles(current, input.body.grants, {
            caller: callerOf(input.principal),
            account: accountRef(account),
            otherActiveSiteAdmins: others,
            now: now(),
          }),
        );
        return { body: userView(state) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/accounts/:accountId/users/:userId/disable',
      summary: 'Disable a user: status disabled and every grant revoked at once; publishes UserDisabled',
      tags: ['users'],
      params: userParams,
      body: DisableUserBody,
      responses: { 200: UserView },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED', 'CANNOT_DISABLE_SELF', 'NOT_HOME_ACCOUNT', 'LAST_SITE_ADMIN'],
      auth: 'user',
      handler: async (input) => {
        const account = await administered(input);
        const others = await otherActiveSiteAdmins(account, input.params.userId);
        const state = await decideUser(account, input.params.userId, (current) =>
          disableUser(
            current,
            { reason: input.body.reason ?? null },
            {
              caller: callerOf(input.principal),
              account: accountRef(account),
              otherActiveSiteAdmins: others,
              now: now(),
            },
          ),
        );
        return { body: userView(state) };
      },
    }),
  ];
}
