import { granteeOf, type Principal } from '@portal/platform';
import { assignLicencesToUsers, unassignLicence as unassign } from '../domain/assign-licences-to-users';
import { cancelPurchaseAuthorization as cancel } from '../domain/cancel-purchase-authorization';
import {
  createPurchaseAuthorization as create,
  type NewPurchaseAuthorization,
} from '../domain/create-purchase-authorization';
import { requestReturnAuthorization } from '../domain/request-return-authorization';
import { stateOrderDuration as stateDuration } from '../domain/state-order-duration';
import type { ProductQuantity } from '../domain/vip-membership';
import { newId, type Licensing } from './licensing';
import { visibleMembership } from './vip-memberships';

/** Purchase and return authorizations of a visible membership: each is one decision on the membership. */
export async function createPurchaseAuthorization(
  l: Licensing,
  principal: Principal,
  membershipId: string,
  input: NewPurchaseAuthorization,
) {
  await visibleMembership(l, principal, membershipId);
  const purchaseAuthorizationId = newId('pa');
  const m = await l.mutateMembership(membershipId, (m, policy) =>
    create(m, input, { caller: granteeOf(principal), purchaseAuthorizationId, policy, now: l.now() }),
  );
  return { membership: m, purchaseAuthorizationId };
}

export async function cancelPurchaseAuthorization(
  l: Licensing,
  principal: Principal,
  membershipId: string,
  paId: string,
) {
  await visibleMembership(l, principal, membershipId);
  return l.mutateMembership(membershipId, (m) => cancel(m, paId, { caller: granteeOf(principal), now: l.now() }));
}

export async function stateOrderDuration(
  l: Licensing,
  principal: Principal,
  membershipId: string,
  paId: string,
  months: number,
) {
  await visibleMembership(l, principal, membershipId);
  return l.mutateMembership(membershipId, (m) =>
    stateDuration(m, paId, months, { caller: granteeOf(principal), now: l.now() }),
  );
}

export async function assignLicences(
  l: Licensing,
  principal: Principal,
  membershipId: string,
  paId: string,
  input: { sku: string; userEmails: string[] },
) {
  await visibleMembership(l, principal, membershipId);
  return l.mutateMembership(membershipId, (m) =>
    assignLicencesToUsers(m, paId, input, { caller: granteeOf(principal) }),
  );
}

export async function unassignLicence(
  l: Licensing,
  principal: Principal,
  membershipId: string,
  paId: string,
  input: { sku: string; userEmail: string },
) {
  await visibleMembership(l, principal, membershipId);
  return l.mutateMembership(membershipId, (m) => unassign(m, paId, input, { caller: granteeOf(principal) }));
}

export async function requestReturn(
  l: Licensing,
  principal: Principal,
  membershipId: string,
  paId: string,
  input: { products: ProductQuantity[]; reason?: string | null },
) {
  await visibleMembership(l, principal, membershipId);
  const returnAuthorizationId = newId('ra');
  const m = await l.mutateMembership(membershipId, (m, policy) =>
    requestReturnAuthorization(m, paId, input, {
      caller: granteeOf(principal),
      returnAuthorizationId,
      policy,
      now: l.now(),
    }),
  );
  return { membership: m, returnAuthorizationId };
}
