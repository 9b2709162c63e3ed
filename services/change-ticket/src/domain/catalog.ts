import { z } from 'zod';

/**
 * Change catalogs are data: a seed file (catalogs/*.yaml) loaded and checked at start. This module holds the
 * file's shape and every rule a catalog file must follow, so a bad file stops the service with a clear message.
 */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes (1..64)');

export const FIELD_TYPES = ['text', 'integer', 'number', 'boolean', 'choice', 'date'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const FieldDefinitionSchema = z
  .object({
    name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, 'camelCase identifier (1..40)'),
    label: z.string().min(1).max(200),
    type: z.enum(FIELD_TYPES),
    required: z.boolean().default(false),
    /** integer/number: smallest and largest value allowed. */
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    /** text: length bounds (text without maxLength is bounded at 4000). */
    minLength: z.number().int().min(0).optional(),
    maxLength: z.number().int().min(1).max(4000).optional(),
    /** choice: the values allowed. */
    options: z.array(z.string().min(1).max(100)).min(1).optional(),
    /** integer: the value may not exceed what the element holds (e.g. licences held). */
    maxFromElement: z.enum(['rdsLicences']).optional(),
    help: z.string().max(1000).optional(),
  })
  .strict();
export type FieldDefinition = z.infer<typeof FieldDefinitionSchema>;

export const ArticleSchema = z
  .object({
    id,
    name: z.string().min(1).max(200),
    /** Needs a prior study: the request waits for a quote the customer accepts. */
    needsStudy: z.boolean().default(false),
    /** The request's description is required (free-text requests). */
    descriptionRequired: z.boolean().default(false),
    /** On completion, the element's RDS licences go up (`add`) or down (`remove`) by the `quantity` field. */
    rdsLicences: z.enum(['add', 'remove']).optional(),
    fields: z.array(FieldDefinitionSchema).default([]),
  })
  .strict();
export type Article = z.infer<typeof ArticleSchema>;

export const CategorySchema = z
  .object({ id, name: z.string().min(1).max(200), articles: z.array(ArticleSchema).min(1) })
  .strict();
export type Category = z.infer<typeof CategorySchema>;

export const CatalogSchema = z
  .object({
    id,
    name: z.string().min(1).max(200),
    description: z.string().max(2000).optional(),
    /** Kinds of inventory element this catalog is offered for. */
    elementKinds: z.array(id).min(1),
    categories: z.array(CategorySchema).min(1),
  })
  .strict();
export type Catalog = z.infer<typeof CatalogSchema>;

export const ElementKindSchema = z
  .object({
    kind: id,
    name: z.string().min(1).max(200),
    /** Service/subscription order lines whose SKU starts with one of these become elements of this kind. */
    skuPrefixes: z.array(z.string().min(1).max(64)).default([]),
  })
  .strict();
export type ElementKind = z.infer<typeof ElementKindSchema>;

export const CatalogFileSchema = z
  .object({
    /** Bumped on every change of the file; recorded on each submitted request. */
    version: z.number().int().min(1),
    elementKinds: z.array(ElementKindSchema).min(1),
    /** Kind given to service/subscription lines no prefix matches. */
    defaultElementKind: id,
    /** Software lines whose SKU starts with one of these are RDS licences. */
    rdsSkuPrefixes: z.array(z.string().min(1).max(64)).default([]),
    catalogs: z.array(CatalogSchema).min(1),
  })
  .strict();
export type CatalogFile = z.infer<typeof CatalogFileSchema>;

export class CatalogFileError extends Error {
  override readonly name = 'CatalogFileError';
  constructor(readonly problems: string[]) {
    super(`catalog file is invalid:\n- ${problems.join('\n- ')}`);
  }
}

const duplicates = (values: string[]) => [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];

/** Parses and checks a catalog file (already read from YAML/JSON); throws CatalogFileError naming every problem. */
export function parseCatalogFile(raw: unknown): CatalogFile {
  const parsed = CatalogFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new CatalogFileError(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  const file = parsed.data;
  const problems: string[] = [];
  const kinds = file.elementKinds.map((k) => k.kind);
  for (const d of duplicates(kinds)) problems.push(`elementKinds: kind ${d} is declared twice`);
  if (!kinds.includes(file.defaultElementKind))
    problems.push(`defaultElementKind: ${file.defaultElementKind} is not an element kind`);
  for (const d of duplicates(file.catalogs.map((c) => c.id))) problems.push(`catalogs: id ${d} is used twice`);
  file.catalogs.forEach((catalog, ci) => {
    const at = `catalogs[${ci}] (${catalog.id})`;
    for (const kind of catalog.elementKinds)
      if (!kinds.includes(kind)) problems.push(`${at}: element kind ${kind} is not declared`);
    for (const d of duplicates(catalog.categories.map((c) => c.id)))
      problems.push(`${at}: category id ${d} is used twice`);
    const articles = catalog.categories.flatMap((c) => c.articles);
    for (const d of duplicates(articles.map((a) => a.id))) problems.push(`${at}: article id ${d} is used twice`);
    for (const article of articles) {
      const where = `${at} article ${article.id}`;
      for (const d of duplicates(article.fields.map((f) => f.name)))
        problems.push(`${where}: field ${d} is declared twice`);
      for (const field of article.fields)
        problems.push(...fieldDefinitionProblems(field).map((p) => `${where} field ${field.name}: ${p}`));
      if (article.rdsLicences) {
        const quantity = article.fields.find((f) => f.name === 'quantity');
        if (!quantity || quantity.type !== 'integer' || !quantity.required) {
          problems.push(`${where}: rdsLicences needs a required integer field named quantity`);
        }
      }
    }
  });
  if (problems.length > 0) throw new CatalogFileError(problems);
  return file;
}

function fieldDefinitionProblems(field: FieldDefinition): string[] {
  const problems: string[] = [];
  const numeric = field.type === 'integer' || field.type === 'number';
  if (!numeric && (field.min !== undefined || field.max !== undefined))
    problems.push('min/max only apply to integer and number');
  if (field.type !== 'text' && (field.minLength !== undefined || field.maxLength !== undefined))
    problems.push('minLength/maxLength only apply to text');
  if (field.min !== undefined && field.max !== undefined && field.min > field.max) problems.push('min is above max');
  if (field.minLength !== undefined && field.maxLength !== undefined && field.minLength > field.maxLength)
    problems.push('minLength is above maxLength');
  if (field.type === 'choice' && !field.options) problems.push('a choice needs options');
  if (field.type !== 'choice' && field.options) problems.push('options only apply to choice');
  if (field.maxFromElement && field.type !== 'integer') problems.push('maxFromElement only applies to integer');
  return problems;
}

/** Catalogs offered for an element of this kind, in file order. */
export const catalogsForKind = (file: CatalogFile, kind: string): Catalog[] =>
  file.catalogs.filter((c) => c.elementKinds.includes(kind));

export const findCatalog = (file: CatalogFile, catalogId: string): Catalog | undefined =>
  file.catalogs.find((c) => c.id === catalogId);

export interface ArticleChoice {
  catalog: Catalog;
  category: Category;
  article: Article;
}

/** Kind of element a service/subscription line with this SKU becomes. */
export const elementKindOfSku = (file: CatalogFile, sku: string): string =>
  file.elementKinds.find((k) => k.skuPrefixes.some((p) => sku.startsWith(p)))?.kind ?? file.defaultElementKind;

export const isRdsSku = (file: CatalogFile, sku: string): boolean => file.rdsSkuPrefixes.some((p) => sku.startsWith(p));
