import { defineRoute, notFound, z } from '@portal/platform';
import {
  accountHome,
  resolveActiveAccount,
  switchActiveAccount,
  ACCOUNT_CONTEXT_HEADER,
} from '../domain/account-context';
import { changeProfile, acceptInvitation } from '../domain/user-profile';
import { callerOf, visibleAccounts, type Deps } from './context';
import { ProfileBody, UserView } from './schemas';
import { userView } from './views';

const HomeView = z
  .object({
    user: z.object({
      userId: z.string(),
      email: z.string(),
      displayName: z.string(),
      locale: z.string(),
      userType: z.string(),
      status: z.string(),
    }),
    account: z.object({
      accountId: z.string(),
      name: z.string(),
      accountType: z.string(),
      accessGroup: z.string().nullable(),
      country: z.string().nullable(),
    }),
    roles: z.array(z.string()),
    accessVia: z.enum(['member', 'reseller']),
    features: z.array(z.string()),
    accountTypes: z.array(z.object({ accountType: z.string(), accountId: z.string(), active: z.boolean() })),
    premierPages: z.array(z.object({ accountId: z.string(), name: z.string(), active: z.boolean() })),
    accounts: z.array(z.object({ accountId: z.string(), name: z.string(), accountType: z.string() })),
  })
  .openapi('AccountHome');

export function meRoutes(deps: Deps) {
  const home = defineRoute({
    method: 'get',
    path: '/me',
    summary:
      'Account home: the active account (name, access group, your roles), the account types and Premier pages you can switch to',
    description: `The active account is the \`${ACCOUNT_CONTEXT_HEADER}\` header when sent, else your stored choice (PUT /me/active-account), else your home account.`,
    tags: ['account home'],
    responses: { 200: HomeView },
    errors: ['NOT_FOUND', 'USER_DISABLED'],
    auth: 'user',
    handler: async ({ principal, headers }) => {
      const visible = await visibleAccounts(deps, principal);
      const preference = await deps.stores.preferences.findOne({ _id: principal.userId });
      const header = headers[ACCOUNT_CONTEXT_HEADER];
      const active = resolveActiveAccount(callerOf(principal), visible, {
        header: typeof header === 'string' ? header : null,
        preferred: preference?.activeAccountId,
      });
      return {
        body: {
          user: {
            userId: principal.userId,
            email: principal.email,
            displayName: principal.displayName,
            locale: principal.locale,
            userType: principal.userType,
            status: principal.status,
          },
          ...accountHome(callerOf(principal), active, visible),
          accounts: visible.map((a) => ({ accountId: a.accountId, name: a.name, accountType: a.accountType })),
        },
      };
    },
  });

  const switchAccount = defineRoute({
    method: 'put',
    path: '/me/active-account',
    summary: 'Switch the active account context (stored per user; later calls without X-Account-Id use it)',
    tags: ['account home'],
    body: z.object({ accountId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,47}$/) }).strict(),
    responses: { 200: z.object({ activeAccountId: z.string() }) },
    errors: ['NOT_FOUND'],
    auth: 'user',
    handler: async ({ principal, body }) => {
      const target = switchActiveAccount(callerOf(principal), await visibleAccounts(deps, principal), body.accountId);
      await deps.stores.preferences.updateOne(
        { _id: principal.userId },
        { $set: { activeAccountId: target.accountId, updatedAt: deps.kit.clock.now() } },
        { upsert: true },
      );
      return { body: { activeAccountId: target.accountId } };
    },
  });

  const myUser = async (userId: string) => {
    const stored = await deps.stores.users.get(userId);
    if (!stored) throw notFound('user');
    return stored.state;
  };

  const profile = defineRoute({
    method: 'patch',
    path: '/me/profile',
    summary: 'Edit my profile (name, locale, job title, phone)',
    tags: ['profile'],
    body: ProfileBody,
    responses: { 200: UserView },
    errors: ['NOT_FOUND', 'FIELD_REQUIRED', 'FIELD_INVALID', 'VALIDATION_FAILED'],
    auth: 'user',
    handler: async ({ principal, body }) => {
      const user = await myUser(principal.userId);
      const state = (
        await deps.stores.users.decide(user.userId, (current) => changeProfile(current ?? user, body), {
          accountId: () => user.homeAccountId,
        })
      ).state;
      return { body: { ...userView(state), jobTitle: state.jobTitle, phone: state.phone } };
    },
  });

  const accept = defineRoute({
    method: 'post',
    path: '/me/accept-invitation',
    summary: 'Accept my invitation on first sign-in (status invited -> active)',
    tags: ['profile'],
    responses: { 200: UserView },
    errors: ['NOT_FOUND', 'USER_DISABLED'],
    auth: 'user',
    handler: async ({ principal }) => {
      const user = await myUser(principal.userId);
      const state = (
        await deps.stores.users.decide(
          user.userId,
          (current) => acceptInvitation(current ?? user, deps.kit.clock.now()),
          { accountId: () => user.homeAccountId },
        )
      ).state;
      return { body: userView(state) };
    },
  });

  return [home, switchAccount, profile, accept];
}
