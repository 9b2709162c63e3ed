import { granteeOf, notFound, type Principal } from '@portal/platform';
import { errors } from '../domain/errors';
import { grantedAccountIds } from '@portal/platform/src/domain';
import { renewMembership } from '../domain/renew-membership';
import { renewalOverview as overview } from '../domain/renewal-window';
import {
  inviteCustomerToVip,
  membershipIdFor,
  membershipVisibleTo,
  type InviteCustomer,
  type ProductQuantity,
  type VipMembership,
} from '../domain/vip-membership';
import { newId, newVipId, type Licensing } from './licensing';

/** The membership if the caller may see it (404 otherwise, never 403). */
export async function visibleMembership(l: Licensing, principal: Principal, membershipId: string) {
  const m = (await l.store.memberships.get(membershipId))?.state;
  if (!m || !membershipVisibleTo(m, granteeOf(principal))) throw notFound('VIP membership');
  return m;
}

export interface MembershipFilter {
  accountId?: string;
  status?: VipMembership['status'];
  limit: number;
  /** The last membership id of the previous page. */
  after?: string;
}

/**
 * One page of the memberships of the accounts the caller holds a grant on (as customer or partner), by id: read
 * from the per-account index after the cursor, a page's worth at a time, so none is skipped or repeated.
 */
export async function listMemberships(l: Licensing, principal: Principal, filter: MembershipFilter) {
  const caller = granteeOf(principal);
  const accountIds = grantedAccountIds(caller);
  const items: VipMembership[] = [];
  let after = filter.after;
  for (;;) {
    const batch = await l.store.membershipsOf(accountIds, {
      accountId: filter.accountId,
      after,
      limit: filter.limit + 1,
    });
    for (const m of batch.memberships) {
      if (!membershipVisibleTo(m, caller) || (filter.status && m.status !== filter.status)) continue;
      if (items.length === filter.limit) return { items, more: true };
      items.push(m);
    }
    if (batch.last === null) return { items, more: false };
    after = batch.last;
  }
}

export async function inviteCustomer(l: Licensing, principal: Principal, input: InviteCustomer) {
  const membershipId = membershipIdFor(input.customerAccountId, input.program);
  const decision = inviteCustomerToVip(input, {
    caller: granteeOf(principal),
    membershipId,
    vipId: newVipId(),
    customerResellerIds: await l.resellersOf(input.customerAccountId),
    policies: l.policies,
    now: l.now(),
  });
  await l.store.membershipsByAccount.add(decision.state);
  const { created } = await l.store.memberships.createDecided(membershipId, decision, {
    accountId: (m) => m.customerAccountId,
    onExists: 'keep',
  });
  if (!created)
    throw errors.MEMBERSHIP_ALREADY_EXISTS(`${input.customerAccountId} is already a member of ${input.program}`);
  await l.replan(decision.state);
  return decision.state;
}

export async function renewalOverview(l: Licensing, principal: Principal, membershipId: string) {
  const m = await visibleMembership(l, principal, membershipId);
  return overview(m, l.policyOf(m), l.now());
}

export async function renew(
  l: Licensing,
  principal: Principal,
  membershipId: string,
  input: { products: ProductQuantity[]; orderNumber?: string | null },
) {
  await visibleMembership(l, principal, membershipId);
  const renewalId = newId('rn');
  const m = await l.mutateMembership(membershipId, (m, policy) =>
    renewMembership(m, input, { caller: granteeOf(principal), renewalId, policy, now: l.now() }),
  );
  return { membership: m, renewalId };
}
