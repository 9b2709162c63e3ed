import {
  addPaymentMethod,
  emptyWallet,
  isExpired,
  paymentMethodView,
  removePaymentMethod,
  type AddPaymentMethod,
} from './payment-methods';
import { NOW, refusal } from './testing/fixtures';

const card = (overrides: Partial<AddPaymentMethod> = {}): AddPaymentMethod => ({
  processor: 'stripe',
  token: 'pm_1NxAcmeToken42',
  brand: 'visa',
  last4: '4242',
  expiryMonth: 12,
  expiryYear: 2030,
  ...overrides,
});
const ctx = { addedBy: 'u-sam', now: NOW };

describe('payment methods', () => {
  it('Given a tokenized card, When saved, Then only token, brand, last four and expiry are kept and PaymentMethodAdded carries no token', () => {
    const { state, events } = addPaymentMethod(emptyWallet('acc-acme'), 'pm-1', card({ label: 'Corporate card' }), ctx);
    expect(state.paymentMethods[0]).toEqual({
      paymentMethodId: 'pm-1',
      processor: 'stripe',
      token: 'pm_1NxAcmeToken42',
      brand: 'visa',
      last4: '4242',
      expiryMonth: 12,
      expiryYear: 2030,
      label: 'Corporate card',
      addedBy: 'u-sam',
      addedAt: NOW.toISOString(),
    });
    expect(events).toEqual([
      {
        type: 'PaymentMethodAdded',
        payload: {
          paymentMethodId: 'pm-1',
          processor: 'stripe',
          brand: 'visa',
          last4: '4242',
          expiryMonth: 12,
          expiryYear: 2030,
          label: 'Corporate card',
          addedBy: 'u-sam',
        },
      },
    ]);
    expect(JSON.stringify(events)).not.toContain('pm_1NxAcmeToken42');
  });

  it.each([
    ['token', { token: '4111111111111111' }],
    ['label', { label: 'card 4111 1111 1111 1111' }],
    ['last4', { last4: '5555-5555-5555-4444' }],
  ])('Given a full card number in %s, When saved, Then RAW_PAN_REFUSED before any other rule', (path, overrides) => {
    const error = refusal(() =>
      addPaymentMethod(emptyWallet('acc-acme'), 'pm-1', card({ ...overrides, brand: 'unknown' }), ctx),
    );
    expect(error.code).toBe('RAW_PAN_REFUSED');
    expect(error.errors).toEqual([{ path, code: 'RAW_PAN_REFUSED', message: 'looks like a full card number' }]);
  });

  it('Given bad fields, When saved, Then every field error at once', () => {
    const error = refusal(() =>
      addPaymentMethod(
        emptyWallet('acc-acme'),
        'pm-1',
        card({ processor: 'paypal', token: 'x', brand: 'visa-ish', last4: '42', expiryMonth: 13, expiryYear: 99 }),
        ctx,
      ),
    );
    expect(error.errors!.map((e) => e.path)).toEqual([
      'processor',
      'token',
      'brand',
      'last4',
      'expiryMonth',
      'expiryYear',
    ]);
  });

  it('Given an expired card, When saved, Then PAYMENT_METHOD_EXPIRED', () => {
    expect(
      refusal(() => addPaymentMethod(emptyWallet('acc-acme'), 'pm-1', card({ expiryMonth: 2, expiryYear: 2026 }), ctx))
        .code,
    ).toBe('PAYMENT_METHOD_EXPIRED');
  });

  it('Given a card expiring this month, When checked, Then it is usable until the month ends', () => {
    expect(isExpired({ expiryMonth: 3, expiryYear: 2026 }, NOW)).toBe(false);
    expect(isExpired({ expiryMonth: 3, expiryYear: 2026 }, new Date('2026-04-01T00:00:00Z'))).toBe(true);
  });

  it('Given the same token twice, When saved, Then PAYMENT_METHOD_DUPLICATE (409)', () => {
    const wallet = addPaymentMethod(emptyWallet('acc-acme'), 'pm-1', card(), ctx).state;
    expect(refusal(() => addPaymentMethod(wallet, 'pm-2', card(), ctx))).toMatchObject({
      code: 'PAYMENT_METHOD_DUPLICATE',
      status: 409,
    });
  });

  it('Given twenty saved methods, When one more is saved, Then PAYMENT_METHODS_FULL', () => {
    let wallet = emptyWallet('acc-acme');
    for (let i = 0; i < 20; i += 1)
      wallet = addPaymentMethod(wallet, `pm-${i}`, card({ token: `pm_token_${i}xx` }), ctx).state;
    expect(refusal(() => addPaymentMethod(wallet, 'pm-x', card({ token: 'pm_token_last' }), ctx)).code).toBe(
      'PAYMENT_METHODS_FULL',
    );
  });

  it('Given a saved method, When removed, Then PaymentMethodRemoved; an unknown one answers 404', () => {
    const wallet = addPaymentMethod(emptyWallet('acc-acme'), 'pm-1', card(), ctx).state;
    const { state, events } = removePaymentMethod(wallet, 'pm-1', { removedBy: 'u-sam' });
    expect(state.paymentMethods).toEqual([]);
    expect(events).toEqual([
      { type: 'PaymentMethodRemoved', payload: { paymentMethodId: 'pm-1', removedBy: 'u-sam' } },
    ]);
    expect(refusal(() => removePaymentMethod(state, 'pm-1', { removedBy: 'u-sam' })).status).toBe(404);
  });

  it('Given a saved method, When shown, Then never its token', () => {
    const wallet = addPaymentMethod(emptyWallet('acc-acme'), 'pm-1', card(), ctx).state;
    expect(paymentMethodView(wallet.paymentMethods[0]!, NOW)).not.toHaveProperty('token');
  });
});
