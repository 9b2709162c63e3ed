import type { Envelope } from '@portal/contracts';
import type { EventHandlers } from '@portal/platform';
import type { OrderSnapshots } from '../app/apply-order-snapshots';
import type { AllowanceStore } from '../store/allowance-store';

type OrderSnapshot = Envelope<'SalesOrderRecorded' | 'SalesOrderUpdated'>;
type ContractSnapshot = Envelope<'ContractRecorded' | 'ContractUpdated'>;

/**
 * Inventory elements and free-change allowances, projected from order.events.v1 (the order service's full
 * snapshots of the sales orders and contracts it copied from the ERP). Snapshots carry a revision: an older or
 * replayed one changes nothing, so the handlers are idempotent whatever the delivery order.
 */
export function orderHandlers(orders: OrderSnapshots, allowances: AllowanceStore): EventHandlers {
  const applyOrder = (event: OrderSnapshot) => {
    const order = event.payload;
    return orders.apply({
      orderNumber: order.orderNumber,
      accountId: event.accountId,
      contractNumber: order.contractNumber,
      lines: order.lines,
      revision: order.revision,
      cancelled: order.cancelled,
    });
  };
  const applyContract = async (event: ContractSnapshot) => {
    const contract = event.payload;
    const status = contract.status === 'expired' || contract.status === 'terminated' ? contract.status : 'active';
    await allowances.upsertIfNewer(
      {
        contractNumber: contract.contractNumber,
        accountId: event.accountId,
        freeChangesPerMonth: contract.freeChangesPerMonth,
        status,
      },
      contract.revision,
    );
  };
  return {
    SalesOrderRecorded: applyOrder,
    SalesOrderUpdated: applyOrder,
    ContractRecorded: applyContract,
    ContractUpdated: applyContract,
  };
}
