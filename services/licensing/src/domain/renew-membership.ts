import { DomainError, type FieldError } from '@portal/platform/src/errors';
import type { Grantee } from '@portal/platform/src/domain';
import { addYears, startOfDay } from '@portal/platform/src/domain';
import { event, type Decision, type DomainEvent } from './events';
import { isRenewalOpen, renewalCalendar } from './renewal-window';
import type { ProgramPolicy } from './vendor-policy';
import { requirePartnerAdmin, statusChange, vipRef, type ProductQuantity, type VipMembership } from './vip-membership';

/**
 * A processed renewal: allowed from the opening of the renewal overview until access is removed; moves the
 * anniversary one year on (an early renewal too), clears the banner, brings a late membership back to active and
 * goes to the renewal history. Every job hanging on the old anniversary is re-planned by the caller.
 */
export function renewMembership(
  m: VipMembership,
  input: { products: ProductQuantity[]; orderNumber?: string | null },
  ctx: { caller: Grantee; renewalId: string; policy: ProgramPolicy; now: Date },
): Decision<VipMembership> {
  requirePartnerAdmin(ctx.caller, m.partnerAccountId);
  if (m.status === 'expired') throw new DomainError('MEMBERSHIP_EXPIRED', `VIP membership ${m.vipId} has expired`);
  const calendar = renewalCalendar(m.anniversaryDate, ctx.policy);
  if (!isRenewalOpen(m, ctx.policy, ctx.now)) {
    throw new DomainError(
      'RENEWAL_NOT_OPEN',
      `Renewals for the anniversary ${m.anniversaryDate} open on ${calendar.overviewOpensOn}`,
    );
  }
  const known = new Set(
    ctx.policy.products
      .filter((p) => !p.educationDevice)
      .flatMap((p) => [p.sku, ...(p.renewalSku ? [p.renewalSku] : [])]),
  );
  const errors: FieldError[] = [];
  if (input.products.length === 0)
    errors.push({ path: 'products', code: 'PRODUCTS_REQUIRED', message: 'At least one product is required' });
  input.products.forEach((p, i) => {
    if (!known.has(p.sku))
      errors.push({
        path: `products.${i}.sku`,
        code: 'PRODUCT_UNKNOWN',
        message: `${p.sku} cannot be renewed in ${ctx.policy.name}`,
      });
    if (!Number.isInteger(p.quantity) || p.quantity < 1)
      errors.push({ path: `products.${i}.quantity`, code: 'FIELD_INVALID', message: 'Quantity is at least 1' });
  });
  if (errors.length > 0) throw DomainError.fromFieldErrors(errors);

  const anniversaryDate = addYears(m.anniversaryDate, 1);
  const early = ctx.now.getTime() < startOfDay(m.anniversaryDate).getTime();
  const record = {
    renewalId: ctx.renewalId,
    renewedAt: ctx.now,
    previousAnniversaryDate: m.anniversaryDate,
    anniversaryDate,
    products: input.products.map((p) => ({ sku: p.sku, quantity: p.quantity })),
    orderNumber: input.orderNumber ?? null,
    early,
    renewedBy: ctx.caller.userId,
  };
  const events: DomainEvent[] = [
    event('MembershipRenewed', {
      ...vipRef(m),
      renewalId: record.renewalId,
      previousAnniversaryDate: record.previousAnniversaryDate,
      anniversaryDate,
      products: record.products,
      early,
      orderNumber: record.orderNumber,
      renewedAt: ctx.now,
    }),
  ];
  if (m.status === 'late') events.push(statusChange(m, 'active', 'renewed'));
  if (m.bannerState !== 'none')
    events.push(event('RenewalBannerChanged', { ...vipRef(m), state: 'none', anniversaryDate, changedAt: ctx.now }));
  return {
    state: {
      ...m,
      status: 'active',
      anniversaryDate,
      bannerState: 'none',
      renewalHistory: [...m.renewalHistory, record],
    },
    events,
  };
}
