import { acceptQuote, declineQuote } from './decide-quote';
import { issueQuote } from './issue-quote';
import { refusal } from '@portal/platform/src/testing/refusal';
import { NOW, aRequestIn, max, otto } from './test-fixtures';

const amount = { amountMinor: 250000, currency: 'EUR' };
const inAMonth = new Date('2026-04-15T10:00:00Z');
const waitingForQuote = () => ({ ...aRequestIn('quote-pending'), quote: null });

describe('issuing a quote (operator)', () => {
  it('Given a request waiting for its study, When the operator attaches a quote, Then it carries the quote and ChangeRequestQuoteIssued', () => {
    const { state, events } = issueQuote(waitingForQuote(), {
      quoteId: 'q-9',
      amount,
      validUntil: inAMonth,
      actor: otto,
      now: NOW,
    });
    expect(state).toMatchObject({
      status: 'quote-pending',
      quote: { quoteId: 'q-9', amount, validUntil: inAMonth, issuedBy: 'u-otto' },
    });
    expect(state.history.at(-1)).toMatchObject({ action: 'quote-issued', by: 'u-otto' });
    expect(events).toEqual([
      {
        type: 'ChangeRequestQuoteIssued',
        payload: {
          requestId: 'cr-1',
          quoteId: 'q-9',
          amount,
          validUntil: inAMonth,
          issuedBy: 'u-otto',
          status: 'quote-pending',
        },
      },
    ]);
  });

  it('Given a quote already attached, When a new one is issued, Then it replaces it', () => {
    const { state } = issueQuote(aRequestIn('quote-pending'), {
      quoteId: 'q-2',
      amount,
      validUntil: inAMonth,
      actor: otto,
      now: NOW,
    });
    expect(state.quote?.quoteId).toBe('q-2');
  });

  it('Given a bad amount, currency and a validity in the past, When issued, Then every problem is reported', () => {
    const error = refusal(() =>
      issueQuote(waitingForQuote(), {
        quoteId: 'q',
        amount: { amountMinor: 0, currency: 'eur' },
        validUntil: NOW,
        actor: otto,
        now: NOW,
      }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.errors?.map((e) => e.path)).toEqual(['amount.amountMinor', 'amount.currency', 'validUntil']);
  });

  it('Given a fractional amount, When issued, Then amount is FIELD_INVALID (money is whole minor units)', () => {
    expect(
      refusal(() =>
        issueQuote(waitingForQuote(), {
          quoteId: 'q',
          amount: { amountMinor: 10.5, currency: 'EUR' },
          validUntil: inAMonth,
          actor: otto,
          now: NOW,
        }),
      ).code,
    ).toBe('FIELD_INVALID');
  });

  it.each(['draft', 'submitted', 'quote-accepted', 'in-progress', 'completed'] as const)(
    'Given a request that is %s, When a quote is issued, Then INVALID_STATUS_TRANSITION',
    (status) => {
      expect(
        refusal(() =>
          issueQuote(aRequestIn(status), { quoteId: 'q', amount, validUntil: inAMonth, actor: otto, now: NOW }),
        ).code,
      ).toBe('INVALID_STATUS_TRANSITION');
    },
  );
});

describe('accepting or declining a quote (manager)', () => {
  it('Given a valid quote, When the manager accepts it, Then the request is quote-accepted with ChangeRequestQuoteAccepted', () => {
    const { state, events } = acceptQuote(aRequestIn('quote-pending'), max, NOW);
    expect(state.status).toBe('quote-accepted');
    expect(events[0]).toMatchObject({
      type: 'ChangeRequestQuoteAccepted',
      payload: { quoteId: 'q-1', acceptedBy: 'u-max', amount: { amountMinor: 120000 } },
    });
  });

  it('Given a quote valid until an instant, When accepted at that very instant, Then it is accepted; one millisecond later QUOTE_EXPIRED', () => {
    const request = aRequestIn('quote-pending');
    const until = request.quote!.validUntil;
    expect(acceptQuote(request, max, until).state.status).toBe('quote-accepted');
    expect(refusal(() => acceptQuote(request, max, new Date(until.getTime() + 1)))).toMatchObject({
      code: 'QUOTE_EXPIRED',
      status: 409,
    });
  });

  it('Given no quote yet, When accepted or declined, Then QUOTE_NOT_ISSUED', () => {
    expect(refusal(() => acceptQuote(waitingForQuote(), max, NOW)).code).toBe('QUOTE_NOT_ISSUED');
    expect(refusal(() => declineQuote(waitingForQuote(), null, max, NOW)).code).toBe('QUOTE_NOT_ISSUED');
  });

  it('Given an expired quote, When declined, Then it is declined and the request closed with the reason', () => {
    const { state, events } = declineQuote(
      aRequestIn('quote-pending'),
      ' too expensive ',
      max,
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(state).toMatchObject({ status: 'quote-declined', closingReason: 'too expensive' });
    expect(events[0]).toMatchObject({
      type: 'ChangeRequestQuoteDeclined',
      payload: { reason: 'too expensive', declinedBy: 'u-max' },
    });
  });

  it('Given a reason over 1000 characters, When declined, Then reason is FIELD_INVALID', () => {
    expect(refusal(() => declineQuote(aRequestIn('quote-pending'), 'x'.repeat(1001), max, NOW)).errors?.[0]?.path).toBe(
      'reason',
    );
  });

  it.each(['submitted', 'quote-accepted', 'quote-declined', 'in-progress'] as const)(
    'Given a request that is %s, When accepting or declining, Then INVALID_STATUS_TRANSITION',
    (status) => {
      expect(refusal(() => acceptQuote(aRequestIn(status), max, NOW)).code).toBe('INVALID_STATUS_TRANSITION');
      expect(refusal(() => declineQuote(aRequestIn(status), null, max, NOW)).code).toBe('INVALID_STATUS_TRANSITION');
    },
  );
});
