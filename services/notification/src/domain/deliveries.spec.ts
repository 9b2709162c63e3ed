import fc from 'fast-check';
import {
  afterFailure,
  afterSuccess,
  defaultRetryPolicy,
  deliveryId,
  isPermanentSmtpFailure,
  maxAttempts,
  newAttemptState,
  planDeliveries,
} from './deliveries';
import { event, smallTable } from './fixtures';
import type { Recipient } from './types';

const r = (userId: string, extra: Partial<Recipient> = {}): Recipient => ({
  userId,
  email: `${userId}@acme.example`,
  displayName: userId,
  locale: 'en-US',
  ...extra,
});

describe('delivery keys', () => {
  it('Given the same (event, recipient, channel) When keyed twice Then the same id; any part changed Then another id', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom('email', 'inbox'), fc.string(), (e, u, c, other) => {
        expect(deliveryId(e, u, c)).toBe(deliveryId(e, u, c));
        if (other !== e) expect(deliveryId(other, u, c)).not.toBe(deliveryId(e, u, c));
        if (other !== u) expect(deliveryId(e, other, c)).not.toBe(deliveryId(e, u, c));
      }),
    );
    expect(deliveryId('e', 'u', 'email')).not.toBe(deliveryId('e', 'u', 'inbox'));
    // No ambiguity from concatenation.
    expect(deliveryId('ab', 'c', 'email')).not.toBe(deliveryId('a', 'bc', 'email'));
  });
});

describe('delivery planning', () => {
  const table = smallTable([
    {
      id: 'mandatory',
      event: 'Evt',
      category: 'renewals',
      channels: ['email', 'inbox'],
      recipients: [{ actor: true }],
      template: 't1',
    },
    {
      id: 'optional',
      event: 'Evt',
      category: 'orders',
      channels: ['email', 'inbox'],
      recipients: [{ actor: true }],
      template: 't2',
    },
  ]);
  const [mandatory, optional] = table.rules as [(typeof table.rules)[0], (typeof table.rules)[0]];

  it('Given two recipients and two channels When planned Then one delivery per (recipient, channel), keyed by the event', () => {
    const { deliveries } = planDeliveries(
      table,
      event('Evt', {}),
      [{ rule: mandatory, recipients: [r('u-1'), r('u-2')] }],
      new Map(),
    );
    expect(deliveries.map((d) => [d.recipient.userId, d.channel, d.deliveryId])).toEqual([
      ['u-1', 'email', deliveryId('evt-1', 'u-1', 'email')],
      ['u-1', 'inbox', deliveryId('evt-1', 'u-1', 'inbox')],
      ['u-2', 'email', deliveryId('evt-1', 'u-2', 'email')],
      ['u-2', 'inbox', deliveryId('evt-1', 'u-2', 'inbox')],
    ]);
    expect(deliveries[0]).toMatchObject({
      category: 'renewals',
      mandatory: true,
      templateId: 't1',
      ruleId: 'mandatory',
    });
  });

  it('Given a user who opted out of orders When planned Then they get the mandatory notices but none of the optional ones', () => {
    const prefs = new Map([['u-1', { userId: 'u-1', optedOut: ['orders'] }]]);
    const { deliveries, skipped } = planDeliveries(
      table,
      event('Evt', {}),
      [{ rule: optional, recipients: [r('u-1'), r('u-2')] }],
      prefs,
    );
    expect(deliveries.map((d) => d.recipient.userId)).toEqual(['u-2', 'u-2']);
    expect(skipped).toEqual([
      { ruleId: 'optional', userId: 'u-1', channel: 'email', reason: 'opted-out' },
      { ruleId: 'optional', userId: 'u-1', channel: 'inbox', reason: 'opted-out' },
    ]);
    const alsoMandatory = planDeliveries(table, event('Evt', {}), [{ rule: mandatory, recipients: [r('u-1')] }], prefs);
    expect(alsoMandatory.deliveries).toHaveLength(2);
  });

  it('Given two rules reaching the same user on the same channel When planned Then the first rule wins', () => {
    const { deliveries, skipped } = planDeliveries(
      table,
      event('Evt', {}),
      [
        { rule: mandatory, recipients: [r('u-1')] },
        { rule: optional, recipients: [r('u-1')] },
      ],
      new Map(),
    );
    expect(deliveries.map((d) => d.ruleId)).toEqual(['mandatory', 'mandatory']);
    expect(skipped.map((s) => s.reason)).toEqual(['duplicate', 'duplicate']);
  });

  it('Given a recipient without a usable e-mail address When planned Then the inbox still gets it, e-mail is skipped', () => {
    const { deliveries, skipped } = planDeliveries(
      table,
      event('Evt', {}),
      [{ rule: mandatory, recipients: [r('u-1', { email: 'not-an-address' })] }],
      new Map(),
    );
    expect(deliveries.map((d) => d.channel)).toEqual(['inbox']);
    expect(skipped).toEqual([{ ruleId: 'mandatory', userId: 'u-1', channel: 'email', reason: 'no-email' }]);
  });
});

describe('retries with backoff', () => {
  const t0 = new Date('2026-03-01T10:00:00.000Z');
  const transient = { message: '451 try later', permanent: false };

  it('Given a new e-mail delivery When created Then it is pending and due at once', () => {
    expect(newAttemptState(t0)).toEqual({
      status: 'pending',
      attempts: 0,
      nextAttemptAt: t0,
      lastError: null,
      sentAt: null,
      failedAt: null,
    });
  });

  it('Given transient failures When they repeat Then the next attempts come 1 min, 5 min, 30 min, 2 h later, then failed after 5 attempts', () => {
    let state = newAttemptState(t0);
    let now = t0;
    const gaps: number[] = [];
    while (state.status === 'pending') {
      state = afterFailure(state, now, transient);
      if (state.nextAttemptAt) {
        gaps.push(state.nextAttemptAt.getTime() - now.getTime());
        now = state.nextAttemptAt;
      }
    }
    expect(gaps).toEqual([60_000, 300_000, 1_800_000, 7_200_000]);
    expect(state).toMatchObject({
      status: 'failed',
      attempts: maxAttempts(defaultRetryPolicy),
      failedAt: now,
      lastError: '451 try later',
      nextAttemptAt: null,
    });
  });

  it('Given a permanent SMTP refusal When it fails Then the delivery is failed at once', () => {
    const state = afterFailure(newAttemptState(t0), t0, { message: '550 no such user', permanent: true });
    expect(state).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('Given a failure then a success When recorded Then sent with 2 attempts; a sent delivery never changes again', () => {
    const later = new Date(t0.getTime() + 60_000);
    const sent = afterSuccess(afterFailure(newAttemptState(t0), t0, transient), later);
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, sentAt: later, lastError: null, nextAttemptAt: null });
    expect(afterFailure(sent, later, transient)).toBe(sent);
    expect(afterSuccess(sent, new Date())).toBe(sent);
  });

  it('Given SMTP errors When classified Then 5xx replies are permanent, 4xx and connection errors are not', () => {
    expect(isPermanentSmtpFailure({ responseCode: 550 })).toBe(true);
    expect(isPermanentSmtpFailure({ responseCode: 451 })).toBe(false);
    expect(isPermanentSmtpFailure({ code: 'ECONNREFUSED' })).toBe(false);
  });

  it('Given a long error text When recorded Then it is cut to 500 characters', () => {
    expect(
      afterFailure(newAttemptState(t0), t0, { message: 'x'.repeat(2000), permanent: false }).lastError,
    ).toHaveLength(500);
  });
});
