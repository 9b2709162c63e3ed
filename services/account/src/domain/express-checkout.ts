import { assertNoFieldErrors, notFound, type FieldError } from '@portal/platform/src/errors';
import { findAddress, type AddressBook } from './address-book';
import { isExpired, type ExpressCheckoutProfile, type Wallet } from './payment-methods';
import type { Decision } from './types';
import { accountErrors } from './errors';

export const MAX_PROFILES = 10;

export interface SaveExpressCheckoutProfile {
  name: string;
  shippingAddressId: string;
  paymentMethodId: string;
  isDefault?: boolean;
}

export type ProfileStatus = 'usable' | 'address-removed' | 'payment-method-removed' | 'payment-method-expired';

/** Why a profile can or cannot be used right now. */
export function profileStatus(
  profile: ExpressCheckoutProfile,
  wallet: Wallet,
  book: AddressBook | null,
  now: Date,
): ProfileStatus {
  if (!findAddress(book, profile.shippingAddressId)) return 'address-removed';
  const pm = wallet.paymentMethods.find((p) => p.paymentMethodId === profile.paymentMethodId);
  if (!pm) return 'payment-method-removed';
  if (isExpired(pm, now)) return 'payment-method-expired';
  return 'usable';
}

function brokenParts(
  cmd: Pick<SaveExpressCheckoutProfile, 'shippingAddressId' | 'paymentMethodId'>,
  wallet: Wallet,
  book: AddressBook | null,
  now: Date,
) {
  const errors: FieldError[] = [];
  if (!findAddress(book, cmd.shippingAddressId))
    errors.push({
      path: 'shippingAddressId',
      code: 'ADDRESS_NOT_FOUND',
      message: 'no such address in the address book',
    });
  const pm = wallet.paymentMethods.find((p) => p.paymentMethodId === cmd.paymentMethodId);
  if (!pm)
    errors.push({ path: 'paymentMethodId', code: 'PAYMENT_METHOD_NOT_FOUND', message: 'no such saved payment method' });
  else if (isExpired(pm, now))
    errors.push({ path: 'paymentMethodId', code: 'PAYMENT_METHOD_EXPIRED', message: 'this card has expired' });
  return errors;
}

/**
 * Creates or replaces an express checkout profile joining an address of the book and a saved payment method;
 * refused when either is missing (deleted) or the card expired. One profile may be the default.
 */
export function saveExpressCheckoutProfile(
  wallet: Wallet,
  profileId: string,
  cmd: SaveExpressCheckoutProfile,
  ctx: { book: AddressBook | null; now: Date },
): Decision<Wallet> {
  const errors = brokenParts(cmd, wallet, ctx.book, ctx.now);
  if (!cmd.name.trim()) errors.unshift({ path: 'name', code: 'FIELD_REQUIRED', message: 'name the profile' });
  assertNoFieldErrors(errors);
  const others = wallet.expressCheckoutProfiles.filter((p) => p.profileId !== profileId);
  if (others.length >= MAX_PROFILES)
    throw accountErrors.EXPRESS_CHECKOUT_PROFILES_FULL(`at most ${MAX_PROFILES} profiles`);
  const isDefault = cmd.isDefault ?? others.length === 0;
  const profile: ExpressCheckoutProfile = {
    profileId,
    name: cmd.name.trim(),
    shippingAddressId: cmd.shippingAddressId,
    paymentMethodId: cmd.paymentMethodId,
    isDefault,
    savedAt: ctx.now.toISOString(),
  };
  const profiles = [...others.map((p) => (isDefault ? { ...p, isDefault: false } : p)), profile].sort((a, b) =>
    a.profileId < b.profileId ? -1 : 1,
  );
  return {
    state: { ...wallet, expressCheckoutProfiles: profiles },
    events: [
      {
        type: 'ExpressCheckoutProfileSaved',
        payload: {
          profileId,
          name: profile.name,
          shippingAddressId: profile.shippingAddressId,
          paymentMethodId: profile.paymentMethodId,
          isDefault,
        },
      },
    ],
  };
}

export function removeExpressCheckoutProfile(wallet: Wallet, profileId: string): Decision<Wallet> {
  if (!wallet.expressCheckoutProfiles.some((p) => p.profileId === profileId))
    throw notFound('express checkout profile');
  return {
    state: {
      ...wallet,
      expressCheckoutProfiles: wallet.expressCheckoutProfiles.filter((p) => p.profileId !== profileId),
    },
    events: [{ type: 'ExpressCheckoutProfileRemoved', payload: { profileId, reason: 'removed' } }],
  };
}

/**
 * Using a profile at checkout: the address and the payment method it joins, refused (EXPRESS_CHECKOUT_UNUSABLE,
 * per-part errors) when either was deleted or the card expired since the profile was saved.
 */
export function useExpressCheckoutProfile(
  wallet: Wallet,
  profileId: string,
  ctx: { book: AddressBook | null; now: Date },
) {
  const profile = wallet.expressCheckoutProfiles.find((p) => p.profileId === profileId);
  if (!profile) throw notFound('express checkout profile');
  const errors = brokenParts(profile, wallet, ctx.book, ctx.now);
  if (errors.length > 0) {
    throw accountErrors.EXPRESS_CHECKOUT_UNUSABLE('this express checkout profile can no longer be used', {
      errors,
    });
  }
  const address = findAddress(ctx.book, profile.shippingAddressId)!;
  const pm = wallet.paymentMethods.find((p) => p.paymentMethodId === profile.paymentMethodId)!;
  return { profile, address, paymentMethod: pm };
}
