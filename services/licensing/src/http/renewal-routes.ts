import { defineRoute, z, type RouteDefinition } from '@portal/platform';
import type { Licensing } from '../app/licensing';
import { renew, renewalOverview } from '../app/vip-memberships';
import { location, mParams, products, tags } from './params';
import { MembershipView, RenewalOverviewView, toMembershipView, toRenewalOverviewView } from './views';

/** The renewal of a VIP membership: what is renewable now, and processing a renewal. */
export function renewalRoutes(l: Licensing): RouteDefinition[] {
  return [
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
      handler: async ({ params, principal }) => ({
        body: toRenewalOverviewView(await renewalOverview(l, principal, params.membershipId)),
      }),
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
        const { membership } = await renew(l, principal, params.membershipId, body);
        return {
          status: 201,
          body: toMembershipView(membership),
          headers: location(`/vip-memberships/${params.membershipId}`),
        };
      },
    }),
  ];
}
