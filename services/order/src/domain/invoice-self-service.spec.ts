import { applyAccountBookFact, type AccountBook } from './account-book';
import { flagOverdue, invoiceStatus, recordInvoiceFact, type InvoiceState } from './invoice';
import { disputeInvoice, DISPUTE_REASON_MAX } from './invoice-dispute';
import { requestInvoicePayment } from './invoice-payment';
import type { Caller } from './types';

const now = new Date('2026-10-10T09:00:00Z');
const src = (eventId: string) => ({ eventId, occurredAt: now, accountId: 'acc-acme' });
const invoice = (): InvoiceState =>
  recordInvoiceFact(
    null,
    'INV-1',
    {
      kind: 'issued',
      orderNumber: 'SO-1',
      issuedOn: '2026-10-01',
      dueOn: '2026-10-31',
      amount: { amountMinor: 120000, currency: 'EUR' },
    },
    src('e1'),
  )!.state;
const caller = (role: string, accountId = 'acc-acme'): Caller => ({
  userId: 'u-bea',
  userType: 'external',
  grants: [{ accountId, role, contractNumber: null, section: null }],
});
const card = (paymentMethodId: string, expiryYear = 2028) => ({
  kind: 'payment-method-added' as const,
  method: {
    paymentMethodId,
    processor: 'stripe',
    brand: 'visa',
    last4: '4242',
    expiryMonth: 12,
    expiryYear,
    label: null,
    addedBy: null,
  },
});
const book = (...facts: Parameters<typeof applyAccountBookFact>[2][]): AccountBook =>
  facts.reduce<AccountBook | null>((b, f) => applyAccountBookFact(b, 'acc-acme', f), null)!;
const pay = (state: InvoiceState, paymentMethodId: string, who = caller('buyer'), b = book(card('pm-1'))) =>
  requestInvoicePayment(state, { paymentId: 'pay-1', paymentMethodId, caller: who, book: b, now });
const codeOf = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('paying an invoice with a saved payment method', () => {
  it('Given an unpaid invoice and a card of its account, When a buyer pays, Then payment-pending and a command to the ERP', () => {
    const { state, events } = pay(invoice(), 'pm-1');
    expect(invoiceStatus(state, now)).toBe('payment-pending');
    expect(events).toEqual([
      {
        type: 'InvoicePaymentRequested',
        payload: expect.objectContaining({
          invoiceNumber: 'INV-1',
          paymentId: 'pay-1',
          paymentMethodId: 'pm-1',
          amount: { amountMinor: 120000, currency: 'EUR' },
          requestedBy: 'u-bea',
        }),
      },
    ]);
  });

  it('When the ERP confirms the payment, Then paid and InvoicePaymentConfirmed for the payer', () => {
    const pending = pay(invoice(), 'pm-1').state;
    const paid = recordInvoiceFact(pending, 'INV-1', { kind: 'paid', paidOn: '2026-10-11' }, src('e2'))!;
    expect(invoiceStatus(paid.state, now)).toBe('paid');
    expect(paid.state.payment).toBeNull();
    expect(paid.events.map((e) => e.type)).toEqual(['InvoiceUpdated', 'InvoicePaymentConfirmed']);
    expect(paid.events[1]!.payload).toMatchObject({ paymentId: 'pay-1', requestedBy: 'u-bea', paidOn: '2026-10-11' });
  });

  it('refuses a method of another account, a removed one, an expired card, a second payment and a paid invoice', () => {
    expect(codeOf(() => pay(invoice(), 'pm-other'))).toBe('PAYMENT_METHOD_UNKNOWN');
    const removed = book(card('pm-1'), { kind: 'payment-method-removed', paymentMethodId: 'pm-1' });
    expect(codeOf(() => pay(invoice(), 'pm-1', caller('buyer'), removed))).toBe('PAYMENT_METHOD_UNKNOWN');
    expect(codeOf(() => pay(invoice(), 'pm-1', caller('buyer'), book(card('pm-1', 2025))))).toBe(
      'PAYMENT_METHOD_EXPIRED',
    );
    expect(codeOf(() => pay(pay(invoice(), 'pm-1').state, 'pm-1'))).toBe('INVOICE_PAYMENT_PENDING');
    const paid = recordInvoiceFact(invoice(), 'INV-1', { kind: 'paid', paidOn: '2026-10-02' }, src('e2'))!.state;
    expect(codeOf(() => pay(paid, 'pm-1'))).toBe('INVOICE_ALREADY_PAID');
  });

  it('needs site-admin or buyer on the invoice account', () => {
    expect(codeOf(() => pay(invoice(), 'pm-1', caller('shopper')))).toBe('ROLE_REQUIRED');
    expect(codeOf(() => pay(invoice(), 'pm-1', caller('buyer', 'acc-other')))).toBe('ROLE_REQUIRED');
    expect(codeOf(() => pay(invoice(), 'pm-1', caller('site-admin')))).toBeNull();
  });

  it('does not flag a pending payment as overdue', () => {
    const pending = pay(invoice(), 'pm-1').state;
    expect(flagOverdue(pending, new Date('2026-11-05T00:00:00Z'))).toBeNull();
  });
});

describe('disputing an invoice', () => {
  const dispute = (reason: string) =>
    disputeInvoice(invoice(), {
      disputeId: 'd-1',
      reason,
      caller: caller('shopper'),
      accountTeamUserIds: ['u-ada', 'u-ada', 'u-abe'],
      now,
    });

  it('Given a reason, Then the dispute is recorded and InvoiceDisputed names the account team once each', () => {
    const { state, events } = dispute('  Billed twice for SO-1  ');
    expect(state.disputes).toEqual([
      { disputeId: 'd-1', reason: 'Billed twice for SO-1', disputedBy: 'u-bea', disputedAt: now },
    ]);
    expect(events[0]!.payload).toMatchObject({
      reason: 'Billed twice for SO-1',
      accountTeamUserIds: ['u-abe', 'u-ada'],
    });
  });

  it('needs a reason of at most 2000 characters', () => {
    expect(codeOf(() => dispute('   '))).toBe('DISPUTE_REASON_REQUIRED');
    expect(codeOf(() => dispute('x'.repeat(DISPUTE_REASON_MAX + 1)))).toBe('REASON_TOO_LONG');
  });
});

describe('the account book projection', () => {
  it('keeps added and updated addresses, drops removed ones, follows the default', () => {
    const address = { name: 'Dock 4', street: '1 Rue', city: 'Lyon', postalCode: '69001', country: 'FR', region: null };
    const change = (addressId: string, c: 'added' | 'updated' | 'removed', def: string | null) => ({
      kind: 'address' as const,
      change: {
        addressId,
        change: c,
        label: null,
        address: c === 'removed' ? null : address,
        defaultShippingAddressId: def,
        defaultBillingAddressId: null,
      },
    });
    const b = book(change('a1', 'added', 'a1'), change('a2', 'added', 'a1'), change('a1', 'removed', 'a2'));
    expect(b.addresses.map((a) => a.addressId)).toEqual(['a2']);
    expect(b.defaultShippingAddressId).toBe('a2');
  });
});
