import type { Grantee } from '@portal/platform/src/domain';
import { createPurchaseAuthorization } from './domain/create-purchase-authorization';
import { addDays, isoDateOf } from '@portal/platform/src/domain';
import { fulfilPurchaseAuthorization } from './domain/fulfil-purchase-authorization';
import { createSmartAccount, type NewSmartAccount } from './domain/smart-account';
import { inviteCustomerToVip, membershipIdFor, type VipMembership } from './domain/vip-membership';
import type { Decision } from './domain/events';
import type { ProgramPolicy } from './domain/vendor-policy';
import type { Licensing } from './app/licensing';

/**
 * Demo data of licensing, so both flows can be tried at once (the platform's demo-seed hook: DEMO_SEED=true).
 * Accounts and users are the account service's (published on account.events.v1 by the platform seed); they are
 * listed here so the seed of deploy/ can publish them with the grants these flows need.
 */
export const demoAccounts = [
  {
    accountId: 'acc-acme',
    name: 'ACME SAS',
    accountType: 'business' as const,
    country: 'FR',
    resellerAccountIds: ['acc-partner'],
  },
  {
    accountId: 'acc-partner',
    name: 'Reseller SARL',
    accountType: 'partner' as const,
    country: 'FR',
    resellerAccountIds: [] as string[],
  },
];

export const demoUsers = [
  {
    userId: 'u-sam',
    email: 'sam.admin@acme.example',
    displayName: 'Sam Admin',
    userType: 'external' as const,
    homeAccountId: 'acc-acme',
    grants: [{ accountId: 'acc-acme', role: 'site-admin' }],
  },
  {
    userId: 'u-paula',
    email: 'paula.partner@reseller.example',
    displayName: 'Paula Partner',
    userType: 'external' as const,
    homeAccountId: 'acc-partner',
    grants: [{ accountId: 'acc-partner', role: 'partner-admin' }],
  },
  {
    userId: 'u-ivan',
    email: 'ivan.internal@vendor.example',
    displayName: 'Ivan Internal',
    userType: 'internal' as const,
    homeAccountId: 'acc-vendor',
    grants: [] as { accountId: string; role: string }[],
  },
];

export const demoSmartAccounts: NewSmartAccount[] = [
  {
    smartAccountId: 'sa-acme',
    domainIdentifier: 'acme.example',
    name: 'ACME SAS',
    kind: 'customer',
    ownerAccountId: 'acc-acme',
    status: 'active',
    virtualAccounts: [
      { virtualAccountId: 'va-acme-default', name: 'DEFAULT' },
      { virtualAccountId: 'va-acme-lab', name: 'LAB' },
    ],
    userEmails: ['sam.admin@acme.example'],
  },
  {
    smartAccountId: 'sa-acme-emea',
    domainIdentifier: 'emea.acme.example',
    name: 'ACME EMEA (pending)',
    kind: 'customer',
    ownerAccountId: 'acc-acme',
    status: 'pending',
    virtualAccounts: [{ virtualAccountId: 'va-acme-emea-default', name: 'DEFAULT' }],
    userEmails: ['sam.admin@acme.example'],
  },
  {
    smartAccountId: 'sa-partner-holding',
    domainIdentifier: 'reseller.example',
    name: 'Reseller SARL holding account',
    kind: 'partner-holding',
    ownerAccountId: 'acc-partner',
    status: 'active',
    virtualAccounts: [{ virtualAccountId: 'va-partner-holding', name: 'HOLDING' }],
    userEmails: ['paula.partner@reseller.example'],
  },
];

/**
 * Sales orders worth publishing on erp.sales-orders.v1 for the assignment flow (software lines carry licences):
 * SO-LIC-1001 / WEB-LIC-1001 for acc-acme sold by acc-partner, shipped and confirmed later by `npm run erp`.
 */
