/**
 * Upgrade request (the wizard of seed 000): what it holds and its life cycle.
 *   draft -> pending-approval -> approved -> booked
 *                             -> rejected
 *   draft | pending-approval -> withdrawn
 * Open requests (pending-approval, approved) hold their serial numbers: no other request may select them.
 */
import type { ApprovalTierState } from './approval-tiers';
import type { Address, ShippingServiceLevel, Term, TermOption, UpgradeRequestStatus } from './types';

export interface BasicInfo {
  /** Order discount in percent, 0 < p <= 100, at most two decimals. */
  discountPercent: number | null;
  specialPricingFormNumber: string | null;
  /** ISO date */
  startDate: string | null;
  deploymentWindowDays: number | null;
  termOption: TermOption | null;
  /** Own term only */
  termMonths: number | null;
}

export interface HardwareUpgradeLine {
  sku: string;
  targetSku: string;
  quantity: number;
  serialNumbers: string[];
  /** An address of the account's address book (delivery-address.ts). */
  deliveryAddressId: string | null;
  /** The book's address for that id, copied in on save and at submit. */
  deliveryAddress?: Address | null;
  shippingServiceLevel: ShippingServiceLevel | null;
  carrierName: string | null;
  shippingAccount: string | null;
}

export interface SoftwareUpgradeLine {
  sku: string;
  targetSku: string;
  quantity: number;
}

export interface UpgradeRequestContent {
  basicInfo: BasicInfo;
  hardwareLines: HardwareUpgradeLine[];
  softwareLines: SoftwareUpgradeLine[];
  comment: string | null;
}

export interface UpgradeTotals {
  currency: string;
  lines: {
    kind: 'hardware' | 'software';
    sku: string;
    targetSku: string;
    quantity: number;
    unitPriceMinor: number | null;
    amountMinor: number | null;
  }[];
  subtotalMinor: number;
  discountMinor: number;
  totalMinor: number;
  unpricedSkus: string[];
  /** The upgraded order's term, when the basic info allows computing it. */
  term: Term | null;
}

export interface UpgradeRequestState {
  requestId: string;
  accountId: string;
  contractNumber: string;
  orderNumber: string;
  status: UpgradeRequestStatus;
  requestedBy: string;
  createdAt: Date;
  updatedAt: Date;
  content: UpgradeRequestContent;
  totals: UpgradeTotals | null;
  /** Serial numbers held while the request is open (denormalized for the SERIAL_ALREADY_IN_UPGRADE query). */
  heldSerials: string[];
  submittedAt: Date | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  rejectionReason: string | null;
  withdrawnBy: string | null;
  withdrawnAt: Date | null;
  /** Approval tiers fixed at submit (approval-tiers.ts); absent on requests submitted before tiers existed. */
  approvalTiers?: ApprovalTierState[];
  bookedOrderNumber: string | null;
  bookedAt: Date | null;
}

export const OPEN_STATUSES: readonly UpgradeRequestStatus[] = ['pending-approval', 'approved'];

export const isOpen = (status: UpgradeRequestStatus): boolean => OPEN_STATUSES.includes(status);

export const emptyBasicInfo = (): BasicInfo => ({
  discountPercent: null,
  specialPricingFormNumber: null,
  startDate: null,
  deploymentWindowDays: null,
  termOption: null,
  termMonths: null,
});

export const emptyContent = (): UpgradeRequestContent => ({
  basicInfo: emptyBasicInfo(),
  hardwareLines: [],
  softwareLines: [],
  comment: null,
});

/** A whole content from what a caller gave (a create or a preview): missing sections are empty. */
export function contentFrom(input: Partial<UpgradeRequestContent>): UpgradeRequestContent {
  const empty = emptyContent();
  return {
    basicInfo: { ...empty.basicInfo, ...input.basicInfo },
    hardwareLines: input.hardwareLines ?? [],
    softwareLines: input.softwareLines ?? [],
    comment: input.comment ?? null,
  };
}

export const selectedSerials = (content: UpgradeRequestContent): string[] =>
  content.hardwareLines.flatMap((l) => l.serialNumbers);
