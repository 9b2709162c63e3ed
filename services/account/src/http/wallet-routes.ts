import { defineRoute, notFound, z } from '@portal/platform';
import { addAddress, emptyAddressBook, removeAddress, updateAddress, type AddressBook } from '../domain/address-book';
import {
  profileStatus,
  removeExpressCheckoutProfile,
  saveExpressCheckoutProfile,
  useExpressCheckoutProfile,
} from '../domain/express-checkout';
import {
  addPaymentMethod,
  emptyWallet,
  paymentMethodView,
  removePaymentMethod,
  type Wallet,
} from '../domain/payment-methods';
import type { AccountState } from '../domain/account';
import type { Decision } from '../domain/types';
import { accountFor, accountIdParam, idParam, newId, type Deps } from './context';
import {
  AddPaymentMethodBody,
  AddressBody,
  AddressView,
  ExpressCheckoutBody,
  ExpressCheckoutView,
  PaymentMethodView,
} from './schemas';
import { addressViews } from './views';

const params = z.object({ accountId: accountIdParam });
const addressParams = params.extend({ addressId: idParam });
const pmParams = params.extend({ paymentMethodId: idParam });
const profileParams = params.extend({ profileId: idParam });

export function walletRoutes(deps: Deps) {
  const now = () => deps.kit.clock.now();
  const book = async (accountId: string) => (await deps.stores.addressBooks.get(accountId))?.state ?? null;
  const wallet = async (accountId: string) => (await deps.stores.wallets.get(accountId))?.state ?? null;
  const onBook = (account: AccountState, decide: (b: AddressBook) => Decision<AddressBook>) =>
    deps.stores.addressBooks
      .decide(account.accountId, (current) => decide(current ?? emptyAddressBook(account.accountId)), {
        accountId: () => account.accountId,
      })
      .then((r) => r.state);
  const onWallet = (account: AccountState, decide: (w: Wallet) => Decision<Wallet>) =>
    deps.stores.wallets
      .decide(account.accountId, (current) => decide(current ?? emptyWallet(account.accountId)), {
        accountId: () => account.accountId,
      })
      .then((r) => r.state);
  const profilesView = (w: Wallet | null, b: AddressBook | null) =>
    (w?.expressCheckoutProfiles ?? []).map((p) => ({
      profileId: p.profileId,
      name: p.name,
      shippingAddressId: p.shippingAddressId,
      paymentMethodId: p.paymentMethodId,
      isDefault: p.isDefault,
      status: profileStatus(p, w!, b, now()),
    }));

  return [
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/addresses',
      summary: 'Address book of the account (with the default shipping and billing addresses)',
      tags: ['address book'],
      params,
      responses: { 200: z.object({ items: z.array(AddressView) }) },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'view-account', 'address-book');
        return { body: { items: addressViews(await book(account.accountId)) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/addresses/:addressId',
      summary: 'One address of the book',
      tags: ['address book'],
      params: addressParams,
      responses: { 200: AddressView },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'view-account', 'address-book');
        const found = addressViews(await book(account.accountId)).find((a) => a.addressId === input.params.addressId);
        if (!found) throw notFound('address');
        return { body: found };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/accounts/:accountId/addresses',
      summary: 'Add an address (the first becomes default shipping and billing); publishes AddressChanged',
      tags: ['address book'],
      params,
      body: AddressBody,
      responses: { 201: AddressView },
      errors: [
        'NOT_FOUND',
        'ROLE_REQUIRED',
        'FEATURE_NOT_AVAILABLE',
        'FIELD_REQUIRED',
        'FIELD_INVALID',
        'ADDRESS_BOOK_FULL',
        'VALIDATION_FAILED',
      ],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'manage-addresses', 'address-book');
        const addressId = newId('addr');
        const address = { ...input.body.address, region: input.body.address.region ?? null };
        const state = await onBook(account, (b) => addAddress(b, addressId, { ...input.body, address }, now()));
        return {
          status: 201,
          body: addressViews(state).find((a) => a.addressId === addressId)!,
          headers: { location: `/accounts/${account.accountId}/addresses/${addressId}` },
        };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/accounts/:accountId/addresses/:addressId',
      summary: 'Replace an address; defaultShipping/defaultBilling true moves that default to it',
      tags: ['address book'],
      params: addressParams,
      body: AddressBody,
      responses: { 200: AddressView },
      errors: [
        'NOT_FOUND',
        'ROLE_REQUIRED',
        'FEATURE_NOT_AVAILABLE',
        'FIELD_REQUIRED',
        'FIELD_INVALID',
        'VALIDATION_FAILED',
      ],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'manage-addresses', 'address-book');
        const address = { ...input.body.address, region: input.body.address.region ?? null };
        const state = await onBook(account, (b) =>
          updateAddress(b, input.params.addressId, { ...input.body, address }, now()),
        );
        return { body: addressViews(state).find((a) => a.addressId === input.params.addressId)! };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/accounts/:accountId/addresses/:addressId',
      summary: 'Remove an address (a removed default passes to the oldest remaining address)',
      tags: ['address book'],
      params: addressParams,
      responses: { 204: null },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'manage-addresses', 'address-book');
        await onBook(account, (b) => removeAddress(b, input.params.addressId));
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/payment-methods',
      summary: 'Saved payment methods (brand, last four digits, expiry; never a token or card number)',
      tags: ['payment methods'],
      params,
      responses: { 200: z.object({ items: z.array(PaymentMethodView) }) },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'view-account', 'payment-methods');
        const items = ((await wallet(account.accountId))?.paymentMethods ?? []).map((pm) =>
          paymentMethodView(pm, now()),
        );
        return { body: { items: items.sort((a, b) => (a.paymentMethodId < b.paymentMethodId ? -1 : 1)) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/accounts/:accountId/payment-methods',
      summary:
        'Save a tokenized payment method; anything that looks like a full card number is refused (RAW_PAN_REFUSED)',
      description:
        'Send the payment processor token with brand, last four digits and expiry. A request carrying a full card number (13-19 digits, Luhn-valid, with or without spaces/dashes) anywhere is refused before validation; the number is never stored, echoed or logged.',
      tags: ['payment methods'],
      params,
      body: AddPaymentMethodBody,
      responses: { 201: PaymentMethodView },
      errors: [
        'RAW_PAN_REFUSED',
        'NOT_FOUND',
        'ROLE_REQUIRED',
        'FEATURE_NOT_AVAILABLE',
        'FIELD_INVALID',
        'PAYMENT_METHOD_EXPIRED',
        'PAYMENT_METHOD_DUPLICATE',
        'PAYMENT_METHODS_FULL',
        'VALIDATION_FAILED',
      ],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'manage-payment-methods', 'payment-methods');
        const paymentMethodId = newId('pm');
        const state = await onWallet(account, (w) =>
          addPaymentMethod(w, paymentMethodId, input.body, { addedBy: input.principal.userId, now: now() }),
        );
        const pm = state.paymentMethods.find((p) => p.paymentMethodId === paymentMethodId)!;
        return {
          status: 201,
          body: paymentMethodView(pm, now()),
          headers: { location: `/accounts/${account.accountId}/payment-methods/${paymentMethodId}` },
        };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/accounts/:accountId/payment-methods/:paymentMethodId',
      summary: 'Remove a saved payment method; publishes PaymentMethodRemoved',
      tags: ['payment methods'],
      params: pmParams,
      responses: { 204: null },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'manage-payment-methods', 'payment-methods');
        await onWallet(account, (w) =>
          removePaymentMethod(w, input.params.paymentMethodId, { removedBy: input.principal.userId }),
        );
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/express-checkout-profiles',
      summary: 'Express checkout profiles with whether each can still be used',
      tags: ['express checkout'],
      params,
      responses: { 200: z.object({ items: z.array(ExpressCheckoutView) }) },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'view-account', 'express-checkout');
        return { body: { items: profilesView(await wallet(account.accountId), await book(account.accountId)) } };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/accounts/:accountId/express-checkout-profiles/:profileId',
      summary: 'Create or replace an express checkout profile joining an address and a payment method',
      tags: ['express checkout'],
      params: profileParams,
      body: ExpressCheckoutBody,
      responses: { 200: ExpressCheckoutView },
      errors: [
        'RAW_PAN_REFUSED',
        'NOT_FOUND',
        'ROLE_REQUIRED',
        'FEATURE_NOT_AVAILABLE',
        'ADDRESS_NOT_FOUND',
        'PAYMENT_METHOD_NOT_FOUND',
        'PAYMENT_METHOD_EXPIRED',
        'EXPRESS_CHECKOUT_PROFILES_FULL',
        'VALIDATION_FAILED',
      ],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'manage-payment-methods', 'express-checkout');
        const addresses = await book(account.accountId);
        const state = await onWallet(account, (w) =>
          saveExpressCheckoutProfile(w, input.params.profileId, input.body, { book: addresses, now: now() }),
        );
        return { body: profilesView(state, addresses).find((p) => p.profileId === input.params.profileId)! };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/accounts/:accountId/express-checkout-profiles/:profileId',
      summary: 'Remove an express checkout profile',
      tags: ['express checkout'],
      params: profileParams,
      responses: { 204: null },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'manage-payment-methods', 'express-checkout');
        await onWallet(account, (w) => removeExpressCheckoutProfile(w, input.params.profileId));
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/accounts/:accountId/express-checkout-profiles/:profileId/use',
      summary:
        'Resolve a profile at checkout: its address and payment method, refused when either was deleted or expired',
      tags: ['express checkout'],
      params: profileParams,
      responses: {
        200: z.object({
          profileId: z.string(),
          shippingAddress: AddressView.shape.address,
          paymentMethod: PaymentMethodView,
        }),
      },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED', 'FEATURE_NOT_AVAILABLE', 'EXPRESS_CHECKOUT_UNUSABLE'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'manage-payment-methods', 'express-checkout');
        const w = (await wallet(account.accountId)) ?? emptyWallet(account.accountId);
        const used = useExpressCheckoutProfile(w, input.params.profileId, {
          book: await book(account.accountId),
          now: now(),
        });
        return {
          body: {
            profileId: used.profile.profileId,
            shippingAddress: used.address.address,
            paymentMethod: paymentMethodView(used.paymentMethod, now()),
          },
        };
      },
    }),
  ];
}
