/** Request and response schemas of the upgrade request routes (create, preview, wizard steps, decisions, list). */
import { z } from '@portal/platform';
import { Address, instant, num, orderNumberParam, sku, Term, Money } from './schemas';

export const BasicInfoBody = z
  .object({
    discountPercent: num
      .nullable()
      .default(null)
      .openapi({ description: 'Order discount, 0 < p <= 100, two decimals at most' }),
    specialPricingFormNumber: z
      .string()
      .max(64)
      .nullable()
      .default(null)
      .openapi({ description: 'Required with a discount' }),
    startDate: z.string().max(32).nullable().default(null).openapi({ description: 'ISO date, not in the past' }),
    deploymentWindowDays: num.nullable().default(null).openapi({ description: '1..365' }),
    termOption: z.enum(['own-term', 'co-term']).nullable().default(null),
    termMonths: num.nullable().default(null).openapi({ description: 'Own term only: 1..120' }),
  })
  .strict()
  .openapi('UpgradeBasicInfo');

export const HardwareLineBody = z
  .object({
    sku,
    targetSku: sku,
    quantity: num,
    serialNumbers: z.array(z.string().min(1).max(64)).max(1000).default([]),
    deliveryAddressId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .nullable()
      .default(null)
      .openapi({ description: "An address id of the account's address book (account service)" }),
    shippingServiceLevel: z.enum(['standard', 'expedited', 'next-day']).nullable().default(null),
    carrierName: z
      .string()
      .max(100)
      .nullable()
      .default(null)
      .openapi({ description: 'Required for standard shipping' }),
    shippingAccount: z
      .string()
      .max(100)
      .nullable()
      .default(null)
      .openapi({ description: 'Required for standard shipping' }),
  })
  .strict()
  .openapi('UpgradeHardwareLine');

export const SoftwareLineBody = z
  .object({ sku, targetSku: sku, quantity: num })
  .strict()
  .openapi('UpgradeSoftwareLine');

const content = {
  basicInfo: BasicInfoBody.optional(),
  hardwareLines: z.array(HardwareLineBody).max(100).optional(),
  softwareLines: z.array(SoftwareLineBody).max(100).optional(),
  comment: z.string().max(10_000).nullable().optional().openapi({ description: 'At most 2000 characters' }),
};

export const PreviewBody = z.object(content).strict().openapi('UpgradeRequestPreviewRequest');
export const CreateUpgradeBody = z
  .object({
    ...content,
    submit: z
      .boolean()
      .default(true)
      .openapi({ description: 'true: validate everything and send for approval at once; false: save a wizard draft' }),
  })
  .strict()
  .openapi('UpgradeRequestCreateRequest');
export const BasicInfoStepBody = BasicInfoBody;
export const HardwareStepBody = z.object({ hardwareLines: z.array(HardwareLineBody).max(100) }).strict();
export const SoftwareStepBody = z.object({ softwareLines: z.array(SoftwareLineBody).max(100) }).strict();
export const MiscStepBody = z.object({ comment: z.string().max(10_000).nullable() }).strict();
export const RejectBody = z.object({ reason: z.string().max(10_000) }).strict();
export const UpgradeListQuery = z.object({
  status: z.enum(['draft', 'pending-approval', 'approved', 'rejected', 'withdrawn', 'booked']).optional(),
  orderNumber: orderNumberParam.optional(),
});
export const UpgradeRequestSummary = z
  .object({
    requestId: z.string(),
    status: z.string(),
    requestedBy: z.string(),
    submittedAt: instant.nullable(),
    decidedAt: instant.nullable(),
    bookedOrderNumber: z.string().nullable(),
  })
  .openapi('UpgradeRequestSummary');
export const FieldErrorView = z.object({ path: z.string(), code: z.string(), message: z.string() });

export const TotalsView = z
  .object({
    currency: z.string(),
    lines: z.array(
      z.object({
        kind: z.enum(['hardware', 'software']),
        sku: z.string(),
        targetSku: z.string(),
        quantity: z.number(),
        unitPriceMinor: z.number().int().nullable(),
        amountMinor: z.number().int().nullable(),
      }),
    ),
    subtotalMinor: z.number().int(),
    discountMinor: z.number().int(),
    totalMinor: z.number().int(),
    unpricedSkus: z.array(z.string()),
    term: Term.nullable(),
  })
  .openapi('UpgradeTotals');

export const ReviewView = z
  .object({ valid: z.boolean(), errors: z.array(FieldErrorView), totals: TotalsView })
  .openapi('UpgradeReview');

export const UpgradeRequestView = z
  .object({
    requestId: z.string(),
    status: z.enum(['draft', 'pending-approval', 'approved', 'rejected', 'withdrawn', 'booked']),
    accountId: z.string(),
    contractNumber: z.string(),
    orderNumber: z.string(),
    requestedBy: z.string(),
    createdAt: instant,
    updatedAt: instant,
    basicInfo: BasicInfoBody,
    hardwareLines: z.array(HardwareLineBody.extend({ deliveryAddress: Address.nullable().optional() })),
    softwareLines: z.array(SoftwareLineBody),
    comment: z.string().nullable(),
    totals: TotalsView.nullable(),
    approvalTiers: z
      .array(
        z.object({
          tier: z.number().int(),
          name: z.string(),
          approverRole: z.string(),
          status: z.enum(['waiting', 'pending', 'approved', 'rejected']),
          decidedBy: z.string().nullable(),
          decidedAt: instant.nullable(),
        }),
      )
      .openapi({ description: 'Submitted requests: each approval tier the rules require and where it stands' }),
    submittedAt: instant.nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: instant.nullable(),
    rejectionReason: z.string().nullable(),
    withdrawnAt: instant.nullable(),
    bookedOrderNumber: z.string().nullable(),
    bookedAt: instant.nullable(),
    review: ReviewView.nullable().openapi({
      description: 'Drafts: the validation and totals a submit would give now (the review step)',
    }),
  })
  .openapi('UpgradeRequest');

export const UpgradeOptionView = z
  .object({
    sku: z.string(),
    kind: z.enum(['hardware', 'software', 'service', 'subscription']),
    description: z.string(),
    quantityOwned: z.number().int(),
    serialNumbers: z.array(z.object({ serialNumber: z.string(), heldByRequestId: z.string().nullable() })),
    targets: z.array(z.object({ sku: z.string(), description: z.string().nullable(), listPrice: Money.nullable() })),
  })
  .openapi('UpgradeOption');
