import { z } from '@portal/platform';
import { assignmentStatus, type LicensingOrder, type Entitlement } from '../domain/licensing-order';
import { onExportHold } from '../domain/deposit-guard';
import type { SmartAccount } from '../domain/smart-account';
import type { RenewalOverview } from '../domain/renewal-window';
import type { VipMembership } from '../domain/vip-membership';

/** Response shapes (OpenAPI) and the mappers from domain state to them. */
const instant = z.string().datetime().openapi({ example: '2026-11-22T09:00:00.000Z' });
const isoDate = z.string().openapi({ example: '2026-12-31', description: 'ISO calendar date' });
const term = z.object({ startDate: isoDate, endDate: isoDate });
const productQuantity = z.object({ sku: z.string(), quantity: z.number().int() });

export const SmartAccountView = z
  .object({
    smartAccountId: z.string(),
    domainIdentifier: z.string(),
    name: z.string(),
    status: z.enum(['active', 'pending']),
    kind: z.enum(['customer', 'partner-holding']),
    ownerAccountId: z.string(),
    virtualAccounts: z.array(z.object({ virtualAccountId: z.string(), name: z.string() })),
    userEmails: z.array(z.string()),
    createdAt: instant,
    activatedAt: instant.nullable(),
  })
  .openapi('SmartAccount');

export const toSmartAccountView = (sa: SmartAccount) => ({
  smartAccountId: sa.smartAccountId,
  domainIdentifier: sa.domainIdentifier,
  name: sa.name,
  status: sa.status,
  kind: sa.kind,
  ownerAccountId: sa.ownerAccountId,
  virtualAccounts: sa.virtualAccounts,
  userEmails: sa.userEmails,
  createdAt: sa.createdAt,
  activatedAt: sa.activatedAt,
});

const entitlement = z.object({
  orderNumber: z.string(),
  lineNumber: z.number().int(),
  sku: z.string(),
  quantity: z.number().int(),
  term: term.nullable(),
  smartAccountId: z.string(),
  virtualAccountId: z.string(),
  depositedAt: instant,
});

const assignmentFields = {
  smartAccountId: z.string(),
  virtualAccountId: z.string(),
  holdingAccount: z.boolean(),
  assignedBy: z.string(),
  assignedAt: instant,
};

export const OrderLicensingView = z
  .object({
    orderNumber: z.string(),
    webOrderNumber: z.string().nullable(),
    accountId: z.string(),
    resellerAccountId: z.string().nullable(),
    lines: z.array(
      z.object({ lineNumber: z.number().int(), sku: z.string(), kind: z.string(), quantity: z.number().int() }),
    ),
    facts: z.object({ shipped: z.boolean(), confirmed: z.boolean(), cancelled: z.boolean(), exportHold: z.boolean() }),
    assignment: z
      .object({
        ...assignmentFields,
        status: z.enum(['waiting', 'deposited', 'assigned']),
        waitingReasons: z.array(z.string()).openapi({
          description:
            'awaiting-booking, awaiting-shipment, awaiting-confirmation, export-hold, smart-account-pending, partner-holding-account, order-cancelled',
        }),
      })
      .nullable(),
    history: z.array(z.object({ ...assignmentFields, replacedAt: instant, replacedBy: z.string() })),
    entitlements: z.array(entitlement),
  })
  .openapi('OrderLicensing');

export const toOrderView = (o: LicensingOrder) => ({
  orderNumber: o.orderNumber,
  webOrderNumber: o.webOrderNumber,
  accountId: o.accountId,
  resellerAccountId: o.resellerAccountId,
  lines: o.lines ?? [],
  facts: {
    shipped: o.conditions.shippedAt !== null,
    confirmed: o.conditions.confirmedAt !== null,
    cancelled: o.conditions.cancelledAt !== null,
    exportHold: onExportHold(o.conditions),
  },
  assignment: o.assignment ? { ...o.assignment, status: assignmentStatus(o), waitingReasons: o.waitingReasons } : null,
  history: o.history,
  entitlements: o.entitlements,
});

