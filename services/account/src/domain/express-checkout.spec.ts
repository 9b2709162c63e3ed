import { addAddress, emptyAddressBook, removeAddress } from './address-book';
import {
  profileStatus,
  removeExpressCheckoutProfile,
  saveExpressCheckoutProfile,
  useExpressCheckoutProfile,
} from './express-checkout';
import { addPaymentMethod, emptyWallet, removePaymentMethod } from './payment-methods';
import { NOW, refusal } from './testing/fixtures';

const book = addAddress(
  emptyAddressBook('acc-acme'),
  'a1',
  { address: { name: 'HQ', street: '1 rue', city: 'Paris', postalCode: '75002', country: 'FR', region: null } },
  NOW,
).state;
const wallet = addPaymentMethod(
  emptyWallet('acc-acme'),
  'pm-1',
  { processor: 'stripe', token: 'pm_token_1234', brand: 'visa', last4: '4242', expiryMonth: 4, expiryYear: 2026 },
  {
    addedBy: 'u-sam',
    now: NOW,
  },
).state;
const profile = { name: 'Office', shippingAddressId: 'a1', paymentMethodId: 'pm-1' };

describe('express checkout', () => {
  it('Given an address and a card, When a profile joins them, Then it is saved (first one is default)', () => {
    const { state, events } = saveExpressCheckoutProfile(wallet, 'x1', profile, { book, now: NOW });
    expect(state.expressCheckoutProfiles[0]).toMatchObject({ profileId: 'x1', isDefault: true });
    expect(events).toEqual([
      {
        type: 'ExpressCheckoutProfileSaved',
        payload: { profileId: 'x1', name: 'Office', shippingAddressId: 'a1', paymentMethodId: 'pm-1', isDefault: true },
      },
    ]);
  });

  it('Given a missing address and payment method, When saved, Then ADDRESS_NOT_FOUND and PAYMENT_METHOD_NOT_FOUND at once', () => {
    const error = refusal(() =>
      saveExpressCheckoutProfile(
        wallet,
        'x1',
        { name: '', shippingAddressId: 'zz', paymentMethodId: 'zz' },
        { book, now: NOW },
      ),
    );
    expect(error.errors!.map((e) => e.code)).toEqual([
      'FIELD_REQUIRED',
      'ADDRESS_NOT_FOUND',
      'PAYMENT_METHOD_NOT_FOUND',
    ]);
  });

  it('Given an expired card, When a profile is saved with it, Then PAYMENT_METHOD_EXPIRED', () => {
    expect(
      refusal(() => saveExpressCheckoutProfile(wallet, 'x1', profile, { book, now: new Date('2026-05-01T00:00:00Z') }))
        .code,
    ).toBe('PAYMENT_METHOD_EXPIRED');
  });

  it('Given a second profile marked default, When saved, Then the previous default is no longer default', () => {
    const one = saveExpressCheckoutProfile(wallet, 'x1', profile, { book, now: NOW }).state;
    const two = saveExpressCheckoutProfile(
      one,
      'x2',
      { ...profile, name: 'Home', isDefault: true },
      { book, now: NOW },
    ).state;
    expect(two.expressCheckoutProfiles.map((p) => [p.profileId, p.isDefault])).toEqual([
      ['x1', false],
      ['x2', true],
    ]);
  });

  it('Given a saved profile, When used, Then it gives the address and the card', () => {
    const saved = saveExpressCheckoutProfile(wallet, 'x1', profile, { book, now: NOW }).state;
    const used = useExpressCheckoutProfile(saved, 'x1', { book, now: NOW });
    expect(used.address.addressId).toBe('a1');
    expect(used.paymentMethod.paymentMethodId).toBe('pm-1');
    expect(profileStatus(saved.expressCheckoutProfiles[0]!, saved, book, NOW)).toBe('usable');
  });

  it('Given its address was deleted, When the profile is used, Then EXPRESS_CHECKOUT_UNUSABLE naming ADDRESS_NOT_FOUND', () => {
    const saved = saveExpressCheckoutProfile(wallet, 'x1', profile, { book, now: NOW }).state;
    const bookWithout = removeAddress(book, 'a1').state;
    const error = refusal(() => useExpressCheckoutProfile(saved, 'x1', { book: bookWithout, now: NOW }));
    expect(error.code).toBe('EXPRESS_CHECKOUT_UNUSABLE');
    expect(error.errors!.map((e) => e.code)).toEqual(['ADDRESS_NOT_FOUND']);
    expect(profileStatus(saved.expressCheckoutProfiles[0]!, saved, bookWithout, NOW)).toBe('address-removed');
  });

  it('Given its card was deleted or expired, When the profile is used, Then EXPRESS_CHECKOUT_UNUSABLE', () => {
    const saved = saveExpressCheckoutProfile(wallet, 'x1', profile, { book, now: NOW }).state;
    const withoutCard = removePaymentMethod(saved, 'pm-1', { removedBy: 'u-sam' }).state;
    expect(
      refusal(() => useExpressCheckoutProfile(withoutCard, 'x1', { book, now: NOW })).errors!.map((e) => e.code),
    ).toEqual(['PAYMENT_METHOD_NOT_FOUND']);
    const later = new Date('2026-06-01T00:00:00Z');
    expect(
      refusal(() => useExpressCheckoutProfile(saved, 'x1', { book, now: later })).errors!.map((e) => e.code),
    ).toEqual(['PAYMENT_METHOD_EXPIRED']);
    expect(profileStatus(saved.expressCheckoutProfiles[0]!, saved, book, later)).toBe('payment-method-expired');
    expect(profileStatus(withoutCard.expressCheckoutProfiles[0]!, withoutCard, book, NOW)).toBe(
      'payment-method-removed',
    );
  });

  it('Given a profile, When removed, Then ExpressCheckoutProfileRemoved; unknown profiles answer 404', () => {
    const saved = saveExpressCheckoutProfile(wallet, 'x1', profile, { book, now: NOW }).state;
    expect(removeExpressCheckoutProfile(saved, 'x1').events).toEqual([
      { type: 'ExpressCheckoutProfileRemoved', payload: { profileId: 'x1', reason: 'removed' } },
    ]);
    expect(refusal(() => removeExpressCheckoutProfile(saved, 'zz')).status).toBe(404);
    expect(refusal(() => useExpressCheckoutProfile(saved, 'zz', { book, now: NOW })).status).toBe(404);
  });

  it('Given ten profiles, When an eleventh is saved, Then EXPRESS_CHECKOUT_PROFILES_FULL (409); replacing one of them is fine', () => {
    let full = wallet;
    for (let i = 0; i < 10; i += 1) full = saveExpressCheckoutProfile(full, `x${i}`, profile, { book, now: NOW }).state;
    expect(refusal(() => saveExpressCheckoutProfile(full, 'x10', profile, { book, now: NOW }))).toMatchObject({
      code: 'EXPRESS_CHECKOUT_PROFILES_FULL',
      status: 409,
    });
    expect(
      saveExpressCheckoutProfile(full, 'x3', { ...profile, name: 'Renamed' }, { book, now: NOW }).state
        .expressCheckoutProfiles,
    ).toHaveLength(10);
  });
});
