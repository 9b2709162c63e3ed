import { defineRoute, page, pageQuery, pageSchema, z } from '@portal/platform';
import type { AccountState } from '../domain/account';
import { changeAccountSettings, changeCompanyDetails, configureSso } from '../domain/change-account';
import { createAccount } from '../domain/create-account';
import { setSupportContacts } from '../domain/support';
import { accountFor, accountIdParam, callerOf, visibleAccounts, type Deps } from './context';
import {
  AccountSettingsBody,
  AccountView,
  CompanyDetailsBody,
  CreateAccountBody,
  SsoBody,
  SupportContactsBody,
} from './schemas';
import { accountView } from './views';

const params = z.object({ accountId: accountIdParam });

export function accountRoutes(deps: Deps) {
  const now = () => deps.kit.clock.now();
  const resellersOf = (ids: string[] | undefined) => deps.stores.accountsByIds(ids ?? []);
  const store = (account: AccountState, decide: (a: AccountState) => ReturnType<typeof configureSso>) =>
    deps.stores.accounts
      .decide(account.accountId, (current) => decide(current ?? account), { accountId: () => account.accountId })
      .then((r) => r.state);

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
        const resellers = await resellersOf(body.resellerAccountIds);
        const state = (
          await deps.stores.accounts.decide(
            body.accountId,
            (current) => createAccount(current, body, { caller: callerOf(principal), resellers, now: now() }),
            { accountId: () => body.accountId },
          )
        ).state;
        return { status: 201, body: accountView(state), headers: { location: `/accounts/${state.accountId}` } };
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
      handler: async (input) => ({ body: accountView(await accountFor(deps, input, 'account-team-or-view')) }),
    }),
    defineRoute({
      method: 'get',
      path: '/accounts',
      summary: 'Accounts you can work in (the account team sees every account)',
      tags: ['accounts'],
      query: pageQuery,
      responses: { 200: pageSchema(AccountView) },
      auth: 'user',
      handler: async ({ principal, query }) => {
        const accounts =
          principal.userType === 'internal'
            ? await deps.stores.allAccounts()
            : await deps.stores.accountsByIds((await visibleAccounts(deps, principal)).map((a) => a.accountId));
        return {
          body: page(accounts.map(accountView), { limit: query.limit, cursor: query.cursor, key: (a) => a.accountId }),
        };
      },
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
      handler: async (input) => {
        const account = await accountFor(deps, input, 'view-account');
        const state = await store(account, (a) =>
          changeCompanyDetails(a, input.body, { caller: callerOf(input.principal), now: now() }),
        );
        return { body: accountView(state) };
      },
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
      handler: async (input) => {
        const account = await accountFor(deps, input, 'account-team-or-view');
        const resellers = await resellersOf(input.body.resellerAccountIds);
        const state = await store(account, (a) =>
          changeAccountSettings(a, input.body, { caller: callerOf(input.principal), resellers, now: now() }),
        );
        return { body: accountView(state) };
      },
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
      handler: async (input) => {
        const account = await accountFor(deps, input, 'account-team-or-view');
        const state = await store(account, (a) =>
          configureSso(a, input.body, { caller: callerOf(input.principal), now: now() }),
        );
        return { body: accountView(state) };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/accounts/:accountId/support/contacts',
      summary: 'Publish the account team contacts (account team only)',
      tags: ['support'],
      params,
      body: SupportContactsBody,
      responses: {
        200: z.object({
          contacts: z.array(
            z.object({ name: z.string(), role: z.string(), email: z.string(), phone: z.string().nullable() }),
          ),
        }),
      },
      errors: ['NOT_FOUND', 'INTERNAL_USERS_ONLY', 'FIELD_INVALID'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'account-team-or-view');
        const contacts = input.body.contacts.map((c) => ({ ...c, phone: c.phone ?? null }));
        const state = await store(account, (a) =>
          setSupportContacts(a, contacts, { caller: callerOf(input.principal), now: now() }),
        );
        return { body: { contacts: state.supportContacts } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/support/contacts',
      summary: 'Contacts of your account team',
      tags: ['support'],
      params,
      responses: {
        200: z.object({
          contacts: z.array(
            z.object({ name: z.string(), role: z.string(), email: z.string(), phone: z.string().nullable() }),
          ),
        }),
      },
      errors: ['NOT_FOUND'],
      auth: 'user',
      handler: async (input) => ({
        body: { contacts: (await accountFor(deps, input, 'view-account')).supportContacts },
      }),
    }),
  ];
}