export const EntitlementsView = z
  .object({
    smartAccountId: z.string(),
    virtualAccountId: z.string(),
    usable: z
      .boolean()
      .openapi({ description: 'false for a partner holding account: entitlements cannot be used from it' }),
    items: z.array(z.object({ sku: z.string(), quantity: z.number().int(), sources: z.array(entitlement) })),
  })
  .openapi('VirtualAccountEntitlements');

export function toEntitlementsView(sa: SmartAccount, virtualAccountId: string, entitlements: Entitlement[]) {
  const bySku = new Map<string, Entitlement[]>();
  for (const e of entitlements) bySku.set(e.sku, [...(bySku.get(e.sku) ?? []), e]);
  return {
    smartAccountId: sa.smartAccountId,
    virtualAccountId,
    usable: sa.kind !== 'partner-holding',
    items: [...bySku]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([sku, sources]) => ({
        sku,
        quantity: sources.reduce((n, e) => n + e.quantity, 0),
        sources: sources.sort((a, b) => a.orderNumber.localeCompare(b.orderNumber) || a.lineNumber - b.lineNumber),
      })),
  };
}

const purchaseAuthorization = z.object({
  purchaseAuthorizationId: z.string(),
  licenseType: z.enum(['enterprise', 'team']),
  products: z.array(productQuantity),
  customerPoNumber: z.string().nullable(),
  deploymentDate: isoDate,
  status: z.enum(['pending', 'fulfilled', 'cancelled', 'expired']),
  createdAt: instant,
  createdBy: z.string(),
  expiresAt: instant,
  orderNumber: z.string().nullable(),
  orderedAt: instant.nullable(),
  closedAt: instant.nullable(),
  licenceAssignments: z.array(z.object({ sku: z.string(), userEmail: z.string() })),
  coveredMonths: z.number().int().nullable().optional().openapi({ description: 'Stated by the reseller once ordered' }),
  coversUntil: isoDate.nullable().optional(),
});

export const MembershipView = z
  .object({
    membershipId: z.string(),
    vipId: z.string(),
    program: z.string(),
    customerAccountId: z.string(),
    partnerAccountId: z.string(),
    status: z.enum(['active', 'late', 'expired']),
    anniversaryDate: isoDate,
    bannerState: z.enum(['none', 'due', 'overdue']),
    createdAt: instant,
    invitedBy: z.string(),
    purchaseAuthorizations: z.array(purchaseAuthorization),
    returnAuthorizations: z.array(
      z.object({
        returnAuthorizationId: z.string(),
        purchaseAuthorizationId: z.string(),
        orderNumber: z.string(),
        products: z.array(productQuantity),
        reason: z.string().nullable(),
        createdAt: instant,
        createdBy: z.string(),
      }),
    ),
    renewalHistory: z.array(
      z.object({
        renewalId: z.string(),
        renewedAt: instant,
        previousAnniversaryDate: isoDate,
        anniversaryDate: isoDate,
        products: z.array(productQuantity),
        orderNumber: z.string().nullable(),
        early: z.boolean(),
        renewedBy: z.string(),
      }),
    ),
    noticesSent: z
      .array(z.string())
      .openapi({ description: '<anniversaryDate>:<noticeKind> of every renewal notice published' }),
  })
  .openapi('VipMembership');

export const toMembershipView = (m: VipMembership) => ({ ...m });

export const RenewalOverviewView = z
  .object({
    open: z.boolean(),
    anniversaryDate: isoDate,
    overviewOpensOn: isoDate,
    windowOpensOn: isoDate,
    accessRemovalOn: isoDate,
    licences: z.array(z.object({ sku: z.string(), quantity: z.number().int(), suggestedSku: z.string() })),
    coveredBeyondAnniversary: z.array(
      z.object({
        sku: z.string(),
        quantity: z.number().int(),
        coversUntil: isoDate,
        purchaseAuthorizationId: z.string(),
      }),
    ),
  })
  .openapi('RenewalOverview');

export const toRenewalOverviewView = (o: RenewalOverview) => o;
