/**
 * The published sales order (SalesOrderRecorded / SalesOrderUpdated on order.events.v1): the one source of sales-order
 * facts for the other services, so it carries everything the ERP's facts say (status and its times, cancellation
 * reason, lines with serials, every shipment, warranties, ship-to, term, reseller, upgrade and authorization ids).
 * A field added here needs a defaulted field in both .avsc files (npm run contracts:gen).
 */
import type { SalesOrderRecordedPayload } from '@portal/contracts';
import type { SalesOrderView } from './sales-order';

export function toSalesOrderPayload(view: SalesOrderView, revision: number): SalesOrderRecordedPayload {
  return {
    orderNumber: view.orderNumber,
    webOrderNumber: view.webOrderNumber,
    contractNumber: view.contractNumber,
    status: view.status,
    exportHold: view.exportHold,
    exportHoldReason: view.exportHoldReason,
    shipped: view.shipped,
    confirmed: view.confirmed,
    cancelled: view.cancelled,
    placedAt: view.placedAt,
    shippedAt: view.shippedAt,
    confirmedAt: view.confirmedAt,
    cancelledAt: view.cancelledAt,
    cancelReason: view.cancelReason,
    currency: view.currency,
    lines: view.lines,
    lineWarranties: view.lineWarranties,
    shipments: view.shipments,
    shipTo: view.shipTo,
    term: view.term,
    resellerAccountId: view.resellerAccountId,
    upgradeRequestId: view.upgradeRequestId,
    purchaseAuthorizationId: view.purchaseAuthorizationId,
    revision,
  };
}
