import { z } from 'zod';

/**
 * A vendor program's deadlines and windows, as data: one validated file per program under
 * services/licensing/policies/. Guards, scheduled jobs and notices all read it; nothing here is hard-coded elsewhere.
 */
const days = z.number().int().min(0).max(3650);

export const noticeKinds = ['30-days-before', 'anniversary', 'before-access-removal'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

export const licenseTypes = ['enterprise', 'team'] as const;
export type LicenseType = (typeof licenseTypes)[number];

export const programPolicySchema = z
  .object({
    program: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes'),
    name: z.string().min(1).max(120),
    version: z.string().min(1).max(40),
    purchaseAuthorization: z
      .object({
        /** An order must reference the PA within this many days of its creation, or it expires (membership late). */
        orderWithinDays: days.min(1),
        /** Optional reminder (PurchaseAuthorizationExpiring) this many days before a pending PA expires. */
        reminderDaysBeforeExpiry: days.min(1).optional(),
      })
      .strict(),
    returnAuthorization: z
      .object({
        /** A return may be requested this many days after the order was placed, at most. */
        windowDays: days,
      })
      .strict(),
    renewal: z
      .object({
        /** The renewal window opens this many days before the anniversary. */
        windowOpensDaysBeforeAnniversary: days,
        /** The renewal overview lists licences from this many days before the window opens ... */
        overviewDaysBeforeWindow: days,
        /** ... or this many days before the anniversary, whichever comes first. */
        overviewDaysBeforeAnniversary: days,
        /** Access is removed this many days after an anniversary that was not renewed. */
        graceDaysAfterAnniversary: days.min(1),
        /** The admin-console banner shows `due` from this many days before the anniversary, `overdue` after it. */
        bannerFromDaysBeforeAnniversary: days,
        /** Renewal notices to the VIP administrators: each kind at most once per anniversary. */
        notices: z
          .array(
            z
              .object({
                kind: z.enum(noticeKinds),
                anchor: z.enum(['anniversary', 'access-removal']),
                /** Days relative to the anchor date (negative: before). */
                offsetDays: z.number().int().min(-3650).max(3650),
              })
              .strict(),
          )
          .max(10),
      })
      .strict(),
    products: z
      .array(
        z
          .object({
            sku: z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,39}$/),
            name: z.string().min(1).max(120),
            licenseTypes: z.array(z.enum(licenseTypes)).min(1),
            /** Education device licences cannot be ordered through a purchase authorization. */
            educationDevice: z.boolean().default(false),
            /** The SKU suggested for renewing this product (defaults to the same SKU). */
            renewalSku: z
              .string()
              .regex(/^[A-Z0-9][A-Z0-9-]{0,39}$/)
              .optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((policy, ctx) => {
    const skus = policy.products.map((p) => p.sku);
    skus.forEach((sku, i) => {
      if (skus.indexOf(sku) !== i)
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['products', i, 'sku'], message: `duplicate SKU ${sku}` });
    });
    const reminder = policy.purchaseAuthorization.reminderDaysBeforeExpiry;
    if (reminder !== undefined && reminder >= policy.purchaseAuthorization.orderWithinDays) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['purchaseAuthorization', 'reminderDaysBeforeExpiry'],
        message: 'the reminder must come after the PA is created',
      });
    }
    const kinds = policy.renewal.notices.map((n) => n.kind);
    kinds.forEach((kind, i) => {
      if (kinds.indexOf(kind) !== i)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['renewal', 'notices', i, 'kind'],
          message: `duplicate notice ${kind}`,
        });
    });
    policy.renewal.notices.forEach((n, i) => {
      if (n.anchor === 'access-removal' && n.offsetDays > 0) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['renewal', 'notices', i, 'offsetDays'],
          message: 'a notice about access removal must come before it',
        });
      }
    });
  });

export type ProgramPolicy = z.infer<typeof programPolicySchema>;
export type PolicyProduct = ProgramPolicy['products'][number];

export class PolicyError extends Error {
  override readonly name = 'PolicyError';
}

/** Validates one program's policy data; the message names every broken field of the file. */
export function parseProgramPolicy(raw: unknown, source = 'policy'): ProgramPolicy {
  const result = programPolicySchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new PolicyError(`${source} is invalid:\n- ${problems.join('\n- ')}`);
  }
  return result.data;
}

export const productOf = (policy: ProgramPolicy, sku: string): PolicyProduct | undefined =>
  policy.products.find((p) => p.sku === sku);

export type PolicyBook = ReadonlyMap<string, ProgramPolicy>;
