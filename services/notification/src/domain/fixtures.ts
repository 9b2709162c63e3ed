import type { RuleTable } from './rule-table';
import { parseRuleTable } from './rule-table';
import type { EventView, GrantView, UserView } from './types';

/** Small builders shared by the unit tests of this folder. */
export const grant = (accountId: string, role: string, extra: Partial<GrantView> = {}): GrantView => ({
  accountId,
  role,
  contractNumber: null,
  section: null,
  ...extra,
});

export const user = (userId: string, grants: GrantView[], extra: Partial<UserView> = {}): UserView => ({
  userId,
  email: `${userId}@acme.example`,
  displayName: userId.toUpperCase(),
  locale: 'en-US',
  status: 'active',
  grants,
  ...extra,
});

export const event = (eventType: string, payload: unknown, extra: Partial<EventView> = {}): EventView => ({
  eventId: 'evt-1',
  eventType,
  occurredAt: new Date('2026-03-01T10:00:00.000Z'),
  aggregateId: 'agg-1',
  accountId: 'acc-acme',
  actor: null,
  payload,
  ...extra,
});

export const smallTable = (rules: unknown[], follows: unknown[] = []): RuleTable =>
  parseRuleTable({
    categories: [
      { id: 'renewals', mandatory: true },
      { id: 'orders', mandatory: false },
    ],
    follows,
    rules,
  });
