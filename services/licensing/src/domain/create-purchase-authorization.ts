import { DomainError, type FieldError } from '@portal/platform/src/errors';
import type { Grantee } from '@portal/platform/src/domain';
import { addDaysToInstant, isIsoDate, isoDateOf, type IsoDate } from '@portal/platform/src/domain';
import { event, type Decision } from './events';
import { productOf, type LicenseType, type ProgramPolicy } from './vendor-policy';
import {
  requirePartnerAdmin,
  vipRef,
  type ProductQuantity,
  type PurchaseAuthorization,
  type VipMembership,
} from './vip-membership';

export interface NewPurchaseAuthorization {
  licenseType: LicenseType;
  products: ProductQuantity[];
  customerPoNumber?: string | null;
  deploymentDate: IsoDate;
}

/** Product lines of a PA or a return: known SKUs of the program, each once, quantity at least 1. */
export function productErrors(
  products: readonly ProductQuantity[],
  policy: ProgramPolicy,
  licenseType: LicenseType | null,
): FieldError[] {
  const errors: FieldError[] = [];
  if (products.length === 0)
    errors.push({ path: 'products', code: 'PRODUCTS_REQUIRED', message: 'At least one product is required' });
  products.forEach((p, i) => {
    const product = productOf(policy, p.sku);
    if (!product)
      errors.push({
        path: `products.${i}.sku`,
        code: 'PRODUCT_UNKNOWN',
        message: `${p.sku} is not a product of ${policy.name}`,
      });
    else if (product.educationDevice) {
      errors.push({
        path: `products.${i}.sku`,
        code: 'EDUCATION_DEVICE_NOT_SUPPORTED',
        message: 'Education device licences are ordered directly from the vendor',
      });
    } else if (licenseType && !product.licenseTypes.includes(licenseType)) {
      errors.push({
        path: `products.${i}.sku`,
        code: 'PRODUCT_NOT_FOR_LICENSE_TYPE',
        message: `${p.sku} is not sold as ${licenseType}`,
      });
    }
    if (!Number.isInteger(p.quantity) || p.quantity < 1)
      errors.push({ path: `products.${i}.quantity`, code: 'FIELD_INVALID', message: 'Quantity is at least 1' });
    if (products.findIndex((q) => q.sku === p.sku) !== i)
      errors.push({ path: `products.${i}.sku`, code: 'DUPLICATE_PRODUCT', message: `${p.sku} appears twice` });
  });
  return errors;
}

/**
 * The partner creates a purchase authorization for a VIP customer: status pending; an order must reference it
 * within the program's `orderWithinDays`, otherwise it expires (see expire-purchase-authorization).
 */
export function createPurchaseAuthorization(
  m: VipMembership,
  input: NewPurchaseAuthorization,
  ctx: { caller: Grantee; purchaseAuthorizationId: string; policy: ProgramPolicy; now: Date },
): Decision<VipMembership> {
  requirePartnerAdmin(ctx.caller, m.partnerAccountId);
  if (m.status === 'expired') throw new DomainError('MEMBERSHIP_EXPIRED', `VIP membership ${m.vipId} has expired`);
  const errors = productErrors(input.products, ctx.policy, input.licenseType);
  if (!isIsoDate(input.deploymentDate))
    errors.push({ path: 'deploymentDate', code: 'FIELD_INVALID', message: 'Not a calendar date' });
  else if (input.deploymentDate < isoDateOf(ctx.now))
    errors.push({
      path: 'deploymentDate',
      code: 'DEPLOYMENT_DATE_IN_PAST',
      message: 'The deployment date cannot be in the past',
    });
  if (errors.length > 0) throw DomainError.fromFieldErrors(errors);

  const pa: PurchaseAuthorization = {
    purchaseAuthorizationId: ctx.purchaseAuthorizationId,
    licenseType: input.licenseType,
    products: input.products.map((p) => ({ sku: p.sku, quantity: p.quantity })),
    customerPoNumber: input.customerPoNumber ?? null,
    deploymentDate: input.deploymentDate,
    status: 'pending',
    createdAt: ctx.now,
    createdBy: ctx.caller.userId,
    expiresAt: addDaysToInstant(ctx.now, ctx.policy.purchaseAuthorization.orderWithinDays),
    orderNumber: null,
    orderedAt: null,
    closedAt: null,
    reminderSentAt: null,
    licenceAssignments: [],
  };
  return {
    state: { ...m, purchaseAuthorizations: [...m.purchaseAuthorizations, pa] },
    events: [
      event('PurchaseAuthorizationCreated', {
        ...vipRef(m),
        partnerAccountId: m.partnerAccountId,
        purchaseAuthorizationId: pa.purchaseAuthorizationId,
        licenseType: pa.licenseType,
        products: pa.products,
        customerPoNumber: pa.customerPoNumber,
        deploymentDate: pa.deploymentDate,
        expiresAt: pa.expiresAt,
      }),
    ],
  };
}
