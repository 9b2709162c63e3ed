/**
 * ERP topics in, as declarative decision entries: each names the aggregate an ERP event concerns and the domain rule
 * that records the fact. The platform applies a whole Kafka batch at once, idempotently (the ERP event's id is
 * stored with the change, so a redelivered or duplicated message changes nothing and publishes nothing), and
 * publishes the order events the domain caused through the aggregate's outbox.
 */
import type { EventType } from '@portal/contracts';
import { decides, type EventHandlers, type ServiceKit } from '@portal/platform';
import { bookUpgradeRequest } from '../domain/book-upgrade-request';
import { publishProduct, type CatalogProduct } from '../domain/catalog-product';
import { recordContractFact, type ContractState } from '../domain/contract';
import { flagOverdue, overdueAt, recordInvoiceFact, type InvoiceState } from '../domain/invoice';
import { recordSalesOrderFact, type SalesOrderState } from '../domain/sales-order';
import type { UpgradeRequestState } from '../domain/upgrade-request';
import type { OrderStores } from '../store/stores';
import { contractFactOf, invoiceFactOf, salesOrderFactOf, sourceOf } from './erp-facts';

export const INVOICE_OVERDUE_JOB = 'invoice-overdue';

type SalesOrderEvent =
  | 'SalesOrderBooked'
  | 'SalesOrderShipped'
  | 'SalesOrderConfirmed'
  | 'SalesOrderCancelled'
  | 'ExportHoldPlaced'
  | 'ExportHoldReleased';

export function erpHandlers(kit: ServiceKit, stores: OrderStores): EventHandlers {
  const salesOrder = decides<SalesOrderState, SalesOrderEvent>(stores.salesOrders, {
    id: (event) => salesOrderFactOf(event)!.orderNumber,
    decide: (current, event) => {
      const { orderNumber, fact } = salesOrderFactOf(event)!;
      return recordSalesOrderFact(current, orderNumber, fact, sourceOf(event));
    },
  });

  // The ERP booked the order of an approved upgrade request: mark it booked and give its serials back.
  const upgradeBooked = decides<UpgradeRequestState, 'SalesOrderBooked'>(stores.upgradeRequests, {
    id: (event) => event.payload.upgradeRequestId ?? null,
    decide: (current, event) =>
      bookUpgradeRequest(current, { orderNumber: event.payload.orderNumber, bookedAt: event.occurredAt }),
    after: async ({ id, state }) => {
      if (state?.status === 'booked') await stores.serialHolds.release(id);
    },
  });

  const contract = decides<ContractState, 'ContractActivated' | 'ContractExpired' | 'ContractTerminated'>(
    stores.contracts,
    {
      id: (event) => contractFactOf(event)!.contractNumber,
      decide: (current, event) => {
        const { contractNumber, fact } = contractFactOf(event)!;
        return recordContractFact(current, contractNumber, fact, sourceOf(event));
      },
    },
  );

  // Records the fact, then (re)plans or cancels the overdue notice from the stored state (idempotent either way).
  const invoice = decides<InvoiceState, 'InvoiceIssued' | 'InvoicePaid'>(stores.invoices, {
    id: (event) => invoiceFactOf(event)!.invoiceNumber,
    decide: (current, event) => {
      const { invoiceNumber, fact } = invoiceFactOf(event)!;
      return recordInvoiceFact(current, invoiceNumber, fact, sourceOf(event));
    },
    after: ({ id, state }) => planOverdueNotice(kit, id, state ?? undefined),
  });

  const product = decides<CatalogProduct, 'ProductPublished'>(stores.catalog, {
    id: (event) => event.payload.sku,
    decide: (current, event) => publishProduct(current, event.payload, event),
    accountId: (_state, event) => event.accountId,
  });

  const handlers: EventHandlers = {
    SalesOrderBooked: [salesOrder, upgradeBooked],
    ContractActivated: contract,
    ContractExpired: contract,
    ContractTerminated: contract,
    ProductPublished: product,
    InvoiceIssued: invoice,
    InvoicePaid: invoice,
  };
  const others: EventType[] = [
    'SalesOrderShipped',
    'SalesOrderConfirmed',
    'SalesOrderCancelled',
    'ExportHoldPlaced',
    'ExportHoldReleased',
  ];
  for (const type of others) Object.assign(handlers, { [type]: salesOrder });
  return handlers;
}

const overdueJobId = (invoiceNumber: string) => `${INVOICE_OVERDUE_JOB}:${invoiceNumber}`;

export async function planOverdueNotice(
  kit: Pick<ServiceKit, 'scheduler'>,
  invoiceNumber: string,
  state: InvoiceState | undefined,
): Promise<void> {
  if (!state?.issue) return;
  if (state.paidOn || state.overdueNotifiedAt) await kit.scheduler.cancel(overdueJobId(invoiceNumber));
  else
    await kit.scheduler.schedule({
      id: overdueJobId(invoiceNumber),
      kind: INVOICE_OVERDUE_JOB,
      dueAt: overdueAt(state.issue.dueOn),
      payload: { invoiceNumber },
    });
}

/** The scheduled job: the due date passed; publish InvoiceOverdue once if still unpaid (job id = idempotency key). */
export function overdueJob(kit: ServiceKit, stores: OrderStores) {
  return async (job: { _id: string; payload: Record<string, unknown> }) => {
    const invoiceNumber = String(job.payload.invoiceNumber);
    await stores.invoices.decide(invoiceNumber, (current) => flagOverdue(current, kit.clock.now()), {
      appliedEventId: job._id,
    });
  };
}
