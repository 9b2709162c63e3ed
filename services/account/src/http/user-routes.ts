import { defineRoute, pageQuery, pageSchema, z } from '@portal/platform';
import type { Deps } from '../app/deps';
import { disable, invite, setRoles, userOf, usersOf } from '../app/users';
import { accountIdParam, accountParams as params } from './params';
import { ChangeRolesBody, DisableUserBody, InviteUserBody, UserView } from './schemas';

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

/** Users of an account and their roles (site admins, partner-admins of partner accounts, the account team). */
export function userRoutes(deps: Deps) {
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
      handler: async (input) => ({ body: await usersOf(deps, input, input.query) }),
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
      handler: async (input) => ({ body: await userOf(deps, input, input.params.userId) }),
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
        const { account, user } = await invite(deps, input, input.body);
        return {
          status: 201,
          body: user,
          headers: { location: `/accounts/${account.accountId}/users/${user.userId}` },
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
      handler: async (input) => ({ body: await setRoles(deps, input, input.params.userId, input.body.grants) }),
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
      handler: async (input) => ({
        body: await disable(deps, input, input.params.userId, input.body.reason ?? null),
      }),
    }),
  ];
}
