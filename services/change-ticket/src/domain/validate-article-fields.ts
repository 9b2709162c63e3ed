import type { Article, FieldDefinition } from './catalog';
import { type FieldError, invalid, required } from './field-error';
import type { FieldValue, FieldValues, InventoryElement } from './types';

/** Text fields without their own maxLength are bounded at this length. */
export const DEFAULT_TEXT_MAX_LENGTH = 4000;

export interface FieldCheckOptions {
  /** Drafts may be incomplete: required fields are not enforced, but every value given must be valid. */
  partial: boolean;
  /** What the element holds, for bounds such as "cannot remove more licences than held". */
  element: Pick<InventoryElement, 'rdsLicences'>;
}

const isEmpty = (value: FieldValue | undefined) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const isIsoDate = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/** Every broken rule of the values against the article's field definitions (empty when all hold). */
export function validateArticleFields(article: Article, values: FieldValues, options: FieldCheckOptions): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set(article.fields.map((f) => f.name));
  for (const name of Object.keys(values)) {
    if (!known.has(name)) errors.push(invalid(`fields.${name}`, `is not a field of article ${article.id}`));
  }
  for (const field of article.fields) {
    const value = values[field.name];
    const path = `fields.${field.name}`;
    if (isEmpty(value)) {
      if (field.required && !options.partial) errors.push(required(path, `${field.label} is required`));
      continue;
    }
    const problem = checkValue(field, value as Exclude<FieldValue, null>, options.element);
    if (problem) errors.push(invalid(path, `${field.label} ${problem}`));
  }
  return errors;
}

/** Why the value breaks the definition, or null when it holds. */
function checkValue(
  field: FieldDefinition,
  value: string | number | boolean,
  element: Pick<InventoryElement, 'rdsLicences'>,
): string | null {
  switch (field.type) {
    case 'text': {
      if (typeof value !== 'string') return 'must be text';
      const max = field.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
      if (value.length > max) return `must be at most ${max} characters`;
      if (field.minLength !== undefined && value.trim().length < field.minLength)
        return `must be at least ${field.minLength} characters`;
      return null;
    }
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (field.type === 'integer' && !Number.isInteger(value)) return 'must be a whole number';
      if (field.min !== undefined && value < field.min) return `must be at least ${field.min}`;
      if (field.max !== undefined && value > field.max) return `must be at most ${field.max}`;
      if (field.maxFromElement === 'rdsLicences' && value > element.rdsLicences) {
        return `cannot exceed the ${element.rdsLicences} RDS licences held on the element`;
      }
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'choice':
      return typeof value === 'string' && (field.options ?? []).includes(value)
        ? null
        : `must be one of ${(field.options ?? []).join(', ')}`;
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? null : 'must be a calendar date (yyyy-mm-dd)';
  }
}
