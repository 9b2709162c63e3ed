import type { Envelope } from '@portal/contracts';
import type { EventHandlers } from '@portal/platform';
import type { CatalogFile } from '../domain/catalog';
import { elementsFromOrder, perimeterOf } from '../domain/inventory-from-orders';
import type { AllowanceStore } from '../store/allowance-store';
import type { InventoryStore } from '../store/inventory-store';

type OrderSnapshot = Envelope<'SalesOrderRecorded' | 'SalesOrderUpdated'>;
type ContractSnapshot = Envelope<'ContractRecorded' | 'ContractUpdated'>;

/**
 * Inventory elements and free-change allowances, projected from order.events.v1 (the order service's full
 * snapshots of the sales orders and contracts it copied from the ERP). Snapshots carry a revision: an older or
 * replayed one changes nothing, so the handlers are idempotent whatever the delivery order.
 */
export function orderHandlers(
  inventory: InventoryStore,
  allowances: AllowanceStore,
  catalogs: CatalogFile,
): EventHandlers {
  const applyOrder = async (event: OrderSnapshot) => {
    const order = event.payload;
    if ((await inventory.orderRevision(order.orderNumber)) >= order.revision) return;
    const elements = elementsFromOrder(
      {
        orderNumber: order.orderNumber,
        accountId: event.accountId,
        contractNumber: order.contractNumber,
        lines: order.lines,
      },
      catalogs,
    );
    await inventory.replaceOrderElements(
      order.orderNumber,
      elements,
      perimeterOf(event.accountId, order.contractNumber),
      order.cancelled,
    );
    await inventory.recordOrderRevision(order.orderNumber, order.revision);
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
