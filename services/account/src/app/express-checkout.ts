import type { AddressBook } from '../domain/address-book';
import {
  profileStatus,
  removeExpressCheckoutProfile,
  saveExpressCheckoutProfile,
  useExpressCheckoutProfile,
  type SaveExpressCheckoutProfile,
} from '../domain/express-checkout';
import { emptyWallet, paymentMethodView, type Wallet } from '../domain/payment-methods';
import { accountFor, type AccountRequest } from './access';
import { nowOf, type Deps } from './deps';
import { addressBookOf, decideWallet, walletOf } from './wallet-state';

/** Each profile with whether it can still be used (its address and card may have gone since it was saved). */
const profilesView = (w: Wallet | null, b: AddressBook | null, now: Date) =>
  (w?.expressCheckoutProfiles ?? []).map((p) => ({
    profileId: p.profileId,
    name: p.name,
    shippingAddressId: p.shippingAddressId,
    paymentMethodId: p.paymentMethodId,
    isDefault: p.isDefault,
    status: profileStatus(p, w!, b, now),
  }));

export async function expressCheckoutProfilesOf(deps: Deps, input: AccountRequest) {
  const account = await accountFor(deps, input, 'view-account', 'express-checkout');
  return profilesView(
    await walletOf(deps, account.accountId),
    await addressBookOf(deps, account.accountId),
    nowOf(deps),
  );
}

export async function saveProfile(
  deps: Deps,
  input: AccountRequest,
  profileId: string,
  cmd: SaveExpressCheckoutProfile,
) {
  const account = await accountFor(deps, input, 'manage-payment-methods', 'express-checkout');
  const book = await addressBookOf(deps, account.accountId);
  const state = await decideWallet(deps, account, (w) =>
    saveExpressCheckoutProfile(w, profileId, cmd, { book, now: nowOf(deps) }),
  );
  return profilesView(state, book, nowOf(deps)).find((p) => p.profileId === profileId)!;
}

export async function removeProfile(deps: Deps, input: AccountRequest, profileId: string) {
  const account = await accountFor(deps, input, 'manage-payment-methods', 'express-checkout');
  await decideWallet(deps, account, (w) => removeExpressCheckoutProfile(w, profileId));
}

/** Resolves a profile at checkout: its address and payment method, refused when either is gone or expired. */
export async function useProfile(deps: Deps, input: AccountRequest, profileId: string) {
  const account = await accountFor(deps, input, 'manage-payment-methods', 'express-checkout');
  const wallet = (await walletOf(deps, account.accountId)) ?? emptyWallet(account.accountId);
  const now = nowOf(deps);
  const used = useExpressCheckoutProfile(wallet, profileId, {
    book: await addressBookOf(deps, account.accountId),
    now,
  });
  return {
    profileId: used.profile.profileId,
    shippingAddress: used.address.address,
    paymentMethod: paymentMethodView(used.paymentMethod, now),
  };
}
