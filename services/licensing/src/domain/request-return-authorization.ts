import { DomainError, type FieldError } from '@portal/platform/src/errors';
import type { Grantee } from '@portal/platform/src/domain';
import { addDaysToInstant } from '@portal/platform/src/domain';
import { event, type Decision } from './events';
import { errors as refusals } from './errors';
import type { ProgramPolicy } from './vendor-policy';
import {
  findPurchaseAuthorization,
  requirePartnerAdmin,
  vipRef,
  type ProductQuantity,
  type VipMembership,
} from './vip-membership';

/**
 * Once an order was placed for a PA, the partner requests a return authorization instead of cancelling:
 * only for fulfilled PAs (a pending one is cancelled: ORDER_NOT_PLACED), within the program's return window
 * after the order (RETURN_WINDOW_CLOSED), for products of the PA and at most what is left after earlier returns
 * (RETURN_QUANTITY_EXCEEDED, PRODUCT_NOT_ON_PURCHASE_AUTHORIZATION).
 */
export function requestReturnAuthorization(
  m: VipMembership,
  purchaseAuthorizationId: string,
  input: { products: ProductQuantity[]; reason?: string | null },
  ctx: { caller: Grantee; returnAuthorizationId: string; policy: ProgramPolicy; now: Date },
): Decision<VipMembership> {
  requirePartnerAdmin(ctx.caller, m.partnerAccountId);
  const pa = findPurchaseAuthorization(m, purchaseAuthorizationId);
  if (pa.status === 'pending')
    throw refusals.ORDER_NOT_PLACED('No order was placed yet: cancel the purchase authorization instead');
  if (pa.status !== 'fulfilled' || pa.orderNumber === null || pa.orderedAt === null) {
    throw refusals.PURCHASE_AUTHORIZATION_NOT_FULFILLED(`The purchase authorization is ${pa.status}`);
  }
  const closesAt = addDaysToInstant(pa.orderedAt, ctx.policy.returnAuthorization.windowDays);
  if (ctx.now.getTime() > closesAt.getTime()) {
    throw new DomainError(
      'RETURN_WINDOW_CLOSED',
      `Returns for order ${pa.orderNumber} closed on ${closesAt.toISOString()}`,
    );
  }
  const errors: FieldError[] = [];
  if (input.products.length === 0)
    errors.push({ path: 'products', code: 'PRODUCTS_REQUIRED', message: 'At least one product is required' });
  input.products.forEach((p, i) => {
    const ordered = pa.products.find((q) => q.sku === p.sku);
    if (!ordered) {
      errors.push({
        path: `products.${i}.sku`,
        code: 'PRODUCT_NOT_ON_PURCHASE_AUTHORIZATION',
        message: `${p.sku} was not ordered on this purchase authorization`,
      });
      return;
    }
    const returned = m.returnAuthorizations
      .filter((r) => r.purchaseAuthorizationId === purchaseAuthorizationId)
      .flatMap((r) => r.products)
      .filter((q) => q.sku === p.sku)
      .reduce((sum, q) => sum + q.quantity, 0);
    if (p.quantity < 1 || p.quantity > ordered.quantity - returned) {
      errors.push({
        path: `products.${i}.quantity`,
        code: 'RETURN_QUANTITY_EXCEEDED',
        message: `At most ${ordered.quantity - returned} of ${p.sku} can be returned`,
      });
    }
  });
  if (errors.length > 0) throw DomainError.fromFieldErrors(errors);
  const ra = {
    returnAuthorizationId: ctx.returnAuthorizationId,
    purchaseAuthorizationId,
    orderNumber: pa.orderNumber,
    products: input.products.map((p) => ({ sku: p.sku, quantity: p.quantity })),
    reason: input.reason ?? null,
    createdAt: ctx.now,
    createdBy: ctx.caller.userId,
  };
  return {
    state: { ...m, returnAuthorizations: [...m.returnAuthorizations, ra] },
    events: [
      event('ReturnAuthorizationCreated', {
        ...vipRef(m),
        returnAuthorizationId: ra.returnAuthorizationId,
        purchaseAuthorizationId,
        orderNumber: ra.orderNumber,
        products: ra.products,
        reason: ra.reason,
        createdAt: ctx.now,
      }),
    ],
  };
}
