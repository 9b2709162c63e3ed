import { z } from '@portal/platform';
import { Money } from './common';

export const RenewalView = z
  .object({
    requestId: z.string(),
    action: z.string(),
    plan: z.string(),
    durationMonths: z.number(),
    devices: z.array(
      z.object({
        serialNumber: z.string(),
        sku: z.string(),
        currentPlan: z.string().nullable(),
        warrantyEndsOn: z.string().nullable(),
      }),
    ),
    comment: z.string().nullable(),
    status: z.enum(['requested', 'quoted', 'quote-expired', 'accepted', 'declined', 'active']).openapi({
      description:
        'quoted (accept or decline before quote.validUntil) -> accepted (waiting for the ERP) -> active; or declined; quote-expired when nobody decided in time',
    }),
    quote: z
      .object({
        quoteId: z.string(),
        lines: z.array(z.object({ serialNumber: z.string(), sku: z.string(), amount: Money })),
        total: Money,
        validUntil: z.string(),
      })
      .nullable(),
    requestedBy: z.string(),
    requestedAt: z.string(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    declineReason: z.string().nullable(),
    serviceContractNumber: z.string().nullable(),
    coverage: z.object({ startDate: z.string(), endDate: z.string() }).nullable(),
  })
  .openapi('ServiceContractRenewal');

export const DeclineBody = z.object({ reason: z.string().max(2000).nullable().optional() }).strict();
