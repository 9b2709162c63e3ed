import { type FieldError } from '@portal/platform/src/errors';
import featureData from '../../data/features-by-country.json';
import { PLATFORM_ERRORS } from '@portal/platform/src/domain';

/**
 * Account features switched per country or region. The data file (data/features-by-country.json) says which are
 * offered where; an account has those offered in its country/region minus the ones the account team switched off.
 */
export interface FeatureData {
  features: string[];
  everywhere: string[];
  regions: Record<string, { countries: string[]; features: string[] }>;
  countries: Record<string, { add?: string[]; remove?: string[] }>;
}

export const featureCatalog: FeatureData = featureData as FeatureData;

export type Feature = string;

/** The region a country belongs to in the data (null when the data does not place it). */
export function regionOf(country: string, data: FeatureData = featureCatalog): string | null {
  const entry = Object.entries(data.regions).find(([, r]) => r.countries.includes(country.toUpperCase()));
  return entry ? entry[0] : null;
}

/** Features offered in a country (the account's explicit region wins over the country's default region). */
export function featuresOfferedIn(
  country: string,
  region: string | null = null,
  data: FeatureData = featureCatalog,
): string[] {
  const c = country.toUpperCase();
  const r = region ?? regionOf(c, data);
  const offered = new Set<string>(data.everywhere);
  for (const f of (r && data.regions[r]?.features) || []) offered.add(f);
  for (const f of data.countries[c]?.add ?? []) offered.add(f);
  for (const f of data.countries[c]?.remove ?? []) offered.delete(f);
  return data.features.filter((f) => offered.has(f));
}

/**
 * Resolves the features an account gets: every offered one unless `requested` narrows them. Asking for a feature
 * that is not offered there (or does not exist) is refused per feature, all at once.
 */
export function resolveFeatures(
  country: string,
  region: string | null,
  requested: string[] | null | undefined,
  data: FeatureData = featureCatalog,
): { features: string[]; errors: FieldError[] } {
  const offered = featuresOfferedIn(country, region, data);
  if (!requested) return { features: offered, errors: [] };
  const errors: FieldError[] = [];
  requested.forEach((f, i) => {
    if (!data.features.includes(f))
      errors.push({ path: `features[${i}]`, code: 'UNKNOWN_FEATURE', message: `unknown feature ${f}` });
    else if (!offered.includes(f))
      errors.push({
        path: `features[${i}]`,
        code: 'FEATURE_NOT_AVAILABLE',
        message: `${f} is not offered in ${country}`,
      });
  });
  return { features: offered.filter((f) => requested.includes(f)), errors };
}

/** Edges answer FEATURE_NOT_AVAILABLE (403) for features the account does not have. */
export function requireFeature(account: { features: string[]; country?: string }, feature: Feature): void {
  if (!account.features.includes(feature)) {
    throw PLATFORM_ERRORS.FEATURE_NOT_AVAILABLE(
      `${feature} is not available for this account${account.country ? ` (${account.country})` : ''}`,
      {},
    );
  }
}
