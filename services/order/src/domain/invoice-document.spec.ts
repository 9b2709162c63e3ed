import { formatMoney, invoiceDocument } from './invoice-document';
import { recordInvoiceFact } from './invoice';

describe('the invoice document', () => {
  it('formats minor units with the currency digits, never through floats', () => {
    expect(formatMoney({ amountMinor: 123456789, currency: 'EUR' })).toBe('EUR 1,234,567.89');
    expect(formatMoney({ amountMinor: 5, currency: 'USD' })).toBe('USD 0.05');
    expect(formatMoney({ amountMinor: 1500, currency: 'JPY' })).toBe('JPY 1,500');
    expect(formatMoney({ amountMinor: -250, currency: 'SEK' })).toBe('-SEK 2.50');
  });

  it('says what the invoice is, its status as of now and the amount', () => {
    const invoice = recordInvoiceFact(
      null,
      'INV-9',
      {
        kind: 'issued',
        orderNumber: null,
        issuedOn: '2026-01-01',
        dueOn: '2026-01-31',
        amount: { amountMinor: 990, currency: 'USD' },
      },
      { eventId: 'e', occurredAt: new Date('2026-01-01T00:00:00Z'), accountId: 'acc-a' },
    )!.state;
    const doc = invoiceDocument(invoice, 'Acme', new Date('2026-02-02T00:00:00Z'));
    expect(doc.title).toBe('Invoice INV-9');
    expect(doc.amountDue).toBe('USD 9.90');
    expect(doc.fields).toContainEqual({ label: 'Status', value: 'overdue' });
    expect(doc.fields).toContainEqual({ label: 'Sales order', value: '-' });
  });
});
