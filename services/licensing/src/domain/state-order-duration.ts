/**
 * Seed 003: after the order for a PA is placed, the reseller states in the Reseller Console the duration the order
 * covers (the VIP guide prorates it to the anniversary). Licensing keeps it on the PA (coveredMonths, coversUntil =
 * order date + months − 1 day) and the renewal overview uses it: licences covered beyond the anniversary are not
 * due at that renewal. Only the partner's `partner-admin` states it (ROLE_REQUIRED), only on a fulfilled PA
 * (PURCHASE_AUTHORIZATION_NOT_FULFILLED, 409), 1..36 whole months (DURATION_OUT_OF_RANGE); stating it again
 * corrects it.
 */
import { DomainError } from '@portal/platform/src/errors';
import { addDays, addMonths, isoDateOf, type Grantee, type IsoDate } from '@portal/platform/src/domain';
import { errors } from './errors';
import { event, type Decision } from './events';
import {
  findPurchaseAuthorization,
  replacePurchaseAuthorization,
  requirePartnerAdmin,
  vipRef,
  type VipMembership,
} from './vip-membership';

export const MAX_COVERED_MONTHS = 36;

/** The last day covered by `months` from `from` (month ends clamp: Jan 31 + 1 month covers to Feb 27/28). */
export const coverageEnd = (from: IsoDate, months: number): IsoDate => addDays(addMonths(from, months), -1);

export function stateOrderDuration(
  m: VipMembership,
  purchaseAuthorizationId: string,
  months: number,
  ctx: { caller: Grantee; now: Date },
): Decision<VipMembership> {
  requirePartnerAdmin(ctx.caller, m.partnerAccountId);
  const pa = findPurchaseAuthorization(m, purchaseAuthorizationId);
  if (pa.status !== 'fulfilled' || !pa.orderedAt)
    throw errors.PURCHASE_AUTHORIZATION_NOT_FULFILLED(
      `The purchase authorization is ${pa.status}: the duration is stated once its order is placed`,
    );
  if (!Number.isInteger(months) || months < 1 || months > MAX_COVERED_MONTHS)
    throw DomainError.fromFieldErrors([
      { path: 'months', code: 'DURATION_OUT_OF_RANGE', message: `1 to ${MAX_COVERED_MONTHS} whole months` },
    ]);
  const coversFrom = isoDateOf(pa.orderedAt);
  const coversUntil = coverageEnd(coversFrom, months);
  return {
    state: replacePurchaseAuthorization(m, { ...pa, coveredMonths: months, coversUntil }),
    events: [
      event('PurchaseAuthorizationDurationStated', {
        ...vipRef(m),
        purchaseAuthorizationId,
        orderNumber: pa.orderNumber,
        coveredMonths: months,
        coversFrom,
        coversUntil,
        statedBy: ctx.caller.userId,
      }),
    ],
  };
}
