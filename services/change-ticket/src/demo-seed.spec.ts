import { demoErpEvents, demoInventory } from './demo-seed';
import { catalogsForKind } from './domain/catalog';
import { elementsFromOrder } from './domain/inventory-from-orders';
import { seedCatalogs } from './domain/test-fixtures';

describe('demo data', () => {
  it('Given the demo inventory, Then every element is of a declared kind, offered at least one catalog, in a declared perimeter', () => {
    const perimeters = demoInventory.perimeters.map((p) => p.id);
    for (const element of demoInventory.elements) {
      expect(catalogsForKind(seedCatalogs, element.kind).length).toBeGreaterThan(0);
      expect(perimeters).toContain(element.perimeterId);
    }
  });

  it('Given the demo ERP order, When projected, Then it brings a Flexible Engine tenant holding the RDS licences and a support element', () => {
    const { salesOrderBooked } = demoErpEvents();
    const elements = elementsFromOrder({ ...salesOrderBooked, accountId: 'acc-acme' }, seedCatalogs);
    expect(elements.map((e) => [e.id, e.kind, e.rdsLicences])).toEqual([
      ['SO-ACME-FE-1-10', 'flexible-engine-service', 25],
      ['SO-ACME-FE-1-30', 'managed-service', 0],
    ]);
  });
});
