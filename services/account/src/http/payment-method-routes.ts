import { defineRoute, z } from '@portal/platform';
import type { Deps } from '../app/deps';
import { paymentMethodsOf, removePaymentMethodFrom, savePaymentMethod } from '../app/payment-methods';
import { accountParams as params, idParam } from './params';
import { AddPaymentMethodBody, PaymentMethodView } from './schemas';

/** Tokenized payment methods of the account: a full card number is never accepted, stored or echoed. */
export function paymentMethodRoutes(deps: Deps) {
  return [
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/payment-methods',
      summary: 'Saved payment methods (brand, last four digits, expiry; never a token or card number)',
      tags: ['payment methods'],
      params,
      responses: { 200: z.object({ items: z.array(PaymentMethodView) }) },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => ({ body: { items: await paymentMethodsOf(deps, input) } }),
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
        const { account, paymentMethod } = await savePaymentMethod(deps, input, input.body);
        return {
          status: 201,
          body: paymentMethod,
          headers: { location: `/accounts/${account.accountId}/payment-methods/${paymentMethod.paymentMethodId}` },
        };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/accounts/:accountId/payment-methods/:paymentMethodId',
      summary: 'Remove a saved payment method; publishes PaymentMethodRemoved',
      tags: ['payment methods'],
      params: params.extend({ paymentMethodId: idParam }),
      responses: { 204: null },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => {
        await removePaymentMethodFrom(deps, input, input.params.paymentMethodId);
        return { status: 204 };
      },
    }),
  ];
}
