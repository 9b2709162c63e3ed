import { z } from '@portal/platform';
import { SUPPORT_PLANS } from '../../domain/request-service-contract-renewal';
import { DOCUMENT_KINDS } from '../../domain/support';
import { isoDate, text } from './common';

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
