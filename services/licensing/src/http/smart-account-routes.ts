import { defineRoute, pageQuery, pageSchema, z, type RouteDefinition } from '@portal/platform';
import type { Licensing } from '../app/licensing';
import {
  activateSmartAccount,
  addVirtualAccount,
  createSmartAccount,
  searchSmartAccounts,
  virtualAccountEntitlements,
  visibleSmartAccount,
} from '../app/smart-accounts';
import { accountId, email, id, location, saParams, tags } from './params';
import { EntitlementsView, SmartAccountView, toEntitlementsView, toSmartAccountView } from './views';

export function smartAccountRoutes(l: Licensing): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/smart-accounts',
      tags: tags.sa,
      auth: 'user',
      summary: 'Search the Smart Accounts you can see by domain identifier, account name or user e-mail',
      query: pageQuery
        .extend({ by: z.enum(['domain-identifier', 'account-name', 'email']), q: z.string().min(1).max(254) })
        .strict(),
      responses: { 200: pageSchema(SmartAccountView) },
      handler: async ({ query, principal }) => {
        const found = await searchSmartAccounts(l, principal, query);
        return { body: { items: found.items.map(toSmartAccountView), nextCursor: found.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/smart-accounts/:smartAccountId',
      tags: tags.sa,
      auth: 'user',
      summary: 'One Smart Account',
      params: saParams,
      responses: { 200: SmartAccountView },
      errors: ['NOT_FOUND'],
      handler: async ({ params, principal }) => ({
        body: toSmartAccountView(await visibleSmartAccount(l, principal, params.smartAccountId)),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/smart-accounts',
      tags: tags.sa,
      auth: 'user',
      summary: 'Create a Smart Account or a partner holding account (internal users)',
      body: z
        .object({
          domainIdentifier: z.string().min(1).max(253),
          name: z.string().min(1).max(120),
          kind: z.enum(['customer', 'partner-holding']).default('customer'),
          ownerAccountId: accountId,
          status: z.enum(['active', 'pending']).default('pending'),
          virtualAccounts: z
            .array(z.object({ name: z.string().min(1).max(80) }).strict())
            .max(50)
            .default([{ name: 'DEFAULT' }]),
          userEmails: z.array(email).max(200).default([]),
        })
        .strict(),
      responses: { 201: SmartAccountView },
      errors: [
        'ROLE_REQUIRED',
        'DOMAIN_IDENTIFIER_INVALID',
        'VIRTUAL_ACCOUNT_NAME_TAKEN',
        'FIELD_REQUIRED',
        'FIELD_INVALID',
      ],
      handler: async ({ body, principal }) => {
        const sa = await createSmartAccount(l, principal, body);
        return { status: 201, body: toSmartAccountView(sa), headers: location(`/smart-accounts/${sa.smartAccountId}`) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/smart-accounts/:smartAccountId/activation',
      tags: tags.sa,
      auth: 'user',
      summary: 'Activate a pending Smart Account (internal users); waiting deposits into it then happen',
      params: saParams,
      responses: { 200: SmartAccountView },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED', 'SMART_ACCOUNT_ALREADY_ACTIVE'],
      handler: async ({ params, principal }) => ({
        body: toSmartAccountView(await activateSmartAccount(l, principal, params.smartAccountId)),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/smart-accounts/:smartAccountId/virtual-accounts',
      tags: tags.sa,
      auth: 'user',
      summary: 'Add a virtual account (internal users)',
      params: saParams,
      body: z.object({ name: z.string().min(1).max(80) }).strict(),
      responses: { 201: SmartAccountView },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED', 'VIRTUAL_ACCOUNT_NAME_TAKEN'],
      handler: async ({ params, body, principal }) => ({
        status: 201,
        body: toSmartAccountView(await addVirtualAccount(l, principal, params.smartAccountId, body.name)),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/smart-accounts/:smartAccountId/virtual-accounts/:virtualAccountId/entitlements',
      tags: tags.sa,
      auth: 'user',
      summary: 'Entitlements of a virtual account, per SKU (nothing is usable from a partner holding account)',
      params: z.object({ smartAccountId: id, virtualAccountId: id }),
      responses: { 200: EntitlementsView },
      errors: ['NOT_FOUND'],
      handler: async ({ params, principal }) => {
        const { smartAccountId, virtualAccountId } = params;
        const found = await virtualAccountEntitlements(l, principal, smartAccountId, virtualAccountId);
        return { body: toEntitlementsView(found.smartAccount, virtualAccountId, found.entitlements) };
      },
    }),
  ];
}
