/** Shared Given-data of the domain unit tests: one active contract, one order, a small catalog. */
import { DomainError } from '@portal/platform/src/errors';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseApprovalRules } from '../approval-rules';
import type { ApprovalContext } from '../approval-tiers';
import { catalogOf, type CatalogProduct } from '../catalog-product';
import { startUpgradeRequest } from '../start-upgrade-request';
import type { ContractView } from '../contract';
import { deriveView, type SalesOrderFacts, type SalesOrderView } from '../sales-order';
import type { Caller, SalesOrderLine } from '../types';
import type { HardwareUpgradeLine, UpgradeRequestContent } from '../upgrade-request';
import type { UpgradeContext } from '../validate-upgrade-request';

export const NOW = new Date('2026-11-22T10:00:00.000Z');
export const TODAY = '2026-11-22';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

export const address = {
  name: 'ACME HQ',
  street: '1 Rue de la Paix',
  city: 'Paris',
  postalCode: '75002',
  country: 'FR',
  region: null,
};

export const lines: SalesOrderLine[] = [
  {
    lineNumber: 1,
    sku: 'HW-R740',
    kind: 'hardware',
    description: 'Rack server R740',
    quantity: 3,
    unitPrice: eur(400000),
    serialNumbers: ['SN-1', 'SN-2', 'SN-3'],
  },
  {
    lineNumber: 2,
    sku: 'SW-OS-STD',
    kind: 'software',
    description: 'OS Standard',
    quantity: 10,
    unitPrice: eur(10000),
    serialNumbers: [],
  },
  {
    lineNumber: 3,
    sku: 'SVC-PS',
    kind: 'service',
    description: 'ProSupport',
    quantity: 1,
    unitPrice: eur(50000),
    serialNumbers: [],
  },
  {
    lineNumber: 4,
    sku: 'HW-CABLE',
    kind: 'hardware',
    description: 'Cable kit',
    quantity: 2,
    unitPrice: eur(1000),
    serialNumbers: ['SN-C1', 'SN-C2'],
  },
];

export function orderFacts(overrides: Partial<SalesOrderFacts> = {}): SalesOrderFacts {
  return {
    orderNumber: 'SO-1',
    accountId: 'acc-acme',
    booked: {
      eventId: 'e-booked',
      occurredAt: new Date('2026-11-01T00:00:00.000Z'),
      webOrderNumber: 'W-1',
      contractNumber: 'C-1001',
      placedAt: new Date('2026-11-01T00:00:00.000Z'),
      currency: 'EUR',
      lines,
      shipTo: address,
      term: { startDate: '2026-01-01', endDate: '2028-12-31' },
      resellerAccountId: null,
      upgradeRequestId: null,
      purchaseAuthorizationId: null,
    },
    shipments: [],
    confirmedAt: null,
    cancelledAt: null,
    cancelReason: null,
    holdsPlaced: [],
    holdsReleased: [],
    ...overrides,
  };
}

export const order = (overrides: Partial<SalesOrderFacts> = {}): SalesOrderView => deriveView(orderFacts(overrides))!;

export const contract = (overrides: Partial<ContractView> = {}): ContractView => ({
  contractNumber: 'C-1001',
  accountId: 'acc-acme',
  status: 'active',
  term: { startDate: '2026-01-01', endDate: '2029-06-30' },
  freeChangesPerMonth: 3,
  description: null,
  expiredAt: null,
  terminatedAt: null,
  terminationReason: null,
  ...overrides,
});

const product = (p: Partial<CatalogProduct> & Pick<CatalogProduct, 'sku' | 'kind'>): CatalogProduct => ({
  description: p.sku,
  eligibleForUpgrade: false,
  upgradeTargets: [],
  listPrice: null,
  publishedAt: new Date('2026-01-01T00:00:00.000Z'),
  sourceEventId: `e-${p.sku}`,
  ...p,
});

