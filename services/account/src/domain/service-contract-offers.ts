import { z } from 'zod';
import { DomainError, type FieldError } from '@portal/platform/src/errors';
import offerData from '../../data/service-contract-plans.json';
import { featureCatalog, featuresOfferedIn, regionOf, type FeatureData } from './feature-availability';

/** Support plans, lowest first: an upgrade goes up this list. Which ones are sold where is data (the offers). */
export const SUPPORT_PLANS = ['basic', 'prosupport', 'prosupport-plus'] as const;
export type SupportPlan = (typeof SUPPORT_PLANS)[number];

const Offer = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code'),
    durationsMonths: z
      .array(z.number().int().min(12).max(120).multipleOf(12, 'whole years, so prices stay exact'))
      .min(1),
    /** Price per device for 12 months, integer minor units. */
    plans: z.record(z.enum(SUPPORT_PLANS), z.number().int().positive()),
  })
  .strict();
export type ServiceContractOffer = z.infer<typeof Offer>;

const OfferTable = z
  .object({
    $comment: z.string().optional(),
    quoteValidityDays: z.number().int().min(1).max(365),
    regions: z.record(z.string(), Offer),
    countries: z.record(z.string().regex(/^[A-Z]{2}$/), Offer),
  })
  .strict();
export type ServiceContractOffers = z.infer<typeof OfferTable>;

/**
 * Parses the offers and checks them against where the feature is offered: every country that has
 * `service-contracts` must find an offer (its own or its region's) with at least one plan. Every problem at once
 * (SERVICE_CONTRACT_OFFERS_INVALID), so a bad file stops the service at start with all of them named.
 */
export function parseServiceContractOffers(
  raw: unknown,
  features: FeatureData = featureCatalog,
): ServiceContractOffers {
  const parsed = OfferTable.safeParse(raw);
  const invalid = (errors: FieldError[]) => DomainError.fromFieldErrors(errors);
  if (!parsed.success)
    throw invalid(
      parsed.error.issues.map((i) => ({
        path: i.path.join('.'),
        code: 'SERVICE_CONTRACT_OFFERS_INVALID',
        message: i.message,
      })),
    );
  const table = parsed.data;
  const problems: FieldError[] = [];
  const countries = Object.values(features.regions).flatMap((r) => r.countries);
  for (const country of [...new Set([...countries, ...Object.keys(features.countries)])]) {
    if (!featuresOfferedIn(country, null, features).includes('service-contracts')) continue;
    const offer = offerIn(table, country, null, features);
    if (!offer || Object.keys(offer.plans).length === 0)
      problems.push({
        path: `countries.${country}`,
        code: 'SERVICE_CONTRACT_OFFERS_INVALID',
        message: `${country} offers service contracts but has no plans`,
      });
  }
  for (const [region, _offer] of Object.entries(table.regions))
    if (!features.regions[region])
      problems.push({
        path: `regions.${region}`,
        code: 'SERVICE_CONTRACT_OFFERS_INVALID',
        message: `unknown region ${region}`,
      });
  if (problems.length > 0) throw invalid(problems);
  return table;
}

/** The offer for an account's country: its own entry, else its region's (the account's explicit region first). */
export function offerIn(
  offers: ServiceContractOffers,
  country: string,
  region: string | null,
  features: FeatureData = featureCatalog,
): ServiceContractOffer | null {
  const c = country.toUpperCase();
  const r = region ?? regionOf(c, features);
  return offers.countries[c] ?? (r ? offers.regions[r] : undefined) ?? null;
}

export const defaultServiceContractOffers = (): ServiceContractOffers => parseServiceContractOffers(offerData);

/** A device's price for the duration: 12-month price x years (durations are whole years: exact integers). */
export const devicePrice = (offer: ServiceContractOffer, plan: SupportPlan, durationMonths: number): number =>
  offer.plans[plan]! * (durationMonths / 12);
