// Demo data of the change-ticket service, beyond the ERP/account events the platform seed publishes.
// - `demoInventory`: inventory elements and a contract allowance for account acc-acme, written straight into the
//   service's own database at start when DEMO_SEED=true (idempotent: existing records are left alone).
// - `demoErpEvents()`: ERP events (a contract with 2 free changes a month, an order with Flexible Engine service
//   lines and RDS licences) the platform seed may publish instead, so the elements arrive the real way
//   (ERP -> order service -> order.events.v1 -> this service).
// Demo users (published by the platform seed on account.events.v1): u-carla (requester), u-max (manager),
// u-vic (visitor) on section `requests` of acc-acme; u-otto (internal operator).
import type { EventPayloads } from '@portal/contracts';
import type { ContractAllowance } from './domain/free-changes-left';
import type { InventoryElement } from './domain/types';
import type { AllowanceStore } from './store/allowance-store';
import type { InventoryStore } from './store/inventory-store';

export const DEMO_ACCOUNT = 'acc-acme';
export const DEMO_CONTRACT = 'C-ACME-CLOUD';

export const demoUsers = [
  {
    userId: 'u-carla',
    email: 'carla.requester@acme.example',
    userType: 'external' as const,
    grants: [{ accountId: DEMO_ACCOUNT, role: 'requester', contractNumber: null, section: 'requests' }],
  },
  {
    userId: 'u-max',
    email: 'max.manager@acme.example',
    userType: 'external' as const,
    grants: [{ accountId: DEMO_ACCOUNT, role: 'manager', contractNumber: null, section: 'requests' }],
  },
  {
    userId: 'u-vic',
    email: 'vic.visitor@acme.example',
    userType: 'external' as const,
    grants: [{ accountId: DEMO_ACCOUNT, role: 'visitor', contractNumber: null, section: 'requests' }],
  },
  { userId: 'u-otto', email: 'otto.operator@vendor.example', userType: 'internal' as const, grants: [] },
];

const element = (
  id: string,
  name: string,
  kind: string,
  perimeterId: string,
  contractNumber: string | null,
  rdsLicences = 0,
): InventoryElement => ({
  id,
  accountId: DEMO_ACCOUNT,
  perimeterId,
  kind,
  name,
  contractNumber,
  rdsLicences,
  orderNumber: null,
  status: 'active',
});

export const demoInventory: {
  perimeters: { id: string; name: string }[];
  elements: InventoryElement[];
  allowances: ContractAllowance[];
} = {
  perimeters: [
    { id: DEMO_CONTRACT, name: `Contract ${DEMO_CONTRACT}` },
    { id: `${DEMO_ACCOUNT}-default`, name: 'Default perimeter' },
  ],
  elements: [
    element(
      'FE-ACME-PROD',
      'Flexible Engine - production tenant',
      'flexible-engine-service',
      DEMO_CONTRACT,
      DEMO_CONTRACT,
      20,
    ),
    element(
      'FE-ACME-DEV',
      'Flexible Engine - development tenant',
      'flexible-engine-service',
      DEMO_CONTRACT,
      DEMO_CONTRACT,
      0,
    ),
    element('MS-ACME-BACKUP', 'Managed backup service', 'managed-service', DEMO_CONTRACT, DEMO_CONTRACT, 0),
    element(
      'FE-ACME-LAB',
      'Flexible Engine - lab tenant (no contract)',
      'flexible-engine-service',
      `${DEMO_ACCOUNT}-default`,
      null,
      0,
    ),
  ],
  allowances: [{ contractNumber: DEMO_CONTRACT, accountId: DEMO_ACCOUNT, freeChangesPerMonth: 2, status: 'active' }],
};

const money = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

/** ERP payloads for the same demo, to publish on erp.contracts.v1 / erp.sales-orders.v1 (keys: contract and order numbers). */
export function demoErpEvents(): {
  contractActivated: EventPayloads['ContractActivated'];
  salesOrderBooked: EventPayloads['SalesOrderBooked'];
} {
  return {
    contractActivated: {
      contractNumber: 'C-ACME-FE',
      term: { startDate: '2026-01-01', endDate: '2028-12-31' },
      freeChangesPerMonth: 2,
      description: 'Flexible Engine managed cloud',
    },
    salesOrderBooked: {
      orderNumber: 'SO-ACME-FE-1',
      webOrderNumber: null,
      contractNumber: 'C-ACME-FE',
      placedAt: new Date('2026-01-05T09:00:00Z'),
      currency: 'EUR',
      lines: [
        {
          lineNumber: 10,
          sku: 'FE-TENANT-M',
          kind: 'service',
          description: 'Flexible Engine tenant (medium)',
          quantity: 1,
          unitPrice: money(150000),
          serialNumbers: [],
        },
        {
          lineNumber: 20,
          sku: 'RDS-CAL-USER',
          kind: 'software',
          description: 'RDS user CAL',
          quantity: 25,
          unitPrice: money(900),
          serialNumbers: [],
        },
        {
          lineNumber: 30,
          sku: 'SUPPORT-GOLD',
          kind: 'subscription',
          description: 'Gold support',
          quantity: 1,
          unitPrice: money(50000),
          serialNumbers: [],
        },
      ],
      shipTo: {
        name: 'ACME SAS',
        street: '12 rue de la Paix',
        city: 'Paris',
        postalCode: '75002',
        country: 'FR',
        region: null,
      },
      term: { startDate: '2026-01-05', endDate: '2028-12-31' },
      resellerAccountId: null,
      upgradeRequestId: null,
      purchaseAuthorizationId: null,
    },
  };
}

/** The service's demo-seed hook (DEMO_SEED=true): the demo inventory and allowances, leaving existing ones alone. */
export async function seedDemoInventory(inventory: InventoryStore, allowances: AllowanceStore): Promise<void> {
  const names = new Map(demoInventory.perimeters.map((p) => [p.id, p.name]));
  for (const element of demoInventory.elements)
    await inventory.seed(element, names.get(element.perimeterId) ?? element.perimeterId);
  for (const allowance of demoInventory.allowances) await allowances.upsertIfNewer(allowance, 0);
}
