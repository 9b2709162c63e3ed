/** Builders shared by the domain unit tests (not used at run time). */
import type { Grantee } from '@portal/platform/src/domain';
import { createSmartAccount, type SmartAccount } from './smart-account';
import { parseProgramPolicy, type ProgramPolicy } from './vendor-policy';
import { inviteCustomerToVip, type VipMembership } from './vip-membership';
import { createPurchaseAuthorization } from './create-purchase-authorization';

export const at = (iso: string) => new Date(iso);

export const policy: ProgramPolicy = parseProgramPolicy({
  program: 'vip',
  name: 'Value Incentive Plan',
  version: 'test',
  purchaseAuthorization: { orderWithinDays: 14 },
  returnAuthorization: { windowDays: 14 },
  renewal: {
    windowOpensDaysBeforeAnniversary: 30,
    overviewDaysBeforeWindow: 60,
    overviewDaysBeforeAnniversary: 90,
    graceDaysAfterAnniversary: 30,
    bannerFromDaysBeforeAnniversary: 30,
    notices: [
      { kind: '30-days-before', anchor: 'anniversary', offsetDays: -30 },
      { kind: 'anniversary', anchor: 'anniversary', offsetDays: 0 },
      { kind: 'before-access-removal', anchor: 'access-removal', offsetDays: -7 },
    ],
  },
  products: [
    { sku: 'ACRO-PRO-ENT', name: 'Acrobat Pro', licenseTypes: ['enterprise'], renewalSku: 'ACRO-PRO-ENT-RNW' },
    { sku: 'CC-ALL-APPS', name: 'Creative Cloud', licenseTypes: ['enterprise', 'team'] },
    { sku: 'CC-EDU-DEVICE', name: 'Education device', licenseTypes: ['enterprise', 'team'], educationDevice: true },
  ],
});
export const policies = new Map([[policy.program, policy]]);

export const sam: Grantee = {
  userId: 'u-sam',
  email: 'sam.admin@acme.example',
  userType: 'external',
  grants: [{ accountId: 'acc-acme', role: 'site-admin' }],
};
export const paula: Grantee = {
  userId: 'u-paula',
  email: 'paula.partner@reseller.example',
  userType: 'external',
  grants: [{ accountId: 'acc-partner', role: 'partner-admin' }],
};
export const ivan: Grantee = { userId: 'u-ivan', email: 'ivan@vendor.example', userType: 'internal', grants: [] };
export const mallory: Grantee = {
  userId: 'u-mallory',
  email: 'mallory@other.example',
  userType: 'external',
  grants: [{ accountId: 'acc-other', role: 'site-admin' }],
};

export function smartAccount(overrides: Partial<Parameters<typeof createSmartAccount>[0]> = {}): SmartAccount {
  return createSmartAccount(
    {
      smartAccountId: 'sa-acme',
      domainIdentifier: 'acme.example',
      name: 'Acme Corp',
      kind: 'customer',
      ownerAccountId: 'acc-acme',
      status: 'active',
      virtualAccounts: [{ virtualAccountId: 'va-acme-default', name: 'DEFAULT' }],
      userEmails: ['sam.admin@acme.example'],
      ...overrides,
    },
    ivan,
    at('2026-01-01T00:00:00Z'),
  ).state;
}

export function membership(now = at('2026-01-10T09:00:00Z'), anniversaryDate = '2026-12-31'): VipMembership {
  return inviteCustomerToVip(
    { customerAccountId: 'acc-acme', partnerAccountId: 'acc-partner', program: 'vip', anniversaryDate },
    {
      caller: paula,
      membershipId: 'vip-acc-acme-vip',
      vipId: 'VIP-0001',
      customerResellerIds: ['acc-partner'],
      policies,
      now,
    },
  ).state;
}

export function withPendingPa(m: VipMembership, now: Date, id = 'pa-1'): VipMembership {
  return createPurchaseAuthorization(
    m,
    {
      licenseType: 'enterprise',
      products: [{ sku: 'ACRO-PRO-ENT', quantity: 10 }],
      customerPoNumber: 'PO-7',
      deploymentDate: '2026-02-01',
    },
    { caller: paula, purchaseAuthorizationId: id, policy, now },
  ).state;
}

/** Runs a thunk expected to throw a DomainError and returns it. */
export function refusal(thunk: () => unknown): {
  code: string;
  status: number;
  errors?: { path: string; code: string }[];
} {
  try {
    thunk();
  } catch (e) {
    return e as { code: string; status: number; errors?: { path: string; code: string }[] };
  }
  throw new Error('expected a refusal');
}
