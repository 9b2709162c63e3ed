import { defineRoute, z } from '@portal/platform';
import type { Deps } from '../app/deps';
import { acceptMyInvitation, changeMyProfile, homeOf, switchAccount } from '../app/me';
import { ACCOUNT_CONTEXT_HEADER } from '../domain/account-context';
import { ProfileBody, UserView } from './schemas';

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
  return [
    defineRoute({
      method: 'get',
      path: '/me',
      summary:
        'Account home: the active account (name, access group, your roles), the account types and Premier pages you can switch to',
      description: `The active account is the \`${ACCOUNT_CONTEXT_HEADER}\` header when sent, else your stored choice (PUT /me/active-account), else your home account.`,
      tags: ['account home'],
      responses: { 200: HomeView },
      errors: ['NOT_FOUND', 'USER_DISABLED'],
      auth: 'user',
      handler: async ({ principal, headers }) => ({ body: await homeOf(deps, principal, headers) }),
    }),
    defineRoute({
      method: 'put',
      path: '/me/active-account',
      summary: 'Switch the active account context (stored per user; later calls without X-Account-Id use it)',
      tags: ['account home'],
      body: z.object({ accountId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,47}$/) }).strict(),
      responses: { 200: z.object({ activeAccountId: z.string() }) },
      errors: ['NOT_FOUND'],
      auth: 'user',
      handler: async ({ principal, body }) => ({ body: await switchAccount(deps, principal, body.accountId) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/me/profile',
      summary: 'Edit my profile (name, locale, job title, phone)',
      tags: ['profile'],
      body: ProfileBody,
      responses: { 200: UserView },
      errors: ['NOT_FOUND', 'FIELD_REQUIRED', 'FIELD_INVALID', 'VALIDATION_FAILED'],
      auth: 'user',
      handler: async ({ principal, body }) => ({ body: await changeMyProfile(deps, principal, body) }),
    }),
    defineRoute({
      method: 'post',
      path: '/me/accept-invitation',
      summary: 'Accept my invitation on first sign-in (status invited -> active)',
      tags: ['profile'],
      responses: { 200: UserView },
      errors: ['NOT_FOUND', 'USER_DISABLED'],
      auth: 'user',
      handler: async ({ principal }) => ({ body: await acceptMyInvitation(deps, principal) }),
    }),
  ];
}
