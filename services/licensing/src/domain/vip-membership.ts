import { DomainError, forbidden, type FieldError } from '@portal/platform/src/errors';
import { hasAnyGrantOn, hasRoleOn, isInternal, partnerAccountsOf, type Grantee } from '@portal/platform/src/domain';
import { addYears, isIsoDate, isoDateOf, type IsoDate } from '@portal/platform/src/domain';
import { event, type Decision } from './events';
import type { LicenseType, NoticeKind, ProgramPolicy } from './vendor-policy';

export type MembershipStatus = 'active' | 'late' | 'expired';
export type PurchaseAuthorizationStatus = 'pending' | 'fulfilled' | 'cancelled' | 'expired';
export type BannerState = 'none' | 'due' | 'overdue';

export interface ProductQuantity {
  sku: string;
  quantity: number;
}

export interface LicenceAssignment {
  sku: string;
  userEmail: string;
}

export interface PurchaseAuthorization {
  purchaseAuthorizationId: string;
  licenseType: LicenseType;
  products: ProductQuantity[];
  customerPoNumber: string | null;
  deploymentDate: IsoDate;
  status: PurchaseAuthorizationStatus;
  createdAt: Date;
  createdBy: string;
  expiresAt: Date;
  orderNumber: string | null;
  orderedAt: Date | null;
  closedAt: Date | null;
  /** When the expiry reminder was published (at most once). */
  reminderSentAt: Date | null;
  /** Stated by the reseller once ordered (state-order-duration.ts); absent = co-termed with the anniversary. */
  coveredMonths?: number | null;
  coversUntil?: IsoDate | null;
  /** Licences of this PA given to users (a pending PA with any cannot be cancelled). */
  licenceAssignments: LicenceAssignment[];
}

export interface ReturnAuthorization {
  returnAuthorizationId: string;
  purchaseAuthorizationId: string;
  orderNumber: string;
  products: ProductQuantity[];
  reason: string | null;
  createdAt: Date;
  createdBy: string;
}

export interface RenewalRecord {
  renewalId: string;
  renewedAt: Date;
  previousAnniversaryDate: IsoDate;
  anniversaryDate: IsoDate;
  products: ProductQuantity[];
  orderNumber: string | null;
  early: boolean;
  renewedBy: string;
}

export interface VipMembership {
  membershipId: string;
  vipId: string;
  program: string;
  customerAccountId: string;
  partnerAccountId: string;
  status: MembershipStatus;
  anniversaryDate: IsoDate;
  createdAt: Date;
  invitedBy: string;
  purchaseAuthorizations: PurchaseAuthorization[];
  returnAuthorizations: ReturnAuthorization[];
  renewalHistory: RenewalRecord[];
  /** `<anniversaryDate>:<noticeKind>` of every notice already published: each at most once. */
  noticesSent: string[];
  bannerState: BannerState;
}

export const noticeKey = (anniversaryDate: IsoDate, kind: NoticeKind) => `${anniversaryDate}:${kind}`;

/** The membership id is one per customer and program, so a second invitation is refused as a duplicate. */
export const membershipIdFor = (customerAccountId: string, program: string) => `vip-${customerAccountId}-${program}`;

export interface InviteCustomer {
  customerAccountId: string;
  partnerAccountId: string;
  program: string;
  anniversaryDate?: IsoDate;
}

/** Partners (partner-admin) manage the VIP memberships of the customers they are reseller of record for. */
export function requirePartnerAdmin(caller: Grantee, partnerAccountId: string): void {
  if (!hasRoleOn(caller, partnerAccountId, 'partner-admin')) {
    throw forbidden('ROLE_REQUIRED', 'partner-admin on the partner of record is required');
  }
}

/**
 * A partner invites a customer: the membership gets its VIP ID at once, status active, and an anniversary date
 * (one year after the invitation unless given; never in the past).
 */
export function inviteCustomerToVip(
  input: InviteCustomer,
  ctx: {
    caller: Grantee;
    membershipId: string;
    vipId: string;
    customerResellerIds: readonly string[];
    policies: ReadonlyMap<string, ProgramPolicy>;
    now: Date;
  },
): Decision<VipMembership> {
  requirePartnerAdmin(ctx.caller, input.partnerAccountId);
  const errors: FieldError[] = [];
  if (!ctx.customerResellerIds.includes(input.partnerAccountId)) {
    errors.push({
      path: 'customerAccountId',
      code: 'NOT_RESELLER_OF_RECORD',
      message: 'The partner is not the reseller of record of this customer',
    });
  }
  if (!ctx.policies.has(input.program))
    errors.push({ path: 'program', code: 'PROGRAM_UNKNOWN', message: `No vendor program ${input.program}` });
  const today = isoDateOf(ctx.now);
  const anniversaryDate = input.anniversaryDate ?? addYears(today, 1);
  if (!isIsoDate(anniversaryDate))
    errors.push({ path: 'anniversaryDate', code: 'FIELD_INVALID', message: 'Not a calendar date' });
  else if (anniversaryDate <= today)
    errors.push({
      path: 'anniversaryDate',
      code: 'ANNIVERSARY_IN_PAST',
      message: 'The anniversary date must be in the future',
    });
  if (errors.length > 0) throw DomainError.fromFieldErrors(errors);

  const state: VipMembership = {
    membershipId: ctx.membershipId,
    vipId: ctx.vipId,
    program: input.program,
    customerAccountId: input.customerAccountId,
    partnerAccountId: input.partnerAccountId,
    status: 'active',
    anniversaryDate,
    createdAt: ctx.now,
    invitedBy: ctx.caller.userId,
    purchaseAuthorizations: [],
    returnAuthorizations: [],
    renewalHistory: [],
    noticesSent: [],
    bannerState: 'none',
  };
  return {
    state,
    events: [
      event('VipMembershipCreated', {
        membershipId: state.membershipId,
        vipId: state.vipId,
        customerAccountId: state.customerAccountId,
        partnerAccountId: state.partnerAccountId,
        program: state.program,
        anniversaryDate,
        status: 'active',
        invitedBy: ctx.caller.userId,
      }),
    ],
  };
}

export const vipRef = (m: VipMembership) => ({
  membershipId: m.membershipId,
  vipId: m.vipId,
  customerAccountId: m.customerAccountId,
});

export function statusChange(
  m: VipMembership,
  to: MembershipStatus,
  reason: string,
  purchaseAuthorizationId: string | null = null,
) {
  return event('MembershipStatusChanged', { ...vipRef(m), from: m.status, to, reason, purchaseAuthorizationId });
}

export function findPurchaseAuthorization(m: VipMembership, purchaseAuthorizationId: string): PurchaseAuthorization {
  const pa = m.purchaseAuthorizations.find((p) => p.purchaseAuthorizationId === purchaseAuthorizationId);
  if (!pa) throw new DomainError('NOT_FOUND', 'Purchase authorization not found', { status: 404 });
  return pa;
}

export const replacePurchaseAuthorization = (m: VipMembership, pa: PurchaseAuthorization): VipMembership => ({
  ...m,
  purchaseAuthorizations: m.purchaseAuthorizations.map((p) =>
    p.purchaseAuthorizationId === pa.purchaseAuthorizationId ? pa : p,
  ),
});

/** Who may read a membership: the customer's users, the partner's partner-admins (one reseller rule), internal users. */
export const membershipVisibleTo = (m: VipMembership, caller: Grantee) =>
  isInternal(caller) ||
  hasAnyGrantOn(caller, m.customerAccountId) ||
  partnerAccountsOf(caller).includes(m.partnerAccountId);
