import { createPurchaseAuthorization } from './create-purchase-authorization';
import { at, membership, paula, policy, refusal, sam } from './test-fixtures';
import type { VipMembership } from './vip-membership';

const created = at('2026-01-10T09:00:00Z');
const pa = (m: VipMembership, id = 'pa-1') => m.purchaseAuthorizations.find((p) => p.purchaseAuthorizationId === id)!;
const create = (
  input: Partial<Parameters<typeof createPurchaseAuthorization>[1]> = {},
  m = membership(),
  caller = paula,
) =>
  createPurchaseAuthorization(
    m,
    {
      licenseType: 'enterprise',
      products: [{ sku: 'ACRO-PRO-ENT', quantity: 10 }],
      deploymentDate: '2026-02-01',
      ...input,
    },
    { caller, purchaseAuthorizationId: 'pa-1', policy, now: created },
  );

describe('purchase authorization: create', () => {
  it('Given a partner, When it creates a PA, Then it is pending and expires 14 days later (policy)', () => {
    const { state, events } = create({ customerPoNumber: 'PO-1' });
    expect(pa(state)).toMatchObject({
      status: 'pending',
      customerPoNumber: 'PO-1',
      expiresAt: at('2026-01-24T09:00:00Z'),
    });
    expect(events[0]).toEqual({
      type: 'PurchaseAuthorizationCreated',
      payload: expect.objectContaining({
        purchaseAuthorizationId: 'pa-1',
        licenseType: 'enterprise',
        expiresAt: at('2026-01-24T09:00:00Z'),
      }),
    });
  });

  it('Given an education device licence, When creating a PA, Then EDUCATION_DEVICE_NOT_SUPPORTED', () => {
    expect(refusal(() => create({ products: [{ sku: 'CC-EDU-DEVICE', quantity: 1 }] })).code).toBe(
      'EDUCATION_DEVICE_NOT_SUPPORTED',
    );
  });

  it('Given many broken product lines and a past deployment date, When creating, Then every rule is reported at once', () => {
    const e = refusal(() =>
      create({
        licenseType: 'team',
        products: [
          { sku: 'NOPE', quantity: 1 },
          { sku: 'ACRO-PRO-ENT', quantity: 0 },
          { sku: 'CC-ALL-APPS', quantity: 1 },
          { sku: 'CC-ALL-APPS', quantity: 2 },
        ],
        deploymentDate: '2026-01-01',
      }),
    );
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.errors!.map((x) => `${x.path}:${x.code}`)).toEqual([
      'products.0.sku:PRODUCT_UNKNOWN',
      'products.1.sku:PRODUCT_NOT_FOR_LICENSE_TYPE',
      'products.1.quantity:FIELD_INVALID',
      'products.3.sku:DUPLICATE_PRODUCT',
      'deploymentDate:DEPLOYMENT_DATE_IN_PAST',
    ]);
  });

  it('Given no products, When creating, Then PRODUCTS_REQUIRED', () => {
    expect(refusal(() => create({ products: [] })).code).toBe('PRODUCTS_REQUIRED');
  });

  it('Given a customer user, When creating, Then ROLE_REQUIRED', () => {
    expect(refusal(() => create({}, membership(), sam)).code).toBe('ROLE_REQUIRED');
  });

  it('Given an expired membership, When creating, Then MEMBERSHIP_EXPIRED', () => {
    expect(refusal(() => create({}, { ...membership(), status: 'expired' })).code).toBe('MEMBERSHIP_EXPIRED');
  });
});
