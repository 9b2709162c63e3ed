import { z } from '@portal/platform';

/** Building blocks shared by the request and answer schemas of every resource. */
export const text = (max: number) => z.string().max(max);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

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

export const Money = z.object({ amountMinor: z.number().int(), currency: z.string() });

export const periodQuery = z.object({ from: isoDate, to: isoDate }).strict();
