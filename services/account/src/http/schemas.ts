import { z } from '@portal/platform';
import { refuseRawCardNumbers } from '../domain/looks-like-card-number';
import { SECTIONS } from '../domain/roles';
import { SUPPORT_PLANS } from '../domain/request-service-contract-renewal';
import { DOCUMENT_KINDS } from '../domain/support';

const text = (max: number) => z.string().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Problem = z.object({ code: z.string(), detail: z.string(), status: z.number() });

export const AddressSchema = z
  .object({
    name: text(200),
    street: text(300),
    city: text(120),
    postalCode: text(12),
    country: text(2),
    region: text(60).nullable().optional(),
  })
  .strict()
  .openapi('Address');

export const GrantRequestSchema = z
  .object({
    role: text(40),
    contractNumber: text(32).nullable().optional(),
    section: z.enum(SECTIONS).nullable().optional(),
  })
  .strict()
  .openapi('GrantRequest');

export const GrantSchema = z
  .object({
    accountId: z.string(),
    role: z.string(),
    contractNumber: z.string().nullable(),
    section: z.string().nullable(),
  })
  .openapi('Grant');

export const InviteUserBody = z
  .object({
    email: text(254),
    displayName: text(120).optional(),
    locale: text(10).optional(),
    userType: z.enum(['internal', 'external']).optional(),
    /** The IdP subject, when the account team links an existing identity (internal callers only). */
    userId: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.@-]{0,99}$/)
      .optional(),
    grants: z.array(GrantRequestSchema).max(50),
  })
  .strict();

export const ChangeRolesBody = z.object({ grants: z.array(GrantRequestSchema).max(50) }).strict();
export const DisableUserBody = z.object({ reason: text(500).nullable().optional() }).strict();

export const UserView = z
  .object({
    userId: z.string(),
    email: z.string(),
    displayName: z.string(),
    locale: z.string(),
    userType: z.string(),
    homeAccountId: z.string(),
    status: z.enum(['invited', 'active', 'disabled']),
    grants: z.array(GrantSchema),
    version: z.number(),
  })
  .openapi('User');

export const CreateAccountBody = z
  .object({
    accountId: text(48),
    name: text(200),
    country: text(2),
    region: text(20).nullable().optional(),
    accountType: z.enum(['premier', 'home', 'business', 'partner']),
    features: z.array(text(40)).max(30).nullable().optional(),
    resellerAccountIds: z.array(text(48)).max(20).optional(),
    accessGroup: text(100).nullable().optional(),
  })
  .strict();

export const AccountSettingsBody = z
  .object({
    name: text(200).optional(),
    country: text(2).optional(),
    region: text(20).nullable().optional(),
    accountType: z.enum(['premier', 'home', 'business', 'partner']).optional(),
    features: z.array(text(40)).max(30).optional(),
    resellerAccountIds: z.array(text(48)).max(20).optional(),
    accessGroup: text(100).nullable().optional(),
    status: z.enum(['active', 'closed']).optional(),
  })
  .strict();

export const CompanyDetailsBody = z
  .object({
    legalName: text(200).nullable().optional(),
    vatNumber: text(40).nullable().optional(),
    phone: text(32).nullable().optional(),
    website: text(200).nullable().optional(),
    billingEmail: text(254).nullable().optional(),
  })
  .strict();

export const SsoBody = z
  .object({
    enabled: z.boolean(),
    idpEntityId: text(300).nullable().optional(),
    idpMetadataUrl: text(500).nullable().optional(),
  })
  .strict();

export const SupportContactsBody = z
  .object({
    contacts: z
      .array(
        z
          .object({ name: text(120), role: text(120), email: text(254), phone: text(32).nullable().optional() })
          .strict(),
      )
      .max(20),
  })
  .strict();

export const AccountView = z
  .object({
    accountId: z.string(),
    name: z.string(),
    country: z.string(),
    region: z.string().nullable(),
    accountType: z.string(),
    features: z.array(z.string()),
    resellerAccountIds: z.array(z.string()),
    status: z.string(),
    version: z.number(),
    accessGroup: z.string().nullable(),
    company: z.record(z.string().nullable()),
    sso: z.object({ enabled: z.boolean(), idpEntityId: z.string().nullable() }),
  })
  .openapi('Account');

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

export const DeviceView = z
  .object({
    serialNumber: z.string(),
    sku: z.string(),
    product: z.string(),
    orderNumber: z.string(),
    shippedAt: z.string(),
    warrantyEndsOn: z.string().nullable(),
    warrantyStatus: z.enum(['active', 'expiring', 'expired', 'unknown']),
    supportPlan: z.string().nullable(),
    serviceContractNumber: z.string().nullable(),
    supportEndsOn: z
      .string()
      .nullable()
      .openapi({ description: 'ISO date support ends, from the ERP-confirmed contract' }),
  })
  .openapi('Device');

export const RenewalBody = z
  .object({
    action: z.enum(['renew', 'upgrade']),
    plan: z.enum(SUPPORT_PLANS).or(text(40)),
    durationMonths: z.number().int().max(1200).openapi({
      description: 'months; the durations sold in the account’s country (data/service-contract-plans.json)',
    }),
    serialNumbers: z.array(text(64)).max(100),
    comment: text(2000).nullable().optional(),
  })
  .strict();

export const DocumentBody = z
  .object({
    title: text(200),
    kind: z.enum(DOCUMENT_KINDS),
    url: text(1000),
    validUntil: isoDate.nullable().optional(),
  })
  .strict();
export const DocumentView = z
  .object({
    documentId: z.string(),
    title: z.string(),
    kind: z.string(),
    url: z.string(),
    validUntil: z.string().nullable(),
    publishedAt: z.string(),
  })
  .openapi('Document');

export const ServiceRequestBody = z
  .object({
    serialNumber: text(64),
    title: text(200),
    status: z.enum(['open', 'closed']),
    openedAt: z.string().datetime().optional(),
  })
  .strict();
export const ServiceRequestView = z
  .object({
    serviceRequestId: z.string(),
    serialNumber: z.string(),
    title: z.string(),
    status: z.string(),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .openapi('ServiceRequest');

export const ProfileBody = z
  .object({
    displayName: text(120).optional(),
    locale: text(10).optional(),
    jobTitle: text(120).nullable().optional(),
    phone: text(32).nullable().optional(),
  })
  .strict();

export const Money = z.object({ amountMinor: z.number().int(), currency: z.string() });
export const RecentOrderView = z
  .object({
    orderNumber: z.string(),
    webOrderNumber: z.string().nullable(),
    placedAt: z.string(),
    status: z.string(),
    total: Money,
    lineCount: z.number(),
  })
  .openapi('RecentOrder');

export const periodQuery = z.object({ from: isoDate, to: isoDate }).strict();
