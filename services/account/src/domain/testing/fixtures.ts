/** Builders for domain unit tests. */
import { emptyCompanyDetails, noSso, type AccountState } from '../account';
import type { Device } from '../devices';
import type { OrderRecord } from '../sales-orders';
import type { Grantee, Grant } from '../types';
import type { UserState } from '../user';

export const NOW = new Date('2026-03-15T10:00:00Z');

export const grant = (accountId: string, role: string, extra: Partial<Grant> = {}): Grant => ({
  accountId,
  role,
  contractNumber: null,
  section: null,
  ...extra,
});

export const caller = (
  userId: string,
  grants: Grant[],
  userType: Grantee['userType'] = 'external',
  homeAccountId?: string,
): Grantee => ({
  userId,
  userType,
  grants,
  homeAccountId: homeAccountId ?? grants[0]?.accountId,
});

export const siteAdmin = (accountId = 'acc-acme') => caller('u-sam', [grant(accountId, 'site-admin')]);
export const staff = () => caller('u-otto', [], 'internal', 'vendor');

export function account(overrides: Partial<AccountState> = {}): AccountState {
  return {
    accountId: 'acc-acme',
    name: 'Acme SAS',
    country: 'FR',
    region: null,
    accountType: 'premier',
    features: [
      'address-book',
      'payment-methods',
      'express-checkout',
      'devices',
      'service-contracts',
      'support-history',
      'documents',
      'reports',
      'invoicing-reports',
    ],
    featureOptOuts: [],
    resellerAccountIds: [],
    status: 'active',
    snapshotVersion: 1,
    accessGroup: 'ACME-EMEA',
    company: emptyCompanyDetails(),
    sso: noSso(),
    supportContacts: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export const ref = (a: AccountState) => ({
  accountId: a.accountId,
  accountType: a.accountType,
  resellerAccountIds: a.resellerAccountIds,
  status: a.status,
});

export function user(overrides: Partial<UserState> = {}): UserState {
  return {
    userId: 'u-olivia',
    email: 'olivia.ops@acme.example',
    displayName: 'Olivia',
    locale: 'en-US',
    userType: 'external',
    homeAccountId: 'acc-acme',
    status: 'active',
    grants: [grant('acc-acme', 'operations')],
    accessVersion: 3,
    jobTitle: null,
    phone: null,
    activeAccountId: null,
    invitedBy: 'u-sam',
    invitedAt: '2026-01-02T00:00:00.000Z',
    activatedAt: '2026-01-03T00:00:00.000Z',
    disabledAt: null,
    disabledReason: null,
    ...overrides,
  };
}

export function device(overrides: Partial<Device> = {}): Device {
  return {
    serialNumber: 'SVC-TAG-1',
    accountId: 'acc-acme',
    sku: 'SRV-R650',
    product: 'PowerEdge R650',
    orderNumber: 'SO-1',
    lineNumber: 1,
    shippedAt: '2025-06-01T00:00:00.000Z',
    warrantyEndsOn: '2027-06-01',
    supportPlan: null,
    ...overrides,
  };
}

export function order(overrides: Partial<OrderRecord> = {}): OrderRecord {
  return {
    orderNumber: 'SO-1',
    accountId: 'acc-acme',
    webOrderNumber: 'W-1',
    contractNumber: null,
    placedAt: '2026-03-10T09:00:00.000Z',
    currency: 'EUR',
    lines: [
      {
        lineNumber: 1,
        sku: 'LAP-5540',
        kind: 'hardware',
        description: 'Latitude 5540',
        quantity: 2,
        unitPrice: { amountMinor: 120000, currency: 'EUR' },
      },
    ],
    term: null,
    status: 'booked',
    shippedAt: null,
    totalMinor: 240000,
    ...overrides,
  };
}

/** The platform's `refusal`: what a domain function's DomainError says (fails the test when there is none). */
export { refusal } from '@portal/platform/src/testing/refusal';
