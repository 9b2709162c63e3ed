/** Domain states -> edge answers (what each route returns). */
import { tiersOf } from '../domain/approval-tiers';
import type { ContractView } from '../domain/contract';
import { invoiceStatus, type InvoiceState } from '../domain/invoice';
import type { UpgradeReview } from '../domain/review-upgrade-request';
import type { SalesOrderView } from '../domain/sales-order';
import type { UpgradeRequestState } from '../domain/upgrade-request';

export const upgradeSummary = (r: UpgradeRequestState) => ({
  requestId: r.requestId,
  status: r.status,
  requestedBy: r.requestedBy,
  submittedAt: r.submittedAt,
  decidedAt: r.decidedAt,
  bookedOrderNumber: r.bookedOrderNumber,
});

export function salesOrderView(order: SalesOrderView, requests: UpgradeRequestState[]) {
  const { cancelReason: _c, lineWarranties: _w, purchaseAuthorizationId: _p, shipments: _s, ...rest } = order;
  return {
    ...rest,
    upgradeRequests: requests
      .filter((r) => r.orderNumber === order.orderNumber)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.requestId.localeCompare(b.requestId))
      .map(upgradeSummary),
  };
}

/** A recent order: the order as listed everywhere, and its line count (what the account overview shows). */
export const recentOrderView = (order: SalesOrderView, requests: UpgradeRequestState[]) => ({
  ...salesOrderView(order, requests),
  lineCount: order.lines.length,
});

export const contractView = (c: ContractView) => {
  const { terminationReason: _r, ...rest } = c;
  return rest;
};

export function upgradeRequestView(r: UpgradeRequestState, reviewed: UpgradeReview | null = null) {
  return {
    requestId: r.requestId,
    status: r.status,
    accountId: r.accountId,
    contractNumber: r.contractNumber,
    orderNumber: r.orderNumber,
    requestedBy: r.requestedBy,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    basicInfo: r.content.basicInfo,
    hardwareLines: r.content.hardwareLines,
    softwareLines: r.content.softwareLines,
    comment: r.content.comment,
    totals: r.totals,
    submittedAt: r.submittedAt,
    approvalTiers: r.status === 'draft' ? [] : tiersOf(r),
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt,
    rejectionReason: r.rejectionReason,
    withdrawnAt: r.withdrawnAt,
    bookedOrderNumber: r.bookedOrderNumber,
    bookedAt: r.bookedAt,
    review: reviewed,
  };
}

export const invoiceView = (i: InvoiceState, now: Date) => ({
  invoiceNumber: i.invoiceNumber,
  accountId: i.accountId,
  orderNumber: i.issue!.orderNumber,
  issuedOn: i.issue!.issuedOn,
  dueOn: i.issue!.dueOn,
  amount: i.issue!.amount,
  paidOn: i.paidOn,
  status: invoiceStatus(i, now),
  payment: i.payment ?? null,
  disputes: i.disputes ?? [],
});
