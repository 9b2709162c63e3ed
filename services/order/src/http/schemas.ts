/**
 * Request and response schemas of the order edge (zod; they validate requests and produce /openapi.json).
 * Requests carry types and safety bounds only; the business rules (ranges, required-ness, serial numbers...) are
 * the domain's, so one answer lists every broken rule with its domain code.
 * Shared here: parameters, money, term, address; each resource's schemas live beside its routes' file.
 */
import { z } from '@portal/platform';

export const orderNumberParam = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9-]{0,31}$/, 'an order number is 1-32 upper-case letters, digits and dashes')
  .openapi({ example: 'SO-1001' });
export const contractNumberParam = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9-]{0,31}$/, 'a contract number is 1-32 upper-case letters, digits and dashes')
  .openapi({ example: 'C-1001' });
export const requestIdParam = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}$/, 'an upgrade request id is 1-64 letters, digits and dashes');
export const invoiceNumberParam = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9-]{0,31}$/, 'an invoice number is 1-32 upper-case letters, digits and dashes');
export const accountIdQuery = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/);
export const sku = z.string().min(1).max(64);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is yyyy-mm-dd');
// Safety bounds only (documented as minimum/maximum); the domain's ranges answer 422 with their own codes.
export const num = z.number().finite().min(-1_000_000_000).max(1_000_000_000);

export const Money = z.object({ amountMinor: z.number().int(), currency: z.string().length(3) }).openapi('Money');
export const Term = z.object({ startDate: isoDate, endDate: isoDate }).openapi('Term');
export const Address = z
  .object({
    name: z.string().min(1).max(200),
    street: z.string().min(1).max(200),
    city: z.string().min(1).max(100),
    postalCode: z.string().min(1).max(20),
    country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2'),
    region: z.string().max(100).nullable().default(null),
  })
  .strict()
  .openapi('Address');

export const EmptyBody = z.object({}).strict();
export const instant = z.string().datetime();
