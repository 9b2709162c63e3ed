import { erp, erpEvent } from '@portal/platform/src/testing/erp-events';
import { contractFactOf, invoiceFactOf, salesOrderFactOf, sourceOf } from './erp-facts';

const at = new Date('2026-11-01T00:00:00Z');

describe('ERP events as domain facts', () => {
  it('Given each sales-order event, When mapped, Then it becomes the matching fact of that order', () => {
    expect(
      salesOrderFactOf(erp.salesOrderBooked('acc-acme', { orderNumber: 'SO-1', contractNumber: 'C-1' })),
    ).toMatchObject({ orderNumber: 'SO-1', fact: { kind: 'booked', contractNumber: 'C-1' } });
    expect(salesOrderFactOf(erp.salesOrderShipped('acc-acme', 'SO-1'))?.fact.kind).toBe('shipped');
    expect(salesOrderFactOf(erp.salesOrderConfirmed('acc-acme', 'SO-1'))?.fact.kind).toBe('confirmed');
    expect(salesOrderFactOf(erp.salesOrderCancelled('acc-acme', 'SO-1', 'late'))?.fact).toMatchObject({
      kind: 'cancelled',
      reason: 'late',
    });
    expect(salesOrderFactOf(erp.exportHoldPlaced('acc-acme', 'SO-1'))?.fact).toMatchObject({
      kind: 'export-hold-placed',
      reason: 'screening',
    });
    expect(salesOrderFactOf(erp.exportHoldReleased('acc-acme', 'SO-1'))?.fact.kind).toBe('export-hold-released');
    expect(salesOrderFactOf(erp.contractActivated('acc-acme', 'C-1'))).toBeNull();
  });

  it('Given contract events, When mapped, Then activation, expiry and termination facts come out', () => {
    expect(contractFactOf(erp.contractActivated('acc-acme', 'C-1'))).toMatchObject({
      contractNumber: 'C-1',
      fact: { kind: 'activated', freeChangesPerMonth: 3 },
    });
    expect(
      contractFactOf(erpEvent('ContractExpired', 'C-1', 'acc-acme', { contractNumber: 'C-1', expiredAt: at })),
    ).toEqual({ contractNumber: 'C-1', fact: { kind: 'expired', expiredAt: at } });
    expect(
      contractFactOf(
        erpEvent('ContractTerminated', 'C-1', 'acc-acme', { contractNumber: 'C-1', terminatedAt: at, reason: null }),
      )?.fact.kind,
    ).toBe('terminated');
    expect(contractFactOf(erp.salesOrderConfirmed('acc-acme', 'SO-1'))).toBeNull();
  });

  it('Given invoice events, When mapped, Then issue and payment facts come out, with the source of each', () => {
    const issued = erp.invoiceIssued('acc-acme', { invoiceNumber: 'INV-1', dueOn: '2026-12-01' });
    expect(invoiceFactOf(issued)).toMatchObject({
      invoiceNumber: 'INV-1',
      fact: { kind: 'issued', dueOn: '2026-12-01' },
    });
    expect(
      invoiceFactOf(
        erpEvent('InvoicePaid', 'INV-1', 'acc-acme', { invoiceNumber: 'INV-1', paidOn: '2026-11-20', paymentId: null }),
      )?.fact,
    ).toEqual({ kind: 'paid', paidOn: '2026-11-20' });
    expect(sourceOf(issued)).toEqual({ eventId: issued.eventId, occurredAt: issued.occurredAt, accountId: 'acc-acme' });
  });
});
