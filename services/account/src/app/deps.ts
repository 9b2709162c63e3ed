import { randomBytes } from 'node:crypto';
import type { ServiceKit } from '@portal/platform';
import type { ServiceContractOffers } from '../domain/service-contract-offers';
import type { Stores } from '../store/stores';

/** What every use case works with: the platform kit, the stores and the data validated at start. */
export interface Deps {
  kit: ServiceKit;
  stores: Stores;
  /** Service contract plans and durations per country (data, validated at start). */
  serviceContractOffers: ServiceContractOffers;
}

export const nowOf = (deps: Deps) => deps.kit.clock.now();

/**
 * New record ids: a prefix and 16 random base64url characters. Digits are rare in them, so an id can never look like
 * a card number to the RAW_PAN_REFUSED scan (a dashed UUID could, once in a few thousand).
 */
export const newId = (prefix: string) => `${prefix}-${randomBytes(12).toString('base64url')}`;
