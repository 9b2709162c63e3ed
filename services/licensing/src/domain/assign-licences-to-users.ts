import { errors } from './errors';
import { DomainError, forbidden } from '@portal/platform/src/errors';
import { hasRoleOn, type Grantee } from '@portal/platform/src/domain';
import type { Decision } from './events';
import { findPurchaseAuthorization, replacePurchaseAuthorization, type VipMembership } from './vip-membership';

const mayAssign = (m: VipMembership, caller: Grantee) =>
  hasRoleOn(caller, m.customerAccountId, ['vip-admin', 'site-admin']) ||
  hasRoleOn(caller, m.partnerAccountId, 'partner-admin');

/**
 * The customer's administrators (or the partner) give licences of a pending or fulfilled PA to users, at most the
 * quantity of the product on the PA. An assignment blocks cancelling a pending PA.
 */
export function assignLicencesToUsers(
  m: VipMembership,
  purchaseAuthorizationId: string,
  input: { sku: string; userEmails: string[] },
  ctx: { caller: Grantee },
): Decision<VipMembership> {
  if (!mayAssign(m, ctx.caller))
    throw forbidden('ROLE_REQUIRED', 'vip-admin or site-admin of the customer, or partner-admin, is required');
  const pa = findPurchaseAuthorization(m, purchaseAuthorizationId);
  if (pa.status !== 'pending' && pa.status !== 'fulfilled') {
    throw errors.PURCHASE_AUTHORIZATION_NOT_PENDING(`The purchase authorization is ${pa.status}`);
  }
  const product = pa.products.find((p) => p.sku === input.sku);
  if (!product)
    throw DomainError.fromFieldErrors([
      {
        path: 'sku',
        code: 'PRODUCT_NOT_ON_PURCHASE_AUTHORIZATION',
        message: `${input.sku} is not on this purchase authorization`,
      },
    ]);
  const emails = [...new Set(input.userEmails.map((e) => e.toLowerCase()))];
  const already = pa.licenceAssignments.filter((a) => a.sku === input.sku);
  const added = emails.filter((e) => !already.some((a) => a.userEmail === e));
  if (already.length + added.length > product.quantity) {
    throw DomainError.fromFieldErrors([
      {
        path: 'userEmails',
        code: 'LICENCE_QUANTITY_EXCEEDED',
        message: `Only ${product.quantity - already.length} licence(s) of ${input.sku} are left`,
      },
    ]);
  }
  return {
    state: replacePurchaseAuthorization(m, {
      ...pa,
      licenceAssignments: [...pa.licenceAssignments, ...added.map((userEmail) => ({ sku: input.sku, userEmail }))],
    }),
    events: [],
  };
}

/** Takes a licence back from a user (nothing happens when the user had none). */
export function unassignLicence(
  m: VipMembership,
  purchaseAuthorizationId: string,
  input: { sku: string; userEmail: string },
  ctx: { caller: Grantee },
): Decision<VipMembership> {
  if (!mayAssign(m, ctx.caller))
    throw forbidden('ROLE_REQUIRED', 'vip-admin or site-admin of the customer, or partner-admin, is required');
  const pa = findPurchaseAuthorization(m, purchaseAuthorizationId);
  const email = input.userEmail.toLowerCase();
  return {
    state: replacePurchaseAuthorization(m, {
      ...pa,
      licenceAssignments: pa.licenceAssignments.filter((a) => !(a.sku === input.sku && a.userEmail === email)),
    }),
    events: [],
  };
}