export const catalog = catalogOf([
  product({
    sku: 'HW-R740',
    kind: 'hardware',
    eligibleForUpgrade: true,
    upgradeTargets: ['HW-R750', 'HW-R760'],
    listPrice: eur(400000),
  }),
  product({ sku: 'HW-R750', kind: 'hardware', listPrice: eur(500000) }),
  product({ sku: 'HW-R760', kind: 'hardware' }),
  product({
    sku: 'SW-OS-STD',
    kind: 'software',
    eligibleForUpgrade: true,
    upgradeTargets: ['SW-OS-DC'],
    listPrice: eur(10000),
  }),
  product({ sku: 'SW-OS-DC', kind: 'software', listPrice: eur(12345) }),
  product({ sku: 'HW-CABLE', kind: 'hardware', eligibleForUpgrade: false }),
]);

/** The shipped approval rules (approval-rules/approval-rules.json) and who holds each approver role. */
export const approval: ApprovalContext = {
  rules: parseApprovalRules(
    JSON.parse(readFileSync(join(__dirname, '../../../approval-rules/approval-rules.json'), 'utf8')),
  ),
  approversByRole: new Map([
    ['approver', ['u-ivan', 'u-ines']],
    ['senior-approver', ['u-sue']],
  ]),
};

export const ctx = (overrides: Partial<UpgradeContext> = {}): UpgradeContext => ({
  order: order(),
  contract: contract(),
  catalog,
  serialsHeldElsewhere: new Map(),
  approval,
  addressBook: {
    accountId: 'acc-acme',
    addresses: [{ addressId: 'addr-dock', label: 'Dock', address }],
    defaultShippingAddressId: 'addr-dock',
    paymentMethods: [],
  },
  now: NOW,
  ...overrides,
});

export const olivia: Caller = {
  userId: 'u-olivia',
  userType: 'external',
  grants: [{ accountId: 'acc-acme', role: 'operations', contractNumber: null, section: null }],
};
export const sam: Caller = {
  userId: 'u-sam',
  userType: 'external',
  grants: [{ accountId: 'acc-acme', role: 'site-admin', contractNumber: null, section: null }],
};
export const oscar: Caller = {
  userId: 'u-oscar',
  userType: 'external',
  grants: [{ accountId: 'acc-acme', role: 'operations', contractNumber: null, section: null }],
};
export const ivan: Caller = {
  userId: 'u-ivan',
  userType: 'internal',
  grants: [{ accountId: 'acc-vendor', role: 'approver', contractNumber: null, section: null }],
};

export const hardwareLine = (overrides: Partial<HardwareUpgradeLine> = {}): HardwareUpgradeLine => ({
  sku: 'HW-R740',
  targetSku: 'HW-R750',
  quantity: 2,
  serialNumbers: ['SN-1', 'SN-2'],
  deliveryAddressId: 'addr-dock',
  shippingServiceLevel: 'expedited',
  carrierName: null,
  shippingAccount: null,
  ...overrides,
});

export const validContent = (overrides: Partial<UpgradeRequestContent> = {}): UpgradeRequestContent => ({
  basicInfo: {
    discountPercent: 10,
    specialPricingFormNumber: 'SPF-42',
    startDate: '2026-12-01',
    deploymentWindowDays: 30,
    termOption: 'co-term',
    termMonths: null,
  },
  hardwareLines: [hardwareLine()],
  softwareLines: [{ sku: 'SW-OS-STD', targetSku: 'SW-OS-DC', quantity: 4 }],
  comment: 'Please ship before the freeze',
  ...overrides,
});

export const codes = (errors: { code: string }[]) => errors.map((e) => e.code);

/** Runs a command expected to be refused and returns the DomainError. */
export const refusal = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

export const draft = (content = {}) =>
  startUpgradeRequest({ requestId: 'UR-1', caller: olivia, content, submit: false, ctx: ctx() }).state;
export const pending = () =>
  startUpgradeRequest({ requestId: 'UR-1', caller: olivia, content: validContent(), submit: true, ctx: ctx() }).state;
export const later = new Date(NOW.getTime() + 60_000);
