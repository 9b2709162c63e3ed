import {
  addAddress,
  emptyAddressBook,
  MAX_ADDRESSES,
  removeAddress,
  updateAddress,
  type AddressBook,
} from './address-book';
import { NOW, refusal } from './testing/fixtures';
import type { Address } from './types';

const paris: Address = {
  name: 'Acme HQ',
  street: '1 rue de la Paix',
  city: 'Paris',
  postalCode: '75002',
  country: 'FR',
  region: null,
};
const lyon: Address = { ...paris, name: 'Acme Lyon', city: 'Lyon', postalCode: '69001' };
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

function bookWithTwo(): AddressBook {
  const one = addAddress(emptyAddressBook('acc-acme'), 'a1', { address: paris }, NOW).state;
  return addAddress(one, 'a2', { address: lyon, label: 'Lyon' }, later(1)).state;
}

describe('address book', () => {
  it('Given an empty book, When the first address is added, Then it is both default shipping and billing, and AddressChanged says so', () => {
    const { state, events } = addAddress(emptyAddressBook('acc-acme'), 'a1', { address: paris, label: 'HQ' }, NOW);
    expect(state).toMatchObject({ defaultShippingAddressId: 'a1', defaultBillingAddressId: 'a1' });
    expect(events).toEqual([
      {
        type: 'AddressChanged',
        payload: {
          addressId: 'a1',
          change: 'added',
          label: 'HQ',
          address: paris,
          defaultShippingAddressId: 'a1',
          defaultBillingAddressId: 'a1',
        },
      },
    ]);
  });

  it('Given a book, When a second address is added as default shipping, Then only the shipping default moves', () => {
    const one = addAddress(emptyAddressBook('acc-acme'), 'a1', { address: paris }, NOW).state;
    const { state } = addAddress(one, 'a2', { address: lyon, defaultShipping: true }, NOW);
    expect(state).toMatchObject({ defaultShippingAddressId: 'a2', defaultBillingAddressId: 'a1' });
  });

  it('Given an address, When updated as default billing, Then it changes and the billing default moves', () => {
    const { state, events } = updateAddress(
      bookWithTwo(),
      'a2',
      { address: { ...lyon, street: '2 quai' }, defaultBilling: true },
      later(5),
    );
    expect(state.addresses.find((a) => a.addressId === 'a2')!.address.street).toBe('2 quai');
    expect(state.addresses.find((a) => a.addressId === 'a2')!.label).toBe('Lyon');
    expect(state.defaultBillingAddressId).toBe('a2');
    expect(events[0]).toMatchObject({ payload: { change: 'updated', defaultBillingAddressId: 'a2' } });
  });

  it('Given the default address, When removed, Then the oldest remaining one becomes default', () => {
    const { state, events } = removeAddress(bookWithTwo(), 'a1');
    expect(state).toMatchObject({ defaultShippingAddressId: 'a2', defaultBillingAddressId: 'a2' });
    expect(events[0]).toMatchObject({ payload: { addressId: 'a1', change: 'removed', address: null } });
    expect(removeAddress(state, 'a2').state).toMatchObject({
      addresses: [],
      defaultShippingAddressId: null,
      defaultBillingAddressId: null,
    });
  });

  it('Given an unknown address id, When updated or removed, Then 404', () => {
    expect(refusal(() => updateAddress(bookWithTwo(), 'zz', { address: paris }, NOW)).status).toBe(404);
    expect(refusal(() => removeAddress(bookWithTwo(), 'zz')).status).toBe(404);
  });

  it('Given missing and invalid fields, When added, Then every field error at once', () => {
    const error = refusal(() =>
      addAddress(
        emptyAddressBook('acc-acme'),
        'a1',
        { address: { ...paris, name: '', city: ' ', country: 'France', postalCode: '#' } },
        NOW,
      ),
    );
    expect(error.errors!.map((e) => `${e.path}:${e.code}`)).toEqual([
      'address.name:FIELD_REQUIRED',
      'address.city:FIELD_REQUIRED',
      'address.country:FIELD_INVALID',
      'address.postalCode:FIELD_INVALID',
    ]);
  });

  it('Given a full book, When one more is added, Then ADDRESS_BOOK_FULL (409)', () => {
    const full: AddressBook = {
      ...emptyAddressBook('acc-acme'),
      addresses: Array.from({ length: MAX_ADDRESSES }, (_, i) => ({
        addressId: `a${i}`,
        label: null,
        address: paris,
        createdAt: '',
        updatedAt: '',
      })),
    };
    expect(refusal(() => addAddress(full, 'new', { address: paris }, NOW))).toMatchObject({
      code: 'ADDRESS_BOOK_FULL',
      status: 409,
    });
  });
});