export const demoSalesOrders = [
  {
    accountId: 'acc-acme',
    orderNumber: 'SO-LIC-1001',
    webOrderNumber: 'WEB-LIC-1001',
    resellerAccountId: 'acc-partner',
    lines: [
      {
        lineNumber: 1,
        sku: 'DNA-ADV-3Y',
        kind: 'software' as const,
        description: 'DNA Advantage 3 years',
        quantity: 25,
      },
      { lineNumber: 2, sku: 'C9300-24T', kind: 'hardware' as const, description: 'Catalyst 9300 24-port', quantity: 1 },
    ],
  },
];

export const demoMembership = {
  customerAccountId: 'acc-acme',
  partnerAccountId: 'acc-partner',
  program: 'vip',
  vipId: 'VIP-DEMO-0001',
};

const ivan: Grantee = { userId: 'u-ivan', email: 'ivan.internal@vendor.example', userType: 'internal', grants: [] };
const paula: Grantee = {
  userId: 'u-paula',
  email: 'paula.partner@reseller.example',
  userType: 'external',
  grants: [{ accountId: 'acc-partner', role: 'partner-admin' }],
};

/** The demo aggregates as domain decisions (pure: built with the same rules as the real thing). */
export function buildDemo(now: Date, policies: ReadonlyMap<string, ProgramPolicy>) {
  const smartAccounts = demoSmartAccounts.map((sa) => createSmartAccount(sa, ivan, now));
  const membershipId = membershipIdFor(demoMembership.customerAccountId, demoMembership.program);
  const policy = policies.get(demoMembership.program);
  if (!policy) return { smartAccounts, membership: null };
  const invited = inviteCustomerToVip(
    { ...demoMembership, anniversaryDate: addDays(isoDateOf(now), 75) },
    { caller: paula, membershipId, vipId: demoMembership.vipId, customerResellerIds: ['acc-partner'], policies, now },
  );
  const ordered = createPurchaseAuthorization(
    invited.state,
    {
      licenseType: 'enterprise',
      products: [
        { sku: 'ACRO-PRO-ENT', quantity: 20 },
        { sku: 'CC-ALL-APPS', quantity: 5 },
      ],
      customerPoNumber: 'PO-ACME-42',
      deploymentDate: isoDateOf(now),
    },
    { caller: paula, purchaseAuthorizationId: 'pa-demo-ordered', policy, now },
  );
  const fulfilled = fulfilPurchaseAuthorization(ordered.state, 'pa-demo-ordered', {
    orderNumber: 'SO-VIP-2001',
    orderedAt: now,
  })!;
  const pending = createPurchaseAuthorization(
    fulfilled.state,
    {
      licenseType: 'team',
      products: [{ sku: 'ACRO-PRO-TEAM', quantity: 3 }],
      customerPoNumber: null,
      deploymentDate: addDays(isoDateOf(now), 7),
    },
    { caller: paula, purchaseAuthorizationId: 'pa-demo-pending', policy, now },
  );
  const membership: Decision<VipMembership> = {
    state: pending.state,
    events: [...invited.events, ...ordered.events, ...fulfilled.events, ...pending.events],
  };
  return { smartAccounts, membership };
}

/**
 * Writes the demo Smart Accounts and a VIP membership (anniversary in 75 days, so the renewal overview is open;
 * one fulfilled and one pending purchase authorization). Idempotent: what exists is left alone.
 */
export async function applyDemoSeed(l: Licensing): Promise<void> {
  const demo = buildDemo(l.now(), l.policies);
  for (const sa of demo.smartAccounts)
    await l.store.smartAccounts.createDecided(sa.state.smartAccountId, sa, {
      accountId: () => sa.state.ownerAccountId,
      onExists: 'keep',
    });
  const m = demo.membership;
  if (!m) return;
  await l.store.membershipsByAccount.add(m.state);
  const { created } = await l.store.memberships.createDecided(m.state.membershipId, m, {
    accountId: () => m.state.customerAccountId,
    onExists: 'keep',
  });
  if (created) await l.replan(m.state);
}
