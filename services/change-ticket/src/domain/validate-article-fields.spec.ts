import fc from 'fast-check';
import type { Article } from './catalog';
import { validateArticleFields } from './validate-article-fields';

const article: Article = {
  id: 'all-types',
  name: 'All types',
  needsStudy: false,
  descriptionRequired: false,
  fields: [
    { name: 'title', label: 'Title', type: 'text', required: true, minLength: 2, maxLength: 10 },
    { name: 'notes', label: 'Notes', type: 'text', required: false },
    { name: 'count', label: 'Count', type: 'integer', required: true, min: 1, max: 10 },
    { name: 'ratio', label: 'Ratio', type: 'number', required: false, min: 0, max: 1 },
    { name: 'urgent', label: 'Urgent', type: 'boolean', required: false },
    { name: 'size', label: 'Size', type: 'choice', required: false, options: ['s', 'm'] },
    { name: 'on', label: 'On', type: 'date', required: false },
    { name: 'quantity', label: 'Quantity', type: 'integer', required: false, min: 1, maxFromElement: 'rdsLicences' },
  ],
};
const element = { rdsLicences: 3 };
const complete = { partial: false, element };
const codesByPath = (errors: { path: string; code: string }[]) =>
  Object.fromEntries(errors.map((e) => [e.path, e.code]));

describe('validateArticleFields', () => {
  it('Given valid values of every type, When validated, Then there is no error', () => {
    expect(
      validateArticleFields(
        article,
        { title: 'Hi', count: 3, ratio: 0.5, urgent: true, size: 'm', on: '2026-02-28', quantity: 3 },
        complete,
      ),
    ).toEqual([]);
  });

  it('Given required fields missing or blank, When validated complete, Then each is FIELD_REQUIRED', () => {
    expect(codesByPath(validateArticleFields(article, { title: '   ', count: null }, complete))).toEqual({
      'fields.title': 'FIELD_REQUIRED',
      'fields.count': 'FIELD_REQUIRED',
    });
  });

  it('Given required fields missing, When validated partial (draft), Then nothing is reported', () => {
    expect(validateArticleFields(article, {}, { partial: true, element })).toEqual([]);
  });

  it('Given a bad value, When validated partial (draft), Then it is still FIELD_INVALID', () => {
    expect(codesByPath(validateArticleFields(article, { count: 99 }, { partial: true, element }))).toEqual({
      'fields.count': 'FIELD_INVALID',
    });
  });

  it.each([
    ['title', 5, 'must be text'],
    ['title', 'x', 'at least 2'],
    ['title', 'x'.repeat(11), 'at most 10'],
    ['notes', 'x'.repeat(4001), 'at most 4000'],
    ['count', '3', 'must be a number'],
    ['count', 2.5, 'whole number'],
    ['count', 0, 'at least 1'],
    ['count', 11, 'at most 10'],
    ['ratio', Number.NaN, 'must be a number'],
    ['ratio', 1.5, 'at most 1'],
    ['urgent', 'yes', 'true or false'],
    ['size', 'xl', 'one of s, m'],
    ['size', 3, 'one of s, m'],
    ['on', '2026-02-30', 'calendar date'],
    ['on', '15/03/2026', 'calendar date'],
    ['on', true, 'calendar date'],
    ['quantity', 4, 'cannot exceed the 3 RDS licences held'],
  ])('Given %s = %p, When validated, Then FIELD_INVALID says "%s"', (name, value, message) => {
    const values = { title: 'Hi', count: 3, [name]: value } as Record<string, string | number | boolean | null>;
    const errors = validateArticleFields(article, values, complete);
    expect(errors).toEqual([
      { path: `fields.${name}`, code: 'FIELD_INVALID', message: expect.stringContaining(message) },
    ]);
  });

  it('Given a field the article does not declare, When validated, Then it is FIELD_INVALID', () => {
    expect(validateArticleFields(article, { title: 'Hi', count: 1, colour: 'red' }, complete)).toEqual([
      { path: 'fields.colour', code: 'FIELD_INVALID', message: expect.stringContaining('not a field') },
    ]);
  });

  it('Given several broken rules, When validated, Then every one is reported at once', () => {
    expect(validateArticleFields(article, { count: 0, size: 'xl', extra: 1 }, complete)).toHaveLength(4);
  });
});

describe('validateArticleFields (properties)', () => {
  const value = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.integer({ min: -50, max: 50 }),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(null),
  );

  it('Given any values, When validated as a draft, Then no FIELD_REQUIRED is ever reported, and every error names a field path', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('title', 'count', 'ratio', 'urgent', 'size', 'on', 'quantity', 'other'), value),
        (values) => {
          const errors = validateArticleFields(article, values, { partial: true, element });
          expect(errors.every((e) => e.code === 'FIELD_INVALID' && e.path.startsWith('fields.'))).toBe(true);
        },
      ),
    );
  });

  it('Given any whole count, Then it is valid exactly when 1 <= count <= 10', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (count) => {
        const errors = validateArticleFields(article, { title: 'Hi', count }, complete);
        expect(errors.length === 0).toBe(count >= 1 && count <= 10);
      }),
    );
  });

  it('Given any licences held and quantity to remove, Then the removal is valid exactly when 1 <= quantity <= held', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: -5, max: 60 }), (held, quantity) => {
        const errors = validateArticleFields(
          article,
          { title: 'Hi', count: 1, quantity },
          { partial: false, element: { rdsLicences: held } },
        );
        expect(errors.length === 0).toBe(quantity >= 1 && quantity <= held);
      }),
    );
  });
});
