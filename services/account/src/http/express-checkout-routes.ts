import { defineRoute, z } from '@portal/platform';
import type { Deps } from '../app/deps';
import { expressCheckoutProfilesOf, removeProfile, saveProfile, useProfile } from '../app/express-checkout';
import { accountParams as params, idParam } from './params';
import { AddressView, ExpressCheckoutBody, ExpressCheckoutView, PaymentMethodView } from './schemas';

const profileParams = params.extend({ profileId: idParam });

/** Express checkout profiles: an address and a payment method joined for one-click checkout. */
export function expressCheckoutRoutes(deps: Deps) {
  return [
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/express-checkout-profiles',
      summary: 'Express checkout profiles with whether each can still be used',
      tags: ['express checkout'],
      params,
      responses: { 200: z.object({ items: z.array(ExpressCheckoutView) }) },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => ({ body: { items: await expressCheckoutProfilesOf(deps, input) } }),
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
      handler: async (input) => ({ body: await saveProfile(deps, input, input.params.profileId, input.body) }),
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
        await removeProfile(deps, input, input.params.profileId);
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
      handler: async (input) => ({ body: await useProfile(deps, input, input.params.profileId) }),
    }),
  ];
}
