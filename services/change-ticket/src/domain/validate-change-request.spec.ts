import { validateChangeRequest } from './validate-change-request';
import { anElement, quotaChange, rdsRemoval, seedCatalogs } from './test-fixtures';

const codes = (errors: { path: string; code: string }[]) => Object.fromEntries(errors.map((e) => [e.path, e.code]));
const complete = { partial: false };
const partial = { partial: true };

describe('validateChangeRequest', () => {
  it('Given a complete quota change, When validated complete, Then it passes and the choice resolves', () => {
    const check = validateChangeRequest(anElement(), quotaChange, seedCatalogs, complete);
    expect(check.errors).toEqual([]);
    expect(check.choice?.article.id).toBe('change-quota');
  });

  it('Given only the element, When validated as a draft, Then it passes', () => {
    expect(validateChangeRequest(anElement(), {}, seedCatalogs, partial).errors).toEqual([]);
  });

  it('Given only the element, When validated complete, Then the catalog is FIELD_REQUIRED', () => {
    expect(codes(validateChangeRequest(anElement(), {}, seedCatalogs, complete).errors)).toEqual({
      catalogId: 'FIELD_REQUIRED',
    });
  });

  it('Given a catalog but no category, or a category but no article, When validated complete, Then the missing one is FIELD_REQUIRED', () => {
    expect(codes(validateChangeRequest(anElement(), { catalogId: 'standard' }, seedCatalogs, complete).errors)).toEqual(
      { categoryId: 'FIELD_REQUIRED' },
    );
    expect(
      codes(
        validateChangeRequest(
          anElement(),
          { catalogId: 'standard', categoryId: 'quota-changes' },
          seedCatalogs,
          complete,
        ).errors,
      ),
    ).toEqual({
      articleId: 'FIELD_REQUIRED',
    });
  });

  it('Given a catalog not offered for the element kind, When validated, Then catalogId is FIELD_INVALID', () => {
    const managed = anElement({ kind: 'managed-service' });
    expect(codes(validateChangeRequest(managed, quotaChange, seedCatalogs, partial).errors)).toEqual({
      catalogId: 'FIELD_INVALID',
    });
  });

  it('Given a category of another catalog or an article of another category, When validated, Then it is FIELD_INVALID', () => {
    expect(
      codes(
        validateChangeRequest(anElement(), { ...quotaChange, categoryId: 'gin-access' }, seedCatalogs, partial).errors,
      ),
    ).toEqual({ categoryId: 'FIELD_INVALID' });
    expect(
      codes(
        validateChangeRequest(anElement(), { ...quotaChange, articleId: 'make-another-request' }, seedCatalogs, partial)
          .errors,
      ),
    ).toEqual({
      articleId: 'FIELD_INVALID',
    });
  });

  it('Given a reference of 65 characters, When validated, Then reference is FIELD_INVALID; 64 is fine', () => {
    expect(
      codes(validateChangeRequest(anElement(), { reference: 'r'.repeat(65) }, seedCatalogs, partial).errors),
    ).toEqual({ reference: 'FIELD_INVALID' });
    expect(
      validateChangeRequest(anElement(), { ...quotaChange, reference: 'r'.repeat(64) }, seedCatalogs, complete).errors,
    ).toEqual([]);
  });

  it('Given a description over 4000 characters, When validated, Then description is FIELD_INVALID', () => {
    expect(
      codes(validateChangeRequest(anElement(), { description: 'd'.repeat(4001) }, seedCatalogs, partial).errors),
    ).toEqual({ description: 'FIELD_INVALID' });
  });

  it('Given "Make another request" without description, When validated complete, Then description is FIELD_REQUIRED (not for drafts)', () => {
    const other = { catalogId: 'standard', categoryId: 'other-requests', articleId: 'make-another-request' };
    expect(codes(validateChangeRequest(anElement(), other, seedCatalogs, complete).errors)).toEqual({
      description: 'FIELD_REQUIRED',
    });
    expect(validateChangeRequest(anElement(), other, seedCatalogs, partial).errors).toEqual([]);
    expect(
      validateChangeRequest(anElement(), { ...other, description: 'Please rename the tenant' }, seedCatalogs, complete)
        .errors,
    ).toEqual([]);
  });

  it('Given fields but no article, When validated, Then fields is FIELD_INVALID', () => {
    expect(
      codes(validateChangeRequest(anElement(), { fields: { quantity: 1 } }, seedCatalogs, partial).errors),
    ).toEqual({ fields: 'FIELD_INVALID' });
  });

  it('Given an RDS removal above the licences held, When validated, Then quantity is FIELD_INVALID; up to the licences held passes', () => {
    const element = anElement({ rdsLicences: 5 });
    expect(codes(validateChangeRequest(element, rdsRemoval(6), seedCatalogs, complete).errors)).toEqual({
      'fields.quantity': 'FIELD_INVALID',
    });
    expect(validateChangeRequest(element, rdsRemoval(5), seedCatalogs, complete).errors).toEqual([]);
    expect(codes(validateChangeRequest(element, rdsRemoval(0), seedCatalogs, complete).errors)).toEqual({
      'fields.quantity': 'FIELD_INVALID',
    });
  });

  it('Given an RDS addition without quantity, When validated complete, Then quantity is FIELD_REQUIRED', () => {
    const add = { catalogId: 'rds-licences', categoryId: 'rds-licences', articleId: 'add-rds-licences' };
    expect(codes(validateChangeRequest(anElement(), add, seedCatalogs, complete).errors)).toEqual({
      'fields.quantity': 'FIELD_REQUIRED',
    });
  });

  it('Given a retired element, When validated, Then elementId is FIELD_INVALID', () => {
    expect(
      codes(validateChangeRequest(anElement({ status: 'retired' }), quotaChange, seedCatalogs, complete).errors),
    ).toEqual({ elementId: 'FIELD_INVALID' });
  });

  it('Given many broken rules, When validated, Then all are reported at once', () => {
    const errors = validateChangeRequest(
      anElement(),
      { ...quotaChange, reference: 'r'.repeat(65), fields: { resource: 'gpus', newQuota: 0 } },
      seedCatalogs,
      complete,
    ).errors;
    expect(codes(errors)).toEqual({
      reference: 'FIELD_INVALID',
      'fields.resource': 'FIELD_INVALID',
      'fields.newQuota': 'FIELD_INVALID',
    });
  });
});
