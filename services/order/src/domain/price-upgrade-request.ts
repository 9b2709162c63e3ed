/**
 * Totals of an upgrade request: each target SKU at its catalog list price (in the order's currency) times the
 * quantity; the order discount (percent, two decimals) taken off the subtotal, rounded half up to the minor unit.
 * Targets without a list price in that currency are listed in `unpricedSkus` and count as 0.
 */
import { addDays, addMonths, isIsoDate } from './dates';
import type { Catalog } from './catalog-product';
import type { BasicInfo, UpgradeRequestContent, UpgradeTotals } from './upgrade-request';
import type { Term } from './types';

/** Discount in basis points (hundredths of a percent): 12.5 % -> 1250. */
export const basisPoints = (percent: number): number => Math.round(percent * 100);

/** Integer half-up rounding of amount * bp / 10000, never through floats of money. */
export function discountOf(subtotalMinor: number, bp: number): number {
  if (bp <= 0 || subtotalMinor <= 0) return 0;
  const raw = BigInt(subtotalMinor) * BigInt(Math.min(bp, 10000));
  return Number((raw + 5000n) / 10000n);
}

/** The upgraded order's term: co-term ends with the existing term; own term lasts termMonths from the start. */
export function upgradeTerm(basic: BasicInfo, coTermEndDate: string | null): Term | null {
  if (!basic.startDate || !isIsoDate(basic.startDate)) return null;
  if (basic.termOption === 'co-term')
    return coTermEndDate ? { startDate: basic.startDate, endDate: coTermEndDate } : null;
  if (
    basic.termOption === 'own-term' &&
    basic.termMonths &&
    Number.isInteger(basic.termMonths) &&
    basic.termMonths > 0
  ) {
    return { startDate: basic.startDate, endDate: addDays(addMonths(basic.startDate, basic.termMonths), -1) };
  }
  return null;
}

export function priceUpgradeRequest(
  content: UpgradeRequestContent,
  currency: string,
  catalog: Catalog,
  coTermEndDate: string | null,
): UpgradeTotals {
  const unpriced = new Set<string>();
  const lines = [
    ...content.hardwareLines.map((l) => ({
      kind: 'hardware' as const,
      sku: l.sku,
      targetSku: l.targetSku,
      quantity: l.quantity,
    })),
    ...content.softwareLines.map((l) => ({
      kind: 'software' as const,
      sku: l.sku,
      targetSku: l.targetSku,
      quantity: l.quantity,
    })),
  ].map((l) => {
    const price = catalog.get(l.targetSku)?.listPrice;
    const unitPriceMinor = price && price.currency === currency ? price.amountMinor : null;
    if (unitPriceMinor === null) unpriced.add(l.targetSku);
    const quantity = Number.isInteger(l.quantity) && l.quantity > 0 ? l.quantity : 0;
    return { ...l, unitPriceMinor, amountMinor: unitPriceMinor === null ? null : unitPriceMinor * quantity };
  });
  const subtotalMinor = lines.reduce((sum, l) => sum + (l.amountMinor ?? 0), 0);
  const d = content.basicInfo.discountPercent;
  const discountMinor = d !== null && d > 0 && d <= 100 ? discountOf(subtotalMinor, basisPoints(d)) : 0;
  return {
    currency,
    lines,
    subtotalMinor,
    discountMinor,
    totalMinor: subtotalMinor - discountMinor,
    unpricedSkus: [...unpriced].sort(),
    term: upgradeTerm(content.basicInfo, coTermEndDate),
  };
}
