import { applyRdsLicencesDelta, elementsFromOrder, perimeterOf, retireElement } from './inventory-from-orders';
import { anElement, seedCatalogs } from './test-fixtures';

const line = (
  lineNumber: number,
  kind: 'hardware' | 'software' | 'service' | 'subscription',
  sku: string,
  quantity = 1,
  description = '',
) => ({ lineNumber, kind, sku, quantity, description });

describe('inventory elements from orders', () => {
  it('Given an order with service, subscription, hardware and RDS software lines, Then service/subscription lines become elements and RDS quantities go to the first one', () => {
    const elements = elementsFromOrder(
      {
        orderNumber: 'SO-9',
        accountId: 'acc-acme',
        contractNumber: 'C-9',
        lines: [
          line(30, 'subscription', 'SUPPORT-GOLD', 1, 'Gold support'),
          line(10, 'service', 'FE-TENANT', 1, 'FE tenant'),
          line(20, 'software', 'RDS-CAL', 25),
          line(25, 'software', 'RDS-CAL-DEV', 5),
          line(40, 'hardware', 'SRV-1', 2),
          line(50, 'software', 'WIN-SRV', 3),
        ],
      },
      seedCatalogs,
    );
    expect(elements).toEqual([
      {
        id: 'SO-9-10',
        accountId: 'acc-acme',
        perimeterId: 'C-9',
        kind: 'flexible-engine-service',
        name: 'FE tenant',
        contractNumber: 'C-9',
        rdsLicences: 30,
        orderNumber: 'SO-9',
        status: 'active',
      },
      {
        id: 'SO-9-30',
        accountId: 'acc-acme',
        perimeterId: 'C-9',
        kind: 'managed-service',
        name: 'Gold support',
        contractNumber: 'C-9',
        rdsLicences: 0,
        orderNumber: 'SO-9',
        status: 'active',
      },
    ]);
  });

  it('Given an order with hardware only, Then it brings no element', () => {
    expect(
      elementsFromOrder(
        { orderNumber: 'SO-1', accountId: 'a', contractNumber: null, lines: [line(1, 'hardware', 'X')] },
        seedCatalogs,
      ),
    ).toEqual([]);
  });

  it('Given a line without description, Then the element is named after its SKU', () => {
    expect(
      elementsFromOrder(
        { orderNumber: 'SO-1', accountId: 'a', contractNumber: null, lines: [line(1, 'service', 'FE-X')] },
        seedCatalogs,
      )[0]!.name,
    ).toBe('FE-X');
  });

  it('Given orders with and without contract, Then perimeters are per contract, else the account default perimeter', () => {
    expect(perimeterOf('acc-acme', 'C-1')).toEqual({ id: 'C-1', accountId: 'acc-acme', name: 'Contract C-1' });
    expect(perimeterOf('acc-acme', null)).toEqual({
      id: 'acc-acme-default',
      accountId: 'acc-acme',
      name: 'Default perimeter',
    });
  });

  it('Given licences held, When RDS changes complete, Then they move by the delta and never below zero', () => {
    expect(applyRdsLicencesDelta(anElement({ rdsLicences: 5 }), 3).rdsLicences).toBe(8);
    expect(applyRdsLicencesDelta(anElement({ rdsLicences: 5 }), -2).rdsLicences).toBe(3);
    expect(applyRdsLicencesDelta(anElement({ rdsLicences: 1 }), -2).rdsLicences).toBe(0);
  });

  it('Given a cancelled order, Then its elements are retired', () => {
    expect(retireElement(anElement()).status).toBe('retired');
  });
});
