import { assertNoFieldErrors, notFound, type FieldError } from '@portal/platform/src/errors';
import type { Address, Decision } from './types';
import { accountErrors } from './errors';

export interface AddressEntry {
  addressId: string;
  label: string | null;
  address: Address;
  createdAt: string;
  updatedAt: string;
}

/**
 * The account's address book (one aggregate per account). Whenever it holds addresses, exactly one is the default
 * shipping address and exactly one the default billing address (possibly the same).
 */
export interface AddressBook {
  accountId: string;
  addresses: AddressEntry[];
  defaultShippingAddressId: string | null;
  defaultBillingAddressId: string | null;
}

export const MAX_ADDRESSES = 200;

export const emptyAddressBook = (accountId: string): AddressBook => ({
  accountId,
  addresses: [],
  defaultShippingAddressId: null,
  defaultBillingAddressId: null,
});

export interface AddressInput {
  label?: string | null;
  address: Address;
  defaultShipping?: boolean;
  defaultBilling?: boolean;
}

export function validateAddress(a: Address, path = 'address'): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of ['name', 'street', 'city', 'postalCode', 'country'] as const) {
    if (!a[field]?.trim())
      errors.push({ path: `${path}.${field}`, code: 'FIELD_REQUIRED', message: `${field} is required` });
  }
  if (a.country && !/^[A-Z]{2}$/.test(a.country))
    errors.push({ path: `${path}.country`, code: 'FIELD_INVALID', message: 'ISO 3166-1 alpha-2 code' });
  if (a.postalCode && !/^[A-Za-z0-9 -]{2,12}$/.test(a.postalCode))
    errors.push({ path: `${path}.postalCode`, code: 'FIELD_INVALID', message: 'not a postal code' });
  return errors;
}

function changed(book: AddressBook, addressId: string, change: 'added' | 'updated' | 'removed'): Decision<AddressBook> {
  const entry = book.addresses.find((a) => a.addressId === addressId);
  return {
    state: book,
    events: [
      {
        type: 'AddressChanged',
        payload: {
          addressId,
          change,
          label: entry?.label ?? null,
          address: entry?.address ?? null,
          defaultShippingAddressId: book.defaultShippingAddressId,
          defaultBillingAddressId: book.defaultBillingAddressId,
        },
      },
    ],
  };
}

/** The first address of a book becomes both defaults. */
export function addAddress(
  book: AddressBook,
  addressId: string,
  input: AddressInput,
  now: Date,
): Decision<AddressBook> {
  assertNoFieldErrors(validateAddress(input.address));
  if (book.addresses.length >= MAX_ADDRESSES) {
    throw accountErrors.ADDRESS_BOOK_FULL(`an address book holds at most ${MAX_ADDRESSES} addresses`);
  }
  const at = now.toISOString();
  const entry: AddressEntry = {
    addressId,
    label: input.label ?? null,
    address: { ...input.address, region: input.address.region ?? null },
    createdAt: at,
    updatedAt: at,
  };
  const next: AddressBook = {
    ...book,
    addresses: [...book.addresses, entry],
    defaultShippingAddressId:
      input.defaultShipping || !book.defaultShippingAddressId ? addressId : book.defaultShippingAddressId,
    defaultBillingAddressId:
      input.defaultBilling || !book.defaultBillingAddressId ? addressId : book.defaultBillingAddressId,
  };
  return changed(next, addressId, 'added');
}

/** Replaces an address; `defaultShipping/defaultBilling: true` moves a default to it (unsetting is done by choosing another). */
export function updateAddress(
  book: AddressBook,
  addressId: string,
  input: AddressInput,
  now: Date,
): Decision<AddressBook> {
  const current = book.addresses.find((a) => a.addressId === addressId);
  if (!current) throw notFound('address');
  assertNoFieldErrors(validateAddress(input.address));
  const entry: AddressEntry = {
    ...current,
    label: input.label === undefined ? current.label : input.label,
    address: { ...input.address, region: input.address.region ?? null },
    updatedAt: now.toISOString(),
  };
  const next: AddressBook = {
    ...book,
    addresses: book.addresses.map((a) => (a.addressId === addressId ? entry : a)),
    defaultShippingAddressId: input.defaultShipping ? addressId : book.defaultShippingAddressId,
    defaultBillingAddressId: input.defaultBilling ? addressId : book.defaultBillingAddressId,
  };
  return changed(next, addressId, 'updated');
}

/** Removing a default address hands the default to the oldest remaining address (none when the book is empty). */
export function removeAddress(book: AddressBook, addressId: string): Decision<AddressBook> {
  if (!book.addresses.some((a) => a.addressId === addressId)) throw notFound('address');
  const addresses = book.addresses.filter((a) => a.addressId !== addressId);
  const fallback =
    [...addresses].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))[0]?.addressId ??
    null;
  const next: AddressBook = {
    ...book,
    addresses,
    defaultShippingAddressId: book.defaultShippingAddressId === addressId ? fallback : book.defaultShippingAddressId,
    defaultBillingAddressId: book.defaultBillingAddressId === addressId ? fallback : book.defaultBillingAddressId,
  };
  return changed(next, addressId, 'removed');
}

export const findAddress = (book: AddressBook | null, addressId: string) =>
  book?.addresses.find((a) => a.addressId === addressId) ?? null;
