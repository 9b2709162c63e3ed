/**
 * Which SKUs of an order can be upgraded and to what: hardware and software lines whose catalog product is
 * eligible for upgrade, each with its upgrade targets (description, list price when the catalog knows them) and,
 * for hardware, its serial numbers and whether each is free or held by an open upgrade request.
 */
import type { Catalog } from './catalog-product';
import type { SalesOrderView } from './sales-order';
import type { LineKind, Money } from './types';

export interface UpgradeOption {
  sku: string;
  kind: LineKind;
  description: string;
  quantityOwned: number;
  serialNumbers: { serialNumber: string; heldByRequestId: string | null }[];
  targets: { sku: string; description: string | null; listPrice: Money | null }[];
}

export function upgradeOptions(
  order: SalesOrderView,
  catalog: Catalog,
  serialsHeld: ReadonlyMap<string, string>,
): UpgradeOption[] {
  const bySku = new Map<string, UpgradeOption>();
  for (const line of order.lines) {
    if (line.kind !== 'hardware' && line.kind !== 'software') continue;
    const product = catalog.get(line.sku);
    if (!product?.eligibleForUpgrade) continue;
    const key = `${line.kind}:${line.sku}`;
    const option = bySku.get(key) ?? {
      sku: line.sku,
      kind: line.kind,
      description: line.description || product.description,
      quantityOwned: 0,
      serialNumbers: [],
      targets: product.upgradeTargets.map((sku) => ({
        sku,
        description: catalog.get(sku)?.description ?? null,
        listPrice: catalog.get(sku)?.listPrice ?? null,
      })),
    };
    option.quantityOwned += line.quantity;
    option.serialNumbers.push(
      ...line.serialNumbers.map((serialNumber) => ({
        serialNumber,
        heldByRequestId: serialsHeld.get(serialNumber) ?? null,
      })),
    );
    bySku.set(key, option);
  }
  return [...bySku.values()];
}
