import { recordInvoiceFact } from './invoice';
import { decimalAmount, invoiceRow } from './reports';

describe('report rows', () => {
  it('writes amounts as decimal strings from minor units, per currency exponent', () => {
    expect(decimalAmount({ amountMinor: 1234567, currency: 'EUR' })).toBe('12345.67');
    expect(decimalAmount({ amountMinor: 7, currency: 'USD' })).toBe('0.07');
    expect(decimalAmount({ amountMinor: 1500, currency: 'JPY' })).toBe('1500');
    expect(decimalAmount({ amountMinor: -99, currency: 'SEK' })).toBe('-0.99');
  });

  it('gives an invoice row its status as of now', () => {
    const invoice = recordInvoiceFact(
      null,
      'INV-1',
      {
        kind: 'issued',
        orderNumber: null,
        issuedOn: '2026-01-01',
        dueOn: '2026-01-31',
        amount: { amountMinor: 100, currency: 'EUR' },
      },
      { eventId: 'e', occurredAt: new Date('2026-01-01T00:00:00Z'), accountId: 'a' },
    )!.state;
    expect(invoiceRow(invoice, new Date('2026-02-01T00:00:00Z'))).toMatchObject({
      status: 'overdue',
      amount: '1.00',
      orderNumber: '',
      disputes: '0',
    });
  });
});
