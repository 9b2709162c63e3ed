import { defineRoute, z, type RouteDefinition } from '@portal/platform';
import type { Licensing } from '../app/licensing';
import {
  assignLicences,
  cancelPurchaseAuthorization,
  createPurchaseAuthorization,
  requestReturn,
  stateOrderDuration,
  unassignLicence,
} from '../app/purchase-authorizations';
import { licenseTypes } from '../domain/vendor-policy';
import { email, isoDate, location, mParams, paParams, products, sku, tags } from './params';
import { MembershipView, toMembershipView } from './views';

const pa = '/vip-memberships/:membershipId/purchase-authorizations/:purchaseAuthorizationId';

/** Purchase authorizations of a VIP membership, their licence assignments and return authorizations. */
export function purchaseAuthorizationRoutes(l: Licensing): RouteDefinition[] {
  return [
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
        const created = await createPurchaseAuthorization(l, principal, params.membershipId, body);
        const path = `/vip-memberships/${params.membershipId}/purchase-authorizations/${created.purchaseAuthorizationId}`;
        return { status: 201, body: toMembershipView(created.membership), headers: location(path) };
      },
    }),
    defineRoute({
      method: 'post',
      path: `${pa}/cancellation`,
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
          await cancelPurchaseAuthorization(l, principal, params.membershipId, params.purchaseAuthorizationId),
        ),
      }),
    }),
    defineRoute({
      method: 'put',
      path: `${pa}/order-duration`,
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
          await stateOrderDuration(l, principal, params.membershipId, params.purchaseAuthorizationId, body.months),
        ),
      }),
    }),
    defineRoute({
      method: 'post',
      path: `${pa}/licence-assignments`,
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
          await assignLicences(l, principal, params.membershipId, params.purchaseAuthorizationId, body),
        ),
      }),
    }),
    defineRoute({
      method: 'delete',
      path: `${pa}/licence-assignments/:sku/:userEmail`,
      tags: tags.vip,
      auth: 'user',
      summary: 'Take a licence back from a user',
      params: paParams.extend({ sku, userEmail: email }),
      responses: { 200: MembershipView },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED'],
      handler: async ({ params, principal }) => ({
        body: toMembershipView(
          await unassignLicence(l, principal, params.membershipId, params.purchaseAuthorizationId, params),
        ),
      }),
    }),
    defineRoute({
      method: 'post',
      path: `${pa}/return-authorizations`,
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
        const { membershipId, purchaseAuthorizationId } = params;
        const r = await requestReturn(l, principal, membershipId, purchaseAuthorizationId, body);
        const path = `/vip-memberships/${membershipId}#${r.returnAuthorizationId}`;
        return { status: 201, body: toMembershipView(r.membership), headers: location(path) };
      },
    }),
  ];
}
