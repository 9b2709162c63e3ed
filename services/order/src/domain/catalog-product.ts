/**
 * Upgrade catalog entry (from the ERP's ProductPublished). The latest publication by ERP time wins, so a late,
 * older publication never overwrites a newer one.
 */
import type { LineKind, Money } from './types';

export interface CatalogProduct {
  sku: string;
  kind: LineKind;
  description: string;
  eligibleForUpgrade: boolean;
  upgradeTargets: string[];
  listPrice: Money | null;
  publishedAt: Date;
  sourceEventId: string;
}

export type ProductPublication = Omit<CatalogProduct, 'publishedAt' | 'sourceEventId'>;

export function publishProduct(
  current: CatalogProduct | null,
  product: ProductPublication,
  source: { eventId: string; occurredAt: Date },
): { state: CatalogProduct; events: [] } | null {
  if (current) {
    const dt = source.occurredAt.getTime() - current.publishedAt.getTime();
    if (dt < 0 || (dt === 0 && source.eventId <= current.sourceEventId)) return null;
  }
  return {
    state: {
      ...product,
      upgradeTargets: [...new Set(product.upgradeTargets)],
      publishedAt: source.occurredAt,
      sourceEventId: source.eventId,
    },
    events: [],
  };
}

/** A read-only lookup of catalog products by SKU. */
export type Catalog = ReadonlyMap<string, CatalogProduct>;

export const catalogOf = (products: Iterable<CatalogProduct>): Catalog => new Map([...products].map((p) => [p.sku, p]));
