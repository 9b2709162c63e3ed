/**
 * The order service's copy of each account's address book and saved payment methods, projected from
 * account.events.v1 (AddressChanged, PaymentMethodAdded/Removed, keyed by account id so they arrive in order).
 * Only what order needs: the addresses a delivery may go to (seed 000 step 5.3) and which payment method ids
 * belong to the account (paying an invoice). Processor tokens never leave the account service.
 */
import type { AddressChangedPayload, PaymentMethodAddedPayload } from '@portal/contracts';
import type { Address } from './types';

export interface BookAddress {
  addressId: string;
  label: string | null;
  address: Address;
}

export interface BookPaymentMethod {
  paymentMethodId: string;
  brand: string;
  last4: string;
  expiryMonth: number;
  expiryYear: number;
}

export interface AccountBook {
  accountId: string;
  addresses: BookAddress[];
  defaultShippingAddressId: string | null;
  paymentMethods: BookPaymentMethod[];
}

export type AccountBookFact =
  | { kind: 'address'; change: AddressChangedPayload }
  | { kind: 'payment-method-added'; method: PaymentMethodAddedPayload }
  | { kind: 'payment-method-removed'; paymentMethodId: string };

const empty = (accountId: string): AccountBook => ({
  accountId,
  addresses: [],
  defaultShippingAddressId: null,
  paymentMethods: [],
});

export function applyAccountBookFact(
  current: AccountBook | null,
  accountId: string,
  fact: AccountBookFact,
): AccountBook {
  const book = current ?? empty(accountId);
  if (fact.kind === 'address') {
    const { addressId, change, address, label, defaultShippingAddressId } = fact.change;
    const others = book.addresses.filter((a) => a.addressId !== addressId);
    const addresses = change === 'removed' || !address ? others : [...others, { addressId, label, address }];
    return { ...book, addresses, defaultShippingAddressId };
  }
  if (fact.kind === 'payment-method-added') {
    const { paymentMethodId, brand, last4, expiryMonth, expiryYear } = fact.method;
    const others = book.paymentMethods.filter((m) => m.paymentMethodId !== paymentMethodId);
    return { ...book, paymentMethods: [...others, { paymentMethodId, brand, last4, expiryMonth, expiryYear }] };
  }
  return { ...book, paymentMethods: book.paymentMethods.filter((m) => m.paymentMethodId !== fact.paymentMethodId) };
}

export const addressOf = (book: AccountBook | null, addressId: string): BookAddress | null =>
  book?.addresses.find((a) => a.addressId === addressId) ?? null;

export const paymentMethodOf = (book: AccountBook | null, paymentMethodId: string): BookPaymentMethod | null =>
  book?.paymentMethods.find((m) => m.paymentMethodId === paymentMethodId) ?? null;

/** A card expired at the end of its expiry month (UTC). */
export const isExpired = (m: BookPaymentMethod, now: Date): boolean =>
  now.getUTCFullYear() * 12 + now.getUTCMonth() + 1 > m.expiryYear * 12 + m.expiryMonth;
