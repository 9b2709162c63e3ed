import { z } from '@portal/platform';
import { refuseRawCardNumbers } from '../../domain/looks-like-card-number';
import { AddressSchema, text } from './common';

export const AddressBody = z
  .object({
    label: text(80).nullable().optional(),
    address: AddressSchema,
    defaultShipping: z.boolean().optional(),
    defaultBilling: z.boolean().optional(),
  })
  .strict();

export const AddressView = z
  .object({
    addressId: z.string(),
    label: z.string().nullable(),
    address: AddressSchema,
    defaultShipping: z.boolean(),
    defaultBilling: z.boolean(),
    updatedAt: z.string(),
  })
  .openapi('AddressBookEntry');

/**
 * Payment-method requests are scanned for card numbers BEFORE validation, so a full card number anywhere (even in an
 * unknown field) is refused as RAW_PAN_REFUSED, and no validation message can echo it.
 */
export const refusingCardNumbers = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((raw) => {
    refuseRawCardNumbers(raw);
    return raw;
  }, schema);

export const AddPaymentMethodBody = refusingCardNumbers(
  z
    .object({
      processor: text(40),
      token: text(128),
      brand: text(40),
      last4: text(4),
      expiryMonth: z.number().int().min(1).max(12),
      expiryYear: z.number().int().min(2000).max(2100),
      label: text(80).nullable().optional(),
    })
    .strict(),
);

export const PaymentMethodView = z
  .object({
    paymentMethodId: z.string(),
    processor: z.string(),
    brand: z.string(),
    last4: z.string(),
    expiryMonth: z.number(),
    expiryYear: z.number(),
    label: z.string().nullable(),
    expired: z.boolean(),
    addedAt: z.string(),
  })
  .openapi('PaymentMethod');

export const ExpressCheckoutBody = refusingCardNumbers(
  z
    .object({
      name: text(80),
      shippingAddressId: text(64),
      paymentMethodId: text(64),
      isDefault: z.boolean().optional(),
    })
    .strict(),
);

export const ExpressCheckoutView = z
  .object({
    profileId: z.string(),
    name: z.string(),
    shippingAddressId: z.string(),
    paymentMethodId: z.string(),
    isDefault: z.boolean(),
    status: z.enum(['usable', 'address-removed', 'payment-method-removed', 'payment-method-expired']),
  })
  .openapi('ExpressCheckoutProfile');
