import { defineRoute, pageQuery, pageSchema, z } from '@portal/platform';
import {
  accountOf,
  accountsVisibleTo,
  changeCompany,
  changeSettings,
  changeSso,
  openAccount,
  publishSupportContacts,
  supportContactsOf,
} from '../app/accounts';
import type { Deps } from '../app/deps';
import { accountParams as params } from './params';
import {
  AccountSettingsBody,
  AccountView,
  CompanyDetailsBody,
  CreateAccountBody,
  SsoBody,
  SupportContactsBody,
} from './schemas';

const ContactsView = z.object({
  contacts: z.array(z.object({ name: z.string(), role: z.string(), email: z.string(), phone: z.string().nullable() })),
});

export function accountRoutes(deps: Deps) {
  return [
    defineRoute({
      method: 'post',
      path: '/accounts',
      summary: 'Open an account (account team only); publishes AccountCreated',
      tags: ['accounts'],
      body: CreateAccountBody,
      responses: { 201: AccountView },
      errors: [
        'INTERNAL_USERS_ONLY',
        'ALREADY_EXISTS',
        'FIELD_INVALID',
        'FIELD_REQUIRED',
        'RESELLER_NOT_FOUND',
        'RESELLER_NOT_PARTNER',
        'FEATURE_NOT_AVAILABLE',
        'UNKNOWN_FEATURE',
        'VALIDATION_FAILED',
      ],
      auth: 'user',
      handler: async ({ principal, body }) => {
        const account = await openAccount(deps, principal, body);
        return { status: 201, body: account, headers: { location: `/accounts/${account.accountId}` } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId',
      summary: 'Company details, features and settings of an account',
      tags: ['accounts'],
      params,
      responses: { 200: AccountView },
      errors: ['NOT_FOUND'],
      auth: 'user',
      handler: async (input) => ({ body: await accountOf(deps, input) }),
    }),
    defineRoute({
      method: 'get',
      path: '/accounts',
      summary: 'Accounts you can work in (the account team sees every account)',
      tags: ['accounts'],
      query: pageQuery,
      responses: { 200: pageSchema(AccountView) },
      auth: 'user',
      handler: async ({ principal, query }) => ({ body: await accountsVisibleTo(deps, principal, query) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/accounts/:accountId/company',
      summary: 'Edit company details (site admins)',
      tags: ['accounts'],
      params,
      body: CompanyDetailsBody,
      responses: { 200: AccountView },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED', 'FIELD_INVALID', 'VALIDATION_FAILED'],
      auth: 'user',
      handler: async (input) => ({ body: await changeCompany(deps, input, input.body) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/accounts/:accountId/settings',
      summary: 'Change name, country/region, type, features, resellers, access group or status (account team only)',
      tags: ['accounts'],
      params,
      body: AccountSettingsBody,
      responses: { 200: AccountView },
      errors: [
        'NOT_FOUND',
        'INTERNAL_USERS_ONLY',
        'FEATURE_NOT_AVAILABLE',
        'UNKNOWN_FEATURE',
        'RESELLER_NOT_FOUND',
        'RESELLER_NOT_PARTNER',
        'FIELD_INVALID',
        'VALIDATION_FAILED',
      ],
      auth: 'user',
      handler: async (input) => ({ body: await changeSettings(deps, input, input.body) }),
    }),
    defineRoute({
      method: 'put',
      path: '/accounts/:accountId/sso',
      summary: 'Switch single sign-on on/off with the IdP metadata (account team only)',
      tags: ['accounts'],
      params,
      body: SsoBody,
      responses: { 200: AccountView },
      errors: ['NOT_FOUND', 'INTERNAL_USERS_ONLY', 'IDP_METADATA_REQUIRED', 'FIELD_INVALID'],
      auth: 'user',
      handler: async (input) => ({ body: await changeSso(deps, input, input.body) }),
    }),
    defineRoute({
      method: 'put',
      path: '/accounts/:accountId/support/contacts',
      summary: 'Publish the account team contacts (account team only)',
      tags: ['support'],
      params,
      body: SupportContactsBody,
      responses: { 200: ContactsView },
      errors: ['NOT_FOUND', 'INTERNAL_USERS_ONLY', 'FIELD_INVALID'],
      auth: 'user',
      handler: async (input) => ({ body: await publishSupportContacts(deps, input, input.body.contacts) }),
    }),
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/support/contacts',
      summary: 'Contacts of your account team',
      tags: ['support'],
      params,
      responses: { 200: ContactsView },
      errors: ['NOT_FOUND'],
      auth: 'user',
      handler: async (input) => ({ body: await supportContactsOf(deps, input) }),
    }),
  ];
}
