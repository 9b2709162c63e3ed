import { addDaysToInstant } from '@portal/platform/src/domain';
import type { ProgramPolicy } from './vendor-policy';
import { event, type Decision, type DomainEvent } from './events';
import {
  findPurchaseAuthorization,
  replacePurchaseAuthorization,
  statusChange,
  vipRef,
  type VipMembership,
} from './vip-membership';

/**
 * The scheduled expiry of a PA: when no order referenced it in time it expires and an active membership becomes
 * `late`. Returns null (nothing to do) when the PA is no longer pending or is not due yet, so a stale or
 * repeated job changes nothing.
 */
export function expirePurchaseAuthorization(
  m: VipMembership,
  purchaseAuthorizationId: string,
  now: Date,
): Decision<VipMembership> | null {
  const pa = m.purchaseAuthorizations.find((p) => p.purchaseAuthorizationId === purchaseAuthorizationId);
  if (!pa || pa.status !== 'pending' || now.getTime() < pa.expiresAt.getTime()) return null;
  const events: DomainEvent[] = [
    event('PurchaseAuthorizationExpired', { ...vipRef(m), purchaseAuthorizationId, expiredAt: now }),
  ];
  let state = replacePurchaseAuthorization(m, {
    ...findPurchaseAuthorization(m, purchaseAuthorizationId),
    status: 'expired',
    closedAt: now,
  });
  if (m.status === 'active') {
    events.push(statusChange(m, 'late', 'purchase-authorization-expired', purchaseAuthorizationId));
    state = { ...state, status: 'late' };
  }
  return { state, events };
}

/**
 * The reminder before a pending PA expires (when the program policy asks for one): published at most once, only
 * while the PA is still pending and once the reminder is due.
 */
export function remindPurchaseAuthorizationExpiry(
  m: VipMembership,
  purchaseAuthorizationId: string,
  ctx: { policy: ProgramPolicy; now: Date },
): Decision<VipMembership> | null {
  const days = ctx.policy.purchaseAuthorization.reminderDaysBeforeExpiry;
  const pa = m.purchaseAuthorizations.find((p) => p.purchaseAuthorizationId === purchaseAuthorizationId);
  if (days === undefined || !pa || pa.status !== 'pending' || pa.reminderSentAt) return null;
  if (ctx.now.getTime() < addDaysToInstant(pa.expiresAt, -days).getTime()) return null;
  return {
    state: replacePurchaseAuthorization(m, { ...pa, reminderSentAt: ctx.now }),
    events: [
      event('PurchaseAuthorizationExpiring', {
        ...vipRef(m),
        partnerAccountId: m.partnerAccountId,
        purchaseAuthorizationId,
        expiresAt: pa.expiresAt,
      }),
    ],
  };
}
