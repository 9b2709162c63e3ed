import { defineRoute, notFound, page, pageQuery, pageSchema, z, type RouteDefinition } from '@portal/platform';
import type { LicensingApp } from '../licensing-app';
import { licenseTypes } from '../domain/vendor-policy';
import {
  EntitlementsView,
  MembershipView,
  OrderLicensingView,
  RenewalOverviewView,
  SmartAccountView,
  toEntitlementsView,
  toMembershipView,
  toOrderView,
  toRenewalOverviewView,
  toSmartAccountView,
} from './views';
import { renewalOverview } from '../domain/renewal-window';

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/);
const orderRef = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/)
  .openapi({ description: 'Sales order number or web order number' });
const accountId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const sku = z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,39}$/);
const email = z.string().email().max(254);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .openapi({ example: '2026-12-31' });
const products = z.array(z.object({ sku, quantity: z.number().int().min(1).max(1_000_000) }).strict()).max(50);
const tags = { sa: ['Smart Accounts'], orders: ['Order assignment'], vip: ['VIP memberships'] };
const saParams = z.object({ smartAccountId: id });
const mParams = z.object({ membershipId: id });
const paParams = z.object({ membershipId: id, purchaseAuthorizationId: id });
const location = (path: string) => ({ location: path });

export function licensingRoutes(app: LicensingApp): RouteDefinition[] {
  return [
    // ---- Smart Accounts --------------------------------------------------------------------------------------
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
        const found = await app.searchSmartAccounts(principal, query.by, query.q);
        const p = page(found, { limit: query.limit, cursor: query.cursor, key: (sa) => sa.smartAccountId });
        return { body: { items: p.items.map(toSmartAccountView), nextCursor: p.nextCursor } };
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
        body: toSmartAccountView(await app.visibleSmartAccount(principal, params.smartAccountId)),
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
        const sa = await app.createSmartAccount(principal, body);
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
        body: toSmartAccountView(await app.activateSmartAccount(principal, params.smartAccountId)),
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
        body: toSmartAccountView(await app.addVirtualAccount(principal, params.smartAccountId, body.name)),
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
        const sa = await app.visibleSmartAccount(principal, params.smartAccountId);
        if (!sa.virtualAccounts.some((va) => va.virtualAccountId === params.virtualAccountId))
          throw notFound('Virtual account');
        return {
          body: toEntitlementsView(
            sa,
            params.virtualAccountId,
            await app.store.entitlementsOf(params.virtualAccountId),
          ),
        };
      },
    }),

    // ---- Orders ----------------------------------------------------------------------------------------------
    defineRoute({
      method: 'get',
      path: '/orders/:orderRef',
      tags: tags.orders,
      auth: 'user',
      summary:
        'A sales order (by sales order or web order number) with its Smart Account assignment, why it waits, and its deposits',
      params: z.object({ orderRef }),
      responses: { 200: OrderLicensingView },
      errors: ['NOT_FOUND'],
      handler: async ({ params, principal }) => ({
        body: toOrderView(await app.visibleOrder(principal, params.orderRef)),
      }),
    }),
    defineRoute({
      method: 'put',
      path: '/orders/:orderRef/smart-account-assignment',
      tags: tags.orders,
      auth: 'user',
      summary: 'Assign (or re-assign) the order to a Smart Account and virtual account, accepting the terms',
      description:
        'External users with access to the order (its account or the partner of record). Licences are deposited automatically once the order is shipped and confirmed, not on export hold, and the Smart Account active.',
      params: z.object({ orderRef }),
      body: z.object({ smartAccountId: id, virtualAccountId: id, termsAccepted: z.boolean() }).strict(),
      responses: { 200: OrderLicensingView },
      errors: [
        'NOT_FOUND',
        'INTERNAL_USERS_MUST_OPEN_CASE',
        'TERMS_NOT_ACCEPTED',
        'VIRTUAL_ACCOUNT_NOT_IN_SMART_ACCOUNT',
        'SMART_ACCOUNT_NOT_ELIGIBLE',
        'SALES_ORDER_NOT_ACTIVE',
        'LICENCES_ALREADY_DEPOSITED',
      ],
      handler: async ({ params, body, principal }) => ({
        body: toOrderView(await app.assignOrder(principal, params.orderRef, body)),
      }),
    }),

    // ---- VIP memberships -------------------------------------------------------------------------------------
    defineRoute({
      method: 'post',
      path: '/vip-memberships',
      tags: tags.vip,
      auth: 'user',
      summary: 'A partner invites a customer to a VIP program: the VIP ID is given at once',
      body: z
        .object({
          customerAccountId: accountId,
          partnerAccountId: accountId,
          program: z.string().regex(/^[a-z0-9-]{1,40}$/),
          anniversaryDate: isoDate.optional(),
        })
        .strict(),
      responses: { 201: MembershipView },
      errors: [
        'ROLE_REQUIRED',
        'NOT_RESELLER_OF_RECORD',
        'PROGRAM_UNKNOWN',
        'ANNIVERSARY_IN_PAST',
        'FIELD_INVALID',
        'MEMBERSHIP_ALREADY_EXISTS',
      ],
      handler: async ({ body, principal }) => {
        const m = await app.inviteCustomer(principal, body);
        return { status: 201, body: toMembershipView(m), headers: location(`/vip-memberships/${m.membershipId}`) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/vip-memberships',
      tags: tags.vip,
      auth: 'user',
      summary:
        'VIP memberships of the accounts you have a grant on (as customer or partner), filterable by account and status',
      query: pageQuery
        .extend({ accountId: accountId.optional(), status: z.enum(['active', 'late', 'expired']).optional() })
        .strict(),
      responses: { 200: pageSchema(MembershipView) },
      handler: async ({ query, principal }) => {
        const all = await app.listMemberships(principal);
        const filtered = all.filter(
          (m) =>
            (!query.accountId || m.customerAccountId === query.accountId || m.partnerAccountId === query.accountId) &&
            (!query.status || m.status === query.status),
        );
        const p = page(filtered, { limit: query.limit, cursor: query.cursor, key: (m) => m.membershipId });
        return { body: { items: p.items.map(toMembershipView), nextCursor: p.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/vip-memberships/:membershipId',
      tags: tags.vip,
      auth: 'user',
      summary: 'One VIP membership with its purchase and return authorizations and renewal history',
      params: mParams,
      responses: { 200: MembershipView },
      errors: ['NOT_FOUND'],
      handler: async ({ params, principal }) => ({
        body: toMembershipView(await app.visibleMembership(principal, params.membershipId)),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/vip-memberships/:membershipId/purchase-authorizations',
      tags: tags.vip,
      auth: 'user',
      summary: 'Create a purchase authorization (partner): an order must reference it within the program’s deadline',
      params: mParams,
      body: z
        .object({
          licenseType: z.enum(licenseTypes),
          products,
          customerPoNumber: z.string().min(1).max(64).optional(),
          deploymentDate: isoDate,
        })
        .strict(),
      responses: { 201: MembershipView },
      errors: [
        'NOT_FOUND',
        'ROLE_REQUIRED',
        'MEMBERSHIP_EXPIRED',
        'EDUCATION_DEVICE_NOT_SUPPORTED',
        'PRODUCTS_REQUIRED',
        'PRODUCT_UNKNOWN',
        'PRODUCT_NOT_FOR_LICENSE_TYPE',
        'DUPLICATE_PRODUCT',
        'DEPLOYMENT_DATE_IN_PAST',
      ],
      handler: async ({ params, body, principal }) => {
        const { membership, purchaseAuthorizationId } = await app.createPurchaseAuthorization(
          principal,
          params.membershipId,
          body,
        );
        return {
          status: 201,
          body: toMembershipView(membership),
          headers: location(
            `/vip-memberships/${params.membershipId}/purchase-authorizations/${purchaseAuthorizationId}`,
          ),
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/vip-memberships/:membershipId/purchase-authorizations/:purchaseAuthorizationId/cancellation',
      tags: tags.vip,
      auth: 'user',
      summary: 'Cancel a pending purchase authorization (its products are removed)',
      params: paParams,
      responses: { 200: MembershipView },
      errors: [
        'NOT_FOUND',
        'ROLE_REQUIRED',
        'ORDER_ALREADY_PLACED',
        'LICENSES_ASSIGNED',
        'PURCHASE_AUTHORIZATION_NOT_PENDING',
      ],
      handler: async ({ params, principal }) => ({
        body: toMembershipView(
          await app.cancelPurchaseAuthorization(principal, params.membershipId, params.purchaseAuthorizationId),
        ),
      }),
    }),
    defineRoute({
      method: 'put',
      path: '/vip-memberships/:membershipId/purchase-authorizations/:purchaseAuthorizationId/order-duration',
      tags: tags.vip,
      auth: 'user',
      summary:
        'The partner states the duration the order placed for this PA covers (seed 003); the renewal overview uses it',
      params: paParams,
      body: z.object({ months: z.number().int().max(1200).openapi({ description: '1..36 whole months' }) }).strict(),
      responses: { 200: MembershipView },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED', 'PURCHASE_AUTHORIZATION_NOT_FULFILLED', 'DURATION_OUT_OF_RANGE'],
      handler: async ({ params, body, principal }) => ({
        body: toMembershipView(
          await app.stateOrderDuration(principal, params.membershipId, params.purchaseAuthorizationId, body.months),
        ),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/vip-memberships/:membershipId/purchase-authorizations/:purchaseAuthorizationId/licence-assignments',
      tags: tags.vip,
      auth: 'user',
      summary: 'Give licences of a purchase authorization to users (customer vip-admin/site-admin or partner)',
      params: paParams,
      body: z.object({ sku, userEmails: z.array(email).min(1).max(500) }).strict(),
      responses: { 200: MembershipView },
      errors: [
        'NOT_FOUND',
        'ROLE_REQUIRED',
        'PRODUCT_NOT_ON_PURCHASE_AUTHORIZATION',
        'LICENCE_QUANTITY_EXCEEDED',
        'PURCHASE_AUTHORIZATION_NOT_PENDING',
      ],
      handler: async ({ params, body, principal }) => ({
        body: toMembershipView(
          await app.assignLicences(principal, params.membershipId, params.purchaseAuthorizationId, body),
        ),
      }),
    }),
    defineRoute({
      method: 'delete',
      path: '/vip-memberships/:membershipId/purchase-authorizations/:purchaseAuthorizationId/licence-assignments/:sku/:userEmail',
      tags: tags.vip,
      auth: 'user',
      summary: 'Take a licence back from a user',
      params: paParams.extend({ sku, userEmail: email }),
      responses: { 200: MembershipView },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED'],
      handler: async ({ params, principal }) => ({
        body: toMembershipView(
          await app.unassignLicence(principal, params.membershipId, params.purchaseAuthorizationId, params),
        ),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/vip-memberships/:membershipId/purchase-authorizations/:purchaseAuthorizationId/return-authorizations',
      tags: tags.vip,
      auth: 'user',
      summary: 'Request a return authorization for an ordered purchase authorization (partner)',
      params: paParams,
      body: z.object({ products, reason: z.string().min(1).max(500).optional() }).strict(),
      responses: { 201: MembershipView },
      errors: [
        'NOT_FOUND',
        'ROLE_REQUIRED',
        'ORDER_NOT_PLACED',
        'PURCHASE_AUTHORIZATION_NOT_FULFILLED',
        'RETURN_WINDOW_CLOSED',
        'RETURN_QUANTITY_EXCEEDED',
        'PRODUCT_NOT_ON_PURCHASE_AUTHORIZATION',
        'PRODUCTS_REQUIRED',
      ],
      handler: async ({ params, body, principal }) => {
        const { membership, returnAuthorizationId } = await app.requestReturn(
          principal,
          params.membershipId,
          params.purchaseAuthorizationId,
          body,
        );
        return {
          status: 201,
          body: toMembershipView(membership),
          headers: location(`/vip-memberships/${params.membershipId}#${returnAuthorizationId}`),
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/vip-memberships/:membershipId/renewal-overview',
      tags: tags.vip,
      auth: 'user',
      summary:
        'Renewable licences with suggested SKUs (listed from 60 days before the renewal window or 90 before the anniversary, per policy)',
      params: mParams,
      responses: { 200: RenewalOverviewView },
      errors: ['NOT_FOUND'],
      handler: async ({ params, principal }) => {
        const m = await app.visibleMembership(principal, params.membershipId);
        return { body: toRenewalOverviewView(renewalOverview(m, app.policyOf(m), app.now())) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/vip-memberships/:membershipId/renewals',
      tags: tags.vip,
      auth: 'user',
      summary: 'Process a renewal (partner): moves the anniversary a year on and re-plans every notice and job',
      params: mParams,
      body: z
        .object({
          products,
          orderNumber: z
            .string()
            .regex(/^[A-Za-z0-9-]{1,32}$/)
            .optional(),
        })
        .strict(),
      responses: { 201: MembershipView },
      errors: [
        'NOT_FOUND',
        'ROLE_REQUIRED',
        'MEMBERSHIP_EXPIRED',
        'RENEWAL_NOT_OPEN',
        'PRODUCTS_REQUIRED',
        'PRODUCT_UNKNOWN',
      ],
      handler: async ({ params, body, principal }) => {
        const { membership } = await app.renew(principal, params.membershipId, body);
        return {
          status: 201,
          body: toMembershipView(membership),
          headers: location(`/vip-memberships/${params.membershipId}`),
        };
      },
    }),
  ];
}
