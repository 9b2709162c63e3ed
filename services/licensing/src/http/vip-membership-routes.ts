import {
  decodeCursor,
  defineRoute,
  encodeCursor,
  pageQuery,
  pageSchema,
  z,
  type RouteDefinition,
} from '@portal/platform';
import type { Licensing } from '../app/licensing';
import { inviteCustomer, listMemberships, visibleMembership } from '../app/vip-memberships';
import { accountId, isoDate, location, mParams, tags } from './params';
import { MembershipView, toMembershipView } from './views';

export function vipMembershipRoutes(l: Licensing): RouteDefinition[] {
  return [
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
        const m = await inviteCustomer(l, principal, body);
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
        const { cursor, ...filter } = query;
        const { items, more } = await listMemberships(l, principal, { ...filter, after: decodeCursor(cursor) });
        const next = more ? encodeCursor(items[items.length - 1]!.membershipId) : null;
        return { body: { items: items.map(toMembershipView), nextCursor: next } };
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
        body: toMembershipView(await visibleMembership(l, principal, params.membershipId)),
      }),
    }),
  ];
}
