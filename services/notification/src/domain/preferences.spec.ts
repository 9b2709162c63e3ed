import { refusal } from '@portal/platform/src/testing/refusal';
import { defaultPreferences, preferencesView, setOptOuts, wants } from './preferences';

const categories = [
  { id: 'renewals', mandatory: true, description: 'Renewals' },
  { id: 'orders', mandatory: false, description: 'Orders' },
  { id: 'documents', mandatory: false, description: 'Documents' },
];

describe('preferences', () => {
  it('Given optional categories When a user opts out Then they are kept sorted and once each', () => {
    expect(setOptOuts(categories, 'u-1', ['orders', 'documents', 'orders'])).toEqual({
      userId: 'u-1',
      optedOut: ['documents', 'orders'],
    });
  });

  it('Given a mandatory category When a user opts out of it Then CATEGORY_MANDATORY', () => {
    expect(() => setOptOuts(categories, 'u-1', ['renewals'])).toThrow(
      expect.objectContaining({ code: 'CATEGORY_MANDATORY', status: 422 }),
    );
  });

  it('Given an unknown and a mandatory category When a user opts out Then both are reported (VALIDATION_FAILED)', () => {
    const refused = refusal(() => setOptOuts(categories, 'u-1', ['nope', 'renewals']), 'VALIDATION_FAILED');
    expect(refused.errors?.map((x) => [x.path, x.code])).toEqual([
      ['optedOut.0', 'CATEGORY_UNKNOWN'],
      ['optedOut.1', 'CATEGORY_MANDATORY'],
    ]);
  });

  it('Given a user who opted out of orders When asked Then orders are not wanted but mandatory renewals are', () => {
    const prefs = setOptOuts(categories, 'u-1', ['orders']);
    expect(wants(prefs, categories[1]!)).toBe(false);
    expect(wants(prefs, categories[0]!)).toBe(true);
    expect(wants(prefs, categories[2]!)).toBe(true);
  });

  it('Given stored preferences that name a category that became mandatory When asked Then it still goes', () => {
    expect(wants({ userId: 'u-1', optedOut: ['renewals'] }, categories[0]!)).toBe(true);
  });

  it('Given no preferences When asked Then everything is wanted, and the view lists every category', () => {
    expect(wants(null, categories[1]!)).toBe(true);
    expect(preferencesView(categories, defaultPreferences('u-1')).categories.map((c) => c.enabled)).toEqual([
      true,
      true,
      true,
    ]);
  });
});
