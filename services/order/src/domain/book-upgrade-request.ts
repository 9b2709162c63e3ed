/**
 * The ERP booked the order of an approved upgrade request (a SalesOrderBooked carrying its upgradeRequestId): the
 * request becomes `booked`, releases its serial numbers and UpgradeRequestBooked is published. A booking that
 * names a request which is not approved (unknown, withdrawn, rejected, already booked) changes nothing; the
 * booked order itself is still recorded as a sales order.
 */
import type { UpgradeRequestEvent } from './submit-upgrade-request';
import type { UpgradeRequestState } from './upgrade-request';

export function bookUpgradeRequest(
  state: UpgradeRequestState | null,
  booking: { orderNumber: string; bookedAt: Date },
): { state: UpgradeRequestState; events: UpgradeRequestEvent[] } | null {
  if (!state || state.status !== 'approved') return null;
  const next: UpgradeRequestState = {
    ...state,
    status: 'booked',
    heldSerials: [],
    bookedOrderNumber: booking.orderNumber,
    bookedAt: booking.bookedAt,
    updatedAt: booking.bookedAt,
  };
  return {
    state: next,
    events: [
      {
        type: 'UpgradeRequestBooked',
        payload: {
          requestId: state.requestId,
          contractNumber: state.contractNumber,
          orderNumber: state.orderNumber,
          requestedBy: state.requestedBy,
          bookedOrderNumber: booking.orderNumber,
          bookedAt: booking.bookedAt,
        },
      },
    ],
  };
}
