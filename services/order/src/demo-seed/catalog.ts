/** Demo upgrade catalog (erp.catalog.v1). */
import type { AnyEnvelope, EventPayloads } from '@portal/contracts';
import { eur, event } from './erp-event';

/** The upgrade catalog: SKU, kind, description, eligible for upgrade, upgrade targets, list price. */
export const demoCatalog: EventPayloads['ProductPublished'][] = [
  {
    sku: 'R740',
    kind: 'hardware',
    description: 'PowerEdge R740 rack server',
    eligibleForUpgrade: true,
    upgradeTargets: ['R750', 'R760'],
    listPrice: eur(650000),
  },
  {
    sku: 'R750',
    kind: 'hardware',
    description: 'PowerEdge R750 rack server',
    eligibleForUpgrade: true,
    upgradeTargets: ['R760'],
    listPrice: eur(820000),
  },
  {
    sku: 'R760',
    kind: 'hardware',
    description: 'PowerEdge R760 rack server',
    eligibleForUpgrade: false,
    upgradeTargets: [],
    listPrice: eur(990000),
  },
  {
    sku: 'C9300-24T',
    kind: 'hardware',
    description: 'Catalyst 9300 24-port switch',
    eligibleForUpgrade: true,
    upgradeTargets: ['C9300-48T'],
    listPrice: eur(350000),
  },
  {
    sku: 'C9300-48T',
    kind: 'hardware',
    description: 'Catalyst 9300 48-port switch',
    eligibleForUpgrade: false,
    upgradeTargets: [],
    listPrice: eur(520000),
  },
  {
    sku: 'OS-STD',
    kind: 'software',
    description: 'Server OS Standard (per core pack)',
    eligibleForUpgrade: true,
    upgradeTargets: ['OS-DC'],
    listPrice: eur(90000),
  },
  {
    sku: 'OS-DC',
    kind: 'software',
    description: 'Server OS Datacenter (per core pack)',
    eligibleForUpgrade: false,
    upgradeTargets: [],
    listPrice: eur(540000),
  },
  {
    sku: 'DNA-ESS-3Y',
    kind: 'software',
    description: 'DNA Essentials 3 years',
    eligibleForUpgrade: true,
    upgradeTargets: ['DNA-ADV-3Y'],
    listPrice: eur(45000),
  },
  {
    sku: 'DNA-ADV-3Y',
    kind: 'software',
    description: 'DNA Advantage 3 years',
    eligibleForUpgrade: false,
    upgradeTargets: [],
    listPrice: eur(80000),
  },
  {
    sku: 'PS-3Y',
    kind: 'service',
    description: 'ProSupport Plus 3 years',
    eligibleForUpgrade: false,
    upgradeTargets: [],
    listPrice: eur(120000),
  },
  {
    sku: 'BACKUP-1Y',
    kind: 'subscription',
    description: 'Cloud backup 1 TB, 1 year',
    eligibleForUpgrade: false,
    upgradeTargets: [],
    listPrice: eur(24000),
  },
  {
    sku: 'CABLE-KIT',
    kind: 'hardware',
    description: 'Rack cable kit',
    eligibleForUpgrade: false,
    upgradeTargets: [],
    listPrice: eur(4900),
  },
];

export const demoCatalogEvents = (): AnyEnvelope[] =>
  demoCatalog.map((p) =>
    event(`catalog:${p.sku}`, 'ProductPublished', p.sku, 'catalog', p, new Date('2026-01-01T00:00:00Z')),
  );
