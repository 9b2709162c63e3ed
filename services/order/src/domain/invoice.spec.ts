import {
  flagOverdue,
  invoiceStatus,
  overdueAt,
  recordInvoiceFact,
  type InvoiceFact,
  type InvoiceState,
} from './invoice';
import type { FactSource } from './types';

const src = (eventId: string): FactSource => ({
  eventId,
  occurredAt: new Date('2026-10-01T00:00:00Z'),
  accountId: 'acc-acme',
});
const issued: InvoiceFact = {
  kind: 'issued',
  orderNumber: 'SO-1',
  issuedOn: '2026-10-01',
  dueOn: '2026-10-31',
  amount: { amountMinor: 120000, currency: 'EUR' },
};
const paid: InvoiceFact = { kind: 'paid', paidOn: '2026-10-15' };
const issuedState = () => recordInvoiceFact(null, 'INV-1', issued, src('e1'))!.state;

describe('invoices', () => {
  it('Given an issued invoice, When the clock is on or before the due date, Then it is unpaid; after it, overdue', () => {
    const s = issuedState();
    expect(invoiceStatus(s, new Date('2026-10-31T23:59:59Z'))).toBe('unpaid');
    expect(invoiceStatus(s, new Date('2026-11-01T00:00:00Z'))).toBe('overdue');
  });

  it('Given a paid invoice, When its due date is long past, Then it is paid', () => {
    const s = recordInvoiceFact(issuedState(), 'INV-1', paid, src('e2'))!.state;
    expect(invoiceStatus(s, new Date('2027-01-01T00:00:00Z'))).toBe('paid');
  });

  it('Given InvoiceIssued, When recorded, Then InvoiceRecorded; When paid, Then InvoiceUpdated with paid', () => {
    const first = recordInvoiceFact(null, 'INV-1', issued, src('e1'))!;
    expect(first.events).toEqual([
      {
        type: 'InvoiceRecorded',
        payload: expect.objectContaining({ invoiceNumber: 'INV-1', paid: false, revision: 1 }),
      },
    ]);
    const second = recordInvoiceFact(first.state, 'INV-1', paid, src('e2'))!;
    expect(second.events).toEqual([
      { type: 'InvoiceUpdated', payload: expect.objectContaining({ paid: true, paidOn: '2026-10-15', revision: 2 }) },
    ]);
  });

  it('Given InvoicePaid before InvoiceIssued, When both arrive, Then nothing is published before the issue and the invoice is recorded as paid', () => {
    const early = recordInvoiceFact(null, 'INV-1', paid, src('e2'))!;
    expect(early.events).toEqual([]);
    const late = recordInvoiceFact(early.state, 'INV-1', issued, src('e1'))!;
    expect(late.events).toEqual([{ type: 'InvoiceRecorded', payload: expect.objectContaining({ paid: true }) }]);
  });

  it('Given a recorded fact, When it is replayed, Then nothing changes', () => {
    expect(recordInvoiceFact(issuedState(), 'INV-1', issued, src('e1'))).toBeNull();
  });

  it('Given an unpaid invoice past due, When flagged, Then InvoiceOverdue once; a paid or not-yet-due one is never flagged', () => {
    const late = new Date('2026-11-01T00:00:00Z');
    const flagged = flagOverdue(issuedState(), late)!;
    expect(flagged.events.map((e) => e.type)).toEqual(['InvoiceOverdue']);
    expect(flagOverdue(flagged.state, late)).toBeNull();
    expect(flagOverdue(issuedState(), new Date('2026-10-31T12:00:00Z'))).toBeNull();
    const paidState: InvoiceState = recordInvoiceFact(issuedState(), 'INV-1', paid, src('e2'))!.state;
    expect(flagOverdue(paidState, late)).toBeNull();
    expect(flagOverdue(null, late)).toBeNull();
  });

  it('Given a due date, When asked when it becomes overdue, Then the start of the next UTC day', () => {
    expect(overdueAt('2026-10-31').toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });
});
