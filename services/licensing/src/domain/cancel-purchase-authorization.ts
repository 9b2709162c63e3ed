import { errors } from './errors';
import type { Grantee } from '@portal/platform/src/domain';
import { event, type Decision } from './events';
import {
  findPurchaseAuthorization,
  replacePurchaseAuthorization,
  requirePartnerAdmin,
  vipRef,
  type VipMembership,
} from './vip-membership';

/**
 * Cancelling a PA (removing its products): only while pending and with no licence assigned to a user.
 * ORDER_ALREADY_PLACED once fulfilled (request a return authorization instead); LICENSES_ASSIGNED;
 * PURCHASE_AUTHORIZATION_NOT_PENDING for cancelled or expired ones.
 */
export function cancelPurchaseAuthorization(
  m: VipMembership,
  purchaseAuthorizationId: string,
  ctx: { caller: Grantee; now: Date },
): Decision<VipMembership> {
  requirePartnerAdmin(ctx.caller, m.partnerAccountId);
  const pa = findPurchaseAuthorization(m, purchaseAuthorizationId);
  if (pa.status === 'fulfilled') {
    throw errors.ORDER_ALREADY_PLACED(
      'An order was already placed for this purchase authorization: request a return authorization',
    );
  }
  if (pa.status !== 'pending')
    throw errors.PURCHASE_AUTHORIZATION_NOT_PENDING(`The purchase authorization is ${pa.status}`);
  if (pa.licenceAssignments.length > 0) {
    throw errors.LICENSES_ASSIGNED(
      `${pa.licenceAssignments.length} licence(s) of this purchase authorization are assigned to users`,
    );
  }
  return {
    state: replacePurchaseAuthorization(m, { ...pa, status: 'cancelled', closedAt: ctx.now }),
    events: [
      event('PurchaseAuthorizationCancelled', {
        ...vipRef(m),
        purchaseAuthorizationId,
        cancelledAt: ctx.now,
        cancelledBy: ctx.caller.userId,
      }),
    ],
  };
}
