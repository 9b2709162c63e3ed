import { parseRuleTable } from './rule-table';
import { handledEventTypes, reminderEventTypes } from './rule-table';
import { reminderEvent, reminderPlan } from './reminders';
import { event } from './fixtures';

const DAY = 86_400_000;
const table = parseRuleTable({
  categories: [{ id: 'licensing', mandatory: false }],
  reminders: [
    {
      id: 'pa-expiring',
      event: 'PurchaseAuthorizationCreated',
      emits: 'PurchaseAuthorizationExpiring',
      key: 'pa:{{payload.purchaseAuthorizationId}}',
      at: 'payload.expiresAt',
      offsetMs: -2 * DAY,
      cancelOn: ['PurchaseAuthorizationFulfilled', 'PurchaseAuthorizationCancelled'],
    },
  ],
  rules: [
    {
      id: 'r',
      event: 'PurchaseAuthorizationExpiring',
      category: 'licensing',
      channels: ['inbox'],
      recipients: [{ roles: ['vip-admin'] }],
      template: 't',
    },
  ],
});

describe('reminders', () => {
  it('Given a created purchase authorization When planned Then one reminder two days before it expires, named by the PA', () => {
    const created = event('PurchaseAuthorizationCreated', {
      purchaseAuthorizationId: 'PA-1',
      expiresAt: new Date('2026-03-15T10:00:00Z'),
    });
    const { plan, cancel } = reminderPlan(table, created);
    expect(plan.map((p) => [p.jobId, p.dueAt.toISOString()])).toEqual([
      ['reminder:pa-expiring:pa:PA-1', '2026-03-13T10:00:00.000Z'],
    ]);
    expect(cancel).toEqual([]);
  });

  it('Given the PA is fulfilled When planned Then the same reminder is called off', () => {
    expect(
      reminderPlan(table, event('PurchaseAuthorizationFulfilled', { purchaseAuthorizationId: 'PA-1' })).cancel,
    ).toEqual(['reminder:pa-expiring:pa:PA-1']);
  });

  it('Given no instant at the path When planned Then nothing is planned', () => {
    expect(
      reminderPlan(table, event('PurchaseAuthorizationCreated', { purchaseAuthorizationId: 'PA-1' })).plan,
    ).toEqual([]);
  });

  it('Given a reminder fires When its event is built Then it carries the source data under the emitted type with a derived id', () => {
    const source = event(
      'PurchaseAuthorizationCreated',
      { purchaseAuthorizationId: 'PA-1' },
      { eventId: 'evt-9', actor: { userId: 'u', userType: 'external' } },
    );
    const fired = reminderEvent(table.reminders[0]!, source, new Date('2026-03-13T10:00:00Z'));
    expect(fired).toMatchObject({
      eventId: 'evt-9:pa-expiring',
      eventType: 'PurchaseAuthorizationExpiring',
      actor: null,
      payload: source.payload,
      accountId: source.accountId,
    });
  });

  it('Given reminders When the handled event types are listed Then the sources and cancellers are, the emitted type is not (it never comes from Kafka)', () => {
    expect(handledEventTypes(table)).toEqual([
      'PurchaseAuthorizationCancelled',
      'PurchaseAuthorizationCreated',
      'PurchaseAuthorizationFulfilled',
    ]);
    expect(reminderEventTypes(table)).toEqual(['PurchaseAuthorizationExpiring']);
  });

  it('Given a reminder no rule reacts to When parsed Then RULE_TABLE_INVALID', () => {
    expect(() => parseRuleTable({ categories: table.categories, reminders: table.reminders, rules: [] })).toThrow(
      /no rule reacts to PurchaseAuthorizationExpiring/,
    );
  });
});
