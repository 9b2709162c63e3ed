/**
 * Approval rules as data (domain.md: "a rule can require a second tier"): an ordered list of tiers; each names the
 * internal role its approvers hold and, except the first, when it applies (ANY condition: a discount above a
 * percentage, or a total above an amount in the request's currency). A request needs the tiers that apply, in
 * order; each is decided by one approver, a different person from the earlier tiers'.
 * The file is checked when the service starts (parseApprovalRules): a bad file stops it with every problem named.
 */
import { z } from '@portal/platform/src/http/zod';

/** Internal roles that may approve (the vocabulary the rule file chooses from; visibility follows from them). */
export const APPROVER_ROLES = ['approver', 'senior-approver'] as const;

const Money = z
  .object({ currency: z.string().regex(/^[A-Z]{3}$/), amountMinor: z.number().int().nonnegative() })
  .strict();
const Tier = z
  .object({
    name: z.string().regex(/^[a-z0-9-]{1,40}$/),
    approverRole: z.enum(APPROVER_ROLES),
    description: z.string().max(200).optional(),
    when: z
      .object({
        discountPercentAbove: z.number().min(0).max(100).optional(),
        totalAbove: z.array(Money).max(50).optional(),
      })
      .strict()
      .refine((w) => w.discountPercentAbove !== undefined || (w.totalAbove?.length ?? 0) > 0, 'a condition is needed')
      .optional(),
  })
  .strict();

export const ApprovalRulesSchema = z
  .object({ tiers: z.array(Tier).min(1).max(5) })
  .strict()
  .superRefine((rules, ctx) => {
    if (rules.tiers[0]?.when)
      ctx.addIssue({ code: 'custom', path: ['tiers', 0, 'when'], message: 'the first tier applies to every request' });
    const names = rules.tiers.map((t) => t.name);
    names.forEach((n, i) => {
      if (names.indexOf(n) !== i) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'name'], message: `${n} twice` });
    });
  });

export type ApprovalRules = z.infer<typeof ApprovalRulesSchema>;
export type ApprovalTierRule = ApprovalRules['tiers'][number];

/** Parses and checks a rule file's content; throws one Error naming every problem. */
export function parseApprovalRules(json: unknown): ApprovalRules {
  const parsed = ApprovalRulesSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('\n'));
}

export interface ApprovalSubject {
  discountPercent: number | null;
  total: { currency: string; amountMinor: number };
}

const applies = (tier: ApprovalTierRule, s: ApprovalSubject): boolean => {
  if (!tier.when) return true;
  const { discountPercentAbove, totalAbove = [] } = tier.when;
  const deepDiscount = discountPercentAbove !== undefined && (s.discountPercent ?? 0) > discountPercentAbove;
  const large = totalAbove.some((m) => m.currency === s.total.currency && s.total.amountMinor > m.amountMinor);
  return deepDiscount || large;
};

/** The tiers a request needs, in order. */
export const tiersFor = (rules: ApprovalRules, subject: ApprovalSubject): ApprovalTierRule[] =>
  rules.tiers.filter((t) => applies(t, subject));
