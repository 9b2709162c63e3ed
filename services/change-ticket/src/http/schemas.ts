import { z } from '@portal/platform';
import { CHANGE_REQUEST_STATUSES } from '../domain/types';
import { STATUS_GROUPS } from '../domain/status-machine';

// Request schemas (one per route) and answer schemas; they validate and produce the OpenAPI document.

export const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:|-]{0,99}$/, 'an id (letters, digits, . _ : | -; at most 100)');
const catalogId = z.string().max(64);
const text = (max: number) => z.string().max(max);
const fieldValue = z.union([z.string().max(4000), z.number().finite().min(-1e12).max(1e12), z.boolean(), z.null()]);
export const fieldValues = z
  .record(z.string().max(40), fieldValue)
  .refine((values) => Object.keys(values).length <= 50, 'at most 50 fields')
  .openapi({
    description: 'Values of the article fields, by field name (see the article field definitions)',
    maxProperties: 50,
  });

/** What a request holds; bounds here are generous, the domain rules (reference <= 64, ...) answer FIELD_INVALID. */
const content = {
  catalogId: catalogId.nullable().optional(),
  categoryId: catalogId.nullable().optional(),
  articleId: catalogId.nullable().optional(),
  fields: fieldValues.optional(),
  reference: text(1000).nullable().optional().openapi({ description: 'Your reference (at most 64 characters)' }),
  description: text(10000)
    .nullable()
    .optional()
    .openapi({ description: 'What you want changed (at most 4000 characters)' }),
};

export const CreateChangeRequestBody = z
  .object({
    elementId: id,
    ...content,
    submit: z.boolean().default(false).openapi({ description: 'Confirm at once (otherwise saved as a draft)' }),
  })
  .strict();
export const PreviewChangeRequestBody = z.object({ elementId: id, ...content }).strict();
export const EditDraftBody = z.object({ elementId: id.optional(), ...content }).strict();
export const ReasonBody = z.object({ reason: text(2000).nullable().optional() }).strict();
export const RejectBody = z.object({ reason: text(2000) }).strict();
export const MoneySchema = z
  .object({ amountMinor: z.number().int().min(-1e13).max(1e13), currency: z.string().max(3) })
  .strict()
  .openapi({ description: 'Integer minor units and ISO 4217 currency' });
export const QuoteBody = z
  .object({ amount: MoneySchema, validUntil: z.coerce.date().openapi({ type: 'string', format: 'date-time' }) })
  .strict();
export const IdParams = z.object({ id }).strict();
export const ElementParams = z.object({ elementId: id }).strict();
export const CatalogParams = z.object({ catalogId }).strict();

export const statusFilter = z.enum([
  ...(Object.keys(STATUS_GROUPS) as [keyof typeof STATUS_GROUPS]),
  ...CHANGE_REQUEST_STATUSES,
]);

const instant = z.string().openapi({ format: 'date-time' });
const WarningSchema = z.object({
  code: z.literal('CHANGES_IN_PROGRESS_ON_ELEMENT'),
  detail: z.string(),
  requestIds: z.array(z.string()),
});
const BillingSchema = z.object({
  month: z.string(),
  freeChangesPerMonth: z.number().int(),
  usedThisMonth: z.number().int(),
  freeChangesLeft: z.number().int(),
  billable: z.boolean(),
});

export const ChangeRequestSchema = z
  .object({
    id: z.string(),
    accountId: z.string(),
    perimeterId: z.string(),
    elementId: z.string(),
    elementName: z.string(),
    contractNumber: z.string().nullable(),
    catalogId: z.string().nullable(),
    categoryId: z.string().nullable(),
    articleId: z.string().nullable(),
    articleName: z.string().nullable(),
    catalogVersion: z.number().int().nullable(),
    needsStudy: z.boolean(),
    fields: fieldValues,
    reference: z.string().nullable(),
    description: z.string().nullable(),
    status: z.enum(CHANGE_REQUEST_STATUSES),
    billing: z
      .object({
        month: z.string(),
        freeChangesPerMonth: z.number().int(),
        ordinal: z.number().int(),
        billable: z.boolean(),
      })
      .nullable(),
    quote: z
      .object({
        quoteId: z.string(),
        amount: MoneySchema,
        validUntil: instant,
        issuedAt: instant,
        issuedBy: z.string(),
      })
      .nullable(),
    closingReason: z.string().nullable(),
    requestedBy: z.string(),
    createdAt: instant,
    updatedAt: instant,
    submittedAt: instant.nullable(),
    history: z.array(
      z.object({
        at: instant,
        action: z.string(),
        status: z.enum(CHANGE_REQUEST_STATUSES),
        by: z.string(),
        note: z.string().nullable(),
      }),
    ),
  })
  .openapi('ChangeRequest');

export const CommandAnswer = z.object({
  id: z.string(),
  status: z.enum(CHANGE_REQUEST_STATUSES),
  warnings: z.array(WarningSchema),
  billing: BillingSchema.nullable(),
  request: ChangeRequestSchema,
});
export const PreviewAnswer = z.object({
  warnings: z.array(WarningSchema),
  billing: BillingSchema,
  needsStudy: z.boolean(),
  status: z.enum(['submitted', 'quote-pending']),
});

export const ChangeRequestLine = z
  .object({
    id: z.string(),
    accountId: z.string(),
    perimeterId: z.string(),
    elementId: z.string(),
    elementName: z.string(),
    catalogId: z.string().nullable(),
    categoryId: z.string().nullable(),
    articleId: z.string().nullable(),
    articleName: z.string().nullable(),
    reference: z.string().nullable(),
    status: z.enum(CHANGE_REQUEST_STATUSES),
    billable: z.boolean().nullable(),
    quote: z.object({ quoteId: z.string(), amount: MoneySchema, validUntil: instant }).nullable(),
    requestedBy: z.string(),
    createdAt: instant,
    updatedAt: instant,
    submittedAt: instant.nullable(),
  })
  .openapi('ChangeRequestLine');

const FieldDefinitionSchema = z.object({
  name: z.string(),
  label: z.string(),
  type: z.enum(['text', 'integer', 'number', 'boolean', 'choice', 'date']),
  required: z.boolean(),
  min: z.number().optional(),
  max: z.number().optional(),
  minLength: z.number().optional(),
  maxLength: z.number().optional(),
  options: z.array(z.string()).optional(),
  maxFromElement: z.string().optional(),
  help: z.string().optional(),
});
export const CatalogSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().optional(),
    elementKinds: z.array(z.string()),
    categories: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        articles: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            needsStudy: z.boolean(),
            descriptionRequired: z.boolean(),
            rdsLicences: z.enum(['add', 'remove']).optional(),
            fields: z.array(FieldDefinitionSchema),
          }),
        ),
      }),
    ),
  })
  .openapi('ChangeCatalog');
export const CatalogsAnswer = z.object({ version: z.number().int(), catalogs: z.array(CatalogSchema) });

export const ElementSchema = z
  .object({
    id: z.string(),
    accountId: z.string(),
    perimeterId: z.string(),
    kind: z.string(),
    name: z.string(),
    contractNumber: z.string().nullable(),
    rdsLicences: z.number().int(),
    orderNumber: z.string().nullable(),
    status: z.enum(['active', 'retired']),
  })
  .openapi('InventoryElement');
export const ElementDetail = ElementSchema.extend({
  catalogs: z.array(CatalogSchema),
  catalogVersion: z.number().int(),
});
export const PerimeterSchema = z
  .object({ id: z.string(), accountId: z.string(), name: z.string(), elementCount: z.number().int() })
  .openapi('Perimeter');
