import { assertNoFieldErrors, notFound, type FieldError } from '@portal/platform/src/errors';
import { looksLikeCardNumber, refuseRawCardNumbers } from './looks-like-card-number';
import type { Decision } from './types';
import { accountErrors } from './errors';

/** A saved payment method: only the processor's token plus brand, last four digits and expiry are ever kept. */
export interface PaymentMethod {
  paymentMethodId: string;
  processor: string;
  token: string;
  brand: string;
  last4: string;
  expiryMonth: number;
  expiryYear: number;
  label: string | null;
  addedBy: string;
  addedAt: string;
}

export interface ExpressCheckoutProfile {
  profileId: string;
  name: string;
  shippingAddressId: string;
  paymentMethodId: string;
  isDefault: boolean;
  savedAt: string;
}

/** The account's wallet (one aggregate per account): payment methods and express checkout profiles. */
export interface Wallet {
  accountId: string;
  paymentMethods: PaymentMethod[];
  expressCheckoutProfiles: ExpressCheckoutProfile[];
}

export const emptyWallet = (accountId: string): Wallet => ({
  accountId,
  paymentMethods: [],
  expressCheckoutProfiles: [],
});

export const PROCESSORS = ['stripe', 'adyen', 'braintree', 'worldpay', 'cybersource'] as const;
export const BRANDS = [
  'visa',
  'mastercard',
  'amex',
  'discover',
  'jcb',
  'diners',
  'unionpay',
  'cartes-bancaires',
] as const;
export const MAX_PAYMENT_METHODS = 20;
const TOKEN = /^[A-Za-z0-9_-]{8,128}$/;

export interface AddPaymentMethod {
  processor: string;
  token: string;
  brand: string;
  last4: string;
  expiryMonth: number;
  expiryYear: number;
  label?: string | null;
}

/** A card is usable through the last day of its expiry month (UTC). */
export function isExpired(pm: Pick<PaymentMethod, 'expiryMonth' | 'expiryYear'>, now: Date): boolean {
  const firstDayAfter = Date.UTC(pm.expiryYear, pm.expiryMonth, 1); // month is 1-based, so this is the next month
  return now.getTime() >= firstDayAfter;
}

/**
 * Saves a tokenized payment method. The whole request is scanned first: anything that looks like a full card
 * number is refused (RAW_PAN_REFUSED) before any other rule, so it is never stored, echoed or logged.
 */
export function addPaymentMethod(
  wallet: Wallet,
  paymentMethodId: string,
  request: AddPaymentMethod,
  ctx: { addedBy: string; now: Date },
): Decision<Wallet> {
  refuseRawCardNumbers(request);
  const errors: FieldError[] = [];
  if (!(PROCESSORS as readonly string[]).includes(request.processor))
    errors.push({ path: 'processor', code: 'FIELD_INVALID', message: `one of ${PROCESSORS.join(', ')}` });
  if (!TOKEN.test(request.token) || looksLikeCardNumber(request.token))
    errors.push({ path: 'token', code: 'FIELD_INVALID', message: 'a processor token (8-128 letters, digits, _ or -)' });
  if (!(BRANDS as readonly string[]).includes(request.brand))
    errors.push({ path: 'brand', code: 'FIELD_INVALID', message: `one of ${BRANDS.join(', ')}` });
  if (!/^\d{4}$/.test(request.last4))
    errors.push({ path: 'last4', code: 'FIELD_INVALID', message: 'exactly four digits' });
  if (!Number.isInteger(request.expiryMonth) || request.expiryMonth < 1 || request.expiryMonth > 12)
    errors.push({ path: 'expiryMonth', code: 'FIELD_INVALID', message: '1 to 12' });
  if (!Number.isInteger(request.expiryYear) || request.expiryYear < 2000 || request.expiryYear > 2100)
    errors.push({ path: 'expiryYear', code: 'FIELD_INVALID', message: 'a four-digit year' });
  else if (errors.length === 0 && isExpired(request, ctx.now))
    errors.push({ path: 'expiryYear', code: 'PAYMENT_METHOD_EXPIRED', message: 'this card has expired' });
  assertNoFieldErrors(errors);
  if (wallet.paymentMethods.some((pm) => pm.processor === request.processor && pm.token === request.token)) {
    throw accountErrors.PAYMENT_METHOD_DUPLICATE('this payment method is already saved');
  }
  if (wallet.paymentMethods.length >= MAX_PAYMENT_METHODS) {
    throw accountErrors.PAYMENT_METHODS_FULL(`at most ${MAX_PAYMENT_METHODS} payment methods per account`);
  }
  const pm: PaymentMethod = {
    paymentMethodId,
    processor: request.processor,
    token: request.token,
    brand: request.brand,
    last4: request.last4,
    expiryMonth: request.expiryMonth,
    expiryYear: request.expiryYear,
    label: request.label ?? null,
    addedBy: ctx.addedBy,
    addedAt: ctx.now.toISOString(),
  };
  return {
    state: { ...wallet, paymentMethods: [...wallet.paymentMethods, pm] },
    events: [
      {
        type: 'PaymentMethodAdded',
        payload: {
          paymentMethodId,
          processor: pm.processor,
          brand: pm.brand,
          last4: pm.last4,
          expiryMonth: pm.expiryMonth,
          expiryYear: pm.expiryYear,
          label: pm.label,
          addedBy: ctx.addedBy,
        },
      },
    ],
  };
}

/** Removing a payment method leaves the profiles that use it in place; they are refused at use (see express-checkout). */
export function removePaymentMethod(
  wallet: Wallet,
  paymentMethodId: string,
  ctx: { removedBy: string },
): Decision<Wallet> {
  if (!wallet.paymentMethods.some((pm) => pm.paymentMethodId === paymentMethodId)) throw notFound('payment method');
  return {
    state: { ...wallet, paymentMethods: wallet.paymentMethods.filter((pm) => pm.paymentMethodId !== paymentMethodId) },
    events: [{ type: 'PaymentMethodRemoved', payload: { paymentMethodId, removedBy: ctx.removedBy } }],
  };
}

/** What the edge shows of a payment method: never the token. */
export function paymentMethodView(pm: PaymentMethod, now: Date) {
  return {
    paymentMethodId: pm.paymentMethodId,
    processor: pm.processor,
    brand: pm.brand,
    last4: pm.last4,
    expiryMonth: pm.expiryMonth,
    expiryYear: pm.expiryYear,
    label: pm.label,
    expired: isExpired(pm, now),
    addedAt: pm.addedAt,
  };
}
