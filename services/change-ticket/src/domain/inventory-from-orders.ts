import { type CatalogFile, elementKindOfSku, isRdsSku } from './catalog';
import type { InventoryElement } from './types';

export interface OrderLine {
  lineNumber: number;
  sku: string;
  kind: 'hardware' | 'software' | 'service' | 'subscription';
  description: string;
  quantity: number;
}

export interface BookedOrder {
  orderNumber: string;
  accountId: string;
  contractNumber: string | null;
  lines: OrderLine[];
}

export interface Perimeter {
  id: string;
  accountId: string;
  name: string;
}

/** Elements are grouped in perimeters by contract; elements outside any contract go to the account's default perimeter. */
export const perimeterOf = (accountId: string, contractNumber: string | null): Perimeter =>
  contractNumber
    ? { id: contractNumber, accountId, name: `Contract ${contractNumber}` }
    : { id: `${accountId}-default`, accountId, name: 'Default perimeter' };

export const elementIdOf = (orderNumber: string, lineNumber: number) => `${orderNumber}-${lineNumber}`;

/**
 * Inventory elements an order brings: one per service or subscription line (kind from its SKU, see the catalog
 * file's elementKinds). The quantities of its RDS software lines are the RDS licences held on the order's first
 * element (lowest line number). Hardware and other software lines bring no element.
 */
export function elementsFromOrder(order: BookedOrder, catalogs: CatalogFile): InventoryElement[] {
  const perimeter = perimeterOf(order.accountId, order.contractNumber);
  const elements = [...order.lines]
    .filter((l) => l.kind === 'service' || l.kind === 'subscription')
    .sort((a, b) => a.lineNumber - b.lineNumber)
    .map<InventoryElement>((line) => ({
      id: elementIdOf(order.orderNumber, line.lineNumber),
      accountId: order.accountId,
      perimeterId: perimeter.id,
      kind: elementKindOfSku(catalogs, line.sku),
      name: line.description.trim() || line.sku,
      contractNumber: order.contractNumber,
      rdsLicences: 0,
      orderNumber: order.orderNumber,
      status: 'active',
    }));
  const rds = order.lines
    .filter((l) => l.kind === 'software' && isRdsSku(catalogs, l.sku))
    .reduce((sum, l) => sum + Math.max(0, l.quantity), 0);
  const first = elements[0];
  if (first) first.rdsLicences = rds;
  return elements;
}

/** A completed RDS change moves the licences held (never below zero). */
export const applyRdsLicencesDelta = (element: InventoryElement, delta: number): InventoryElement => ({
  ...element,
  rdsLicences: Math.max(0, element.rdsLicences + delta),
});

/** A cancelled order's elements are retired: they stay visible in old requests but take no new ones. */
export const retireElement = (element: InventoryElement): InventoryElement => ({ ...element, status: 'retired' });
