/**
 * ERP topics in: every handler records one fact on one aggregate with `appliedEventId` = the ERP event's id, so a
 * redelivered or duplicated message changes nothing and publishes nothing. The domain decides what each fact
 * changes and which order events it causes (published through the aggregate's outbox).
 */
import type { AnyEnvelope } from '@portal/contracts';
import type { EventHandlers, ServiceKit } from '@portal/platform';
import { bookUpgradeRequest } from '../domain/book-upgrade-request';
import { publishProduct } from '../domain/catalog-product';
import { recordContractFact } from '../domain/contract';
import { flagOverdue, overdueAt, recordInvoiceFact, type InvoiceState } from '../domain/invoice';
import { recordSalesOrderFact } from '../domain/sales-order';
import type { OrderStores } from '../store/stores';
import { asChange } from './envelopes';
import { contractFactOf, invoiceFactOf, salesOrderFactOf, sourceOf } from './erp-facts';

export const INVOICE_OVERDUE_JOB = 'invoice-overdue';

export function erpHandlers(kit: ServiceKit, stores: OrderStores): EventHandlers {
  const salesOrder = async (event: AnyEnvelope) => {
    const { orderNumber, fact } = salesOrderFactOf(event)!;
    await stores.salesOrders.mutate(
      orderNumber,
      (current) =>
        asChange(
          kit,
          orderNumber,
          (s) => s.accountId,
          recordSalesOrderFact(current?.state ?? null, orderNumber, fact, sourceOf(event)),
        ),
      { appliedEventId: event.eventId },
    );
    // The ERP booked the order of an approved upgrade request: mark it booked (same event id: idempotent).
    if (event.eventType === 'SalesOrderBooked' && event.payload.upgradeRequestId) {
      const requestId = event.payload.upgradeRequestId;
      const booked = await stores.upgradeRequests.mutate(
        requestId,
        (current) =>
          asChange(
            kit,
            requestId,
            (s) => s.accountId,
            bookUpgradeRequest(current?.state ?? null, { orderNumber, bookedAt: event.occurredAt }),
          ),
        { appliedEventId: event.eventId },
      );
      if (booked.state?.status === 'booked') await stores.serialHolds.release(requestId);
    }
  };

  const contract = async (event: AnyEnvelope) => {
    const { contractNumber, fact } = contractFactOf(event)!;
    await stores.contracts.mutate(
      contractNumber,
      (current) =>
        asChange(
          kit,
          contractNumber,
          (s) => s.accountId,
          recordContractFact(current?.state ?? null, contractNumber, fact, sourceOf(event)),
        ),
      { appliedEventId: event.eventId },
    );
  };

  /** Records the fact, then (re)plans or cancels the overdue notice from the stored state (idempotent either way). */
  const invoice = async (event: AnyEnvelope) => {
    const { invoiceNumber, fact } = invoiceFactOf(event)!;
    const result = await stores.invoices.mutate(
      invoiceNumber,
      (current) =>
        asChange(
          kit,
          invoiceNumber,
          (s) => s.accountId,
          recordInvoiceFact(current?.state ?? null, invoiceNumber, fact, sourceOf(event)),
        ),
      { appliedEventId: event.eventId },
    );
    await planOverdueNotice(kit, invoiceNumber, result.state as InvoiceState | undefined);
  };

  return {
    SalesOrderBooked: salesOrder,
    SalesOrderShipped: salesOrder,
    SalesOrderConfirmed: salesOrder,
    SalesOrderCancelled: salesOrder,
    ExportHoldPlaced: salesOrder,
    ExportHoldReleased: salesOrder,
    ContractActivated: contract,
    ContractExpired: contract,
    ContractTerminated: contract,
    ProductPublished: async (e) => {
      await stores.catalog.mutate(e.payload.sku, (current) => publishProduct(current?.state ?? null, e.payload, e), {
        appliedEventId: e.eventId,
      });
    },
    InvoiceIssued: invoice,
    InvoicePaid: invoice,
  };
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
    await stores.invoices.mutate(
      invoiceNumber,
      (current) =>
        asChange(kit, invoiceNumber, (s) => s.accountId, flagOverdue(current?.state ?? null, kit.clock.now())),
      { appliedEventId: job._id },
    );
  };
}
