import { featuresOfferedIn, regionOf, requireFeature, resolveFeatures, type FeatureData } from './feature-availability';
import { refusal } from './testing/fixtures';

describe('features per country or region', () => {
  it('Given the US, When asked what is offered, Then software subscriptions are (US only)', () => {
    expect(featuresOfferedIn('US')).toContain('software-subscriptions');
    expect(featuresOfferedIn('FR')).not.toContain('software-subscriptions');
    expect(featuresOfferedIn('SE')).not.toContain('software-subscriptions');
  });

  it('Given France, When asked, Then invoicing reports and service contracts are offered (EMEA)', () => {
    expect(regionOf('FR')).toBe('EMEA');
    expect(featuresOfferedIn('FR')).toEqual(
      expect.arrayContaining(['invoicing-reports', 'service-contracts', 'express-checkout', 'devices']),
    );
  });

  it('Given a country that switches a feature off, When asked, Then it is not offered there', () => {
    expect(featuresOfferedIn('BR')).not.toContain('service-contracts');
    expect(featuresOfferedIn('IN')).not.toContain('service-contracts');
    expect(featuresOfferedIn('AU')).toContain('service-contracts');
  });

  it('Given a country the data does not place, When asked, Then only the everywhere features', () => {
    expect(regionOf('ZZ')).toBeNull();
    expect(featuresOfferedIn('ZZ')).toEqual([
      'address-book',
      'payment-methods',
      'devices',
      'support-history',
      'documents',
      'reports',
    ]);
  });

  it('Given an explicit region, When asked, Then it wins over the country default', () => {
    expect(featuresOfferedIn('ZZ', 'APJ')).toContain('service-contracts');
  });

  it('Given data, When resolved, Then it is data-driven (no code change needed)', () => {
    const data: FeatureData = {
      features: ['a', 'b', 'c'],
      everywhere: ['a'],
      regions: { R: { countries: ['XX'], features: ['b', 'c'] } },
      countries: { XX: { remove: ['c'] } },
    };
    expect(featuresOfferedIn('XX', null, data)).toEqual(['a', 'b']);
  });

  it('Given a requested subset, When resolved, Then only those; unknown and unavailable ones are refused per entry', () => {
    expect(resolveFeatures('FR', null, ['devices', 'reports']).features).toEqual(['devices', 'reports']);
    const { errors } = resolveFeatures('FR', null, ['software-subscriptions', 'teleportation']);
    expect(errors).toEqual([
      { path: 'features[0]', code: 'FEATURE_NOT_AVAILABLE', message: 'software-subscriptions is not offered in FR' },
      { path: 'features[1]', code: 'UNKNOWN_FEATURE', message: 'unknown feature teleportation' },
    ]);
  });

  it('Given an account without a feature, When an edge needs it, Then FEATURE_NOT_AVAILABLE (403)', () => {
    expect(
      refusal(() => requireFeature({ features: ['devices'], country: 'FR' }, 'software-subscriptions')),
    ).toMatchObject({
      code: 'FEATURE_NOT_AVAILABLE',
      status: 403,
    });
    expect(() => requireFeature({ features: ['devices'] }, 'devices')).not.toThrow();
  });
});
