import { createHash } from 'node:crypto';
import { wants, type Preferences } from './preferences';
import { categoryOf, type Rule, type RuleTable } from './rule-table';
import type { EventView, Recipient, UserChannel } from './types';

/**
 * Deliveries: one per (event, recipient, channel), whatever the number of rules or replays. The id is derived
 * from that triple, so writing the record first (insert-if-absent) is what makes a replay a no-op.
 */
export function deliveryId(eventId: string, recipientId: string, channel: string): string {
  return createHash('sha256').update(`${eventId}\u0000${recipientId}\u0000${channel}`).digest('hex').slice(0, 32);
}

export interface PlannedDelivery {
  deliveryId: string;
  eventId: string;
  eventType: string;
  accountId: string;
  ruleId: string;
  category: string;
  mandatory: boolean;
  channel: UserChannel;
  templateId: string;
  recipient: Recipient;
}

export interface SkippedDelivery {
  ruleId: string;
  userId: string;
  channel: UserChannel;
  reason: 'opted-out' | 'no-email' | 'duplicate';
}

/**
 * The user deliveries an event causes under its matching rules, given who they reach and their preferences.
 * First rule wins when two rules name the same recipient and channel.
 */
export function planDeliveries(
  table: RuleTable,
  event: EventView,
  perRule: { rule: Rule; recipients: Recipient[] }[],
  preferences: ReadonlyMap<string, Preferences>,
): { deliveries: PlannedDelivery[]; skipped: SkippedDelivery[] } {
  const deliveries: PlannedDelivery[] = [];
  const skipped: SkippedDelivery[] = [];
  const taken = new Set<string>();
  for (const { rule, recipients } of perRule) {
    const category = categoryOf(table, rule.category);
    if (!category) continue; // parseRuleTable refuses this; kept total for safety
    for (const recipient of recipients) {
      for (const channel of rule.channels) {
        if (channel === 'banner') continue;
        const skip = (reason: SkippedDelivery['reason']) =>
          skipped.push({ ruleId: rule.id, userId: recipient.userId, channel, reason });
        const id = deliveryId(event.eventId, recipient.userId, channel);
        if (taken.has(id)) skip('duplicate');
        else if (!wants(preferences.get(recipient.userId), category)) skip('opted-out');
        else if (channel === 'email' && !isEmailAddress(recipient.email)) skip('no-email');
        else {
          taken.add(id);
          deliveries.push({
            deliveryId: id,
            eventId: event.eventId,
            eventType: event.eventType,
            accountId: event.accountId,
            ruleId: rule.id,
            category: category.id,
            mandatory: category.mandatory,
            channel,
            templateId: rule.template,
            recipient,
          });
        }
      }
    }
  }
  return { deliveries, skipped };
}

export const isEmailAddress = (value: string) => /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(value);

// --- e-mail delivery states and retries ----------------------------------------------------------------------

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

export interface AttemptState {
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  sentAt: Date | null;
  failedAt: Date | null;
}

export interface RetryPolicy {
  /** Delay before attempt n+1 after the n-th failure; attempts = delays + 1. */
  delaysMs: number[];
}

const MINUTE = 60_000;
/** 5 attempts over about 2.5 hours: 1 min, 5 min, 30 min, 2 h. */
export const defaultRetryPolicy: RetryPolicy = { delaysMs: [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE] };

export const maxAttempts = (policy: RetryPolicy) => policy.delaysMs.length + 1;

/** A new e-mail delivery: pending, first attempt due at once. */
export const newAttemptState = (now: Date): AttemptState => ({
  status: 'pending',
  attempts: 0,
  nextAttemptAt: now,
  lastError: null,
  sentAt: null,
  failedAt: null,
});

/** Only pending deliveries are attempted; sent and failed are final. */
export const canAttempt = (state: AttemptState) => state.status === 'pending';

export function afterSuccess(state: AttemptState, now: Date): AttemptState {
  if (!canAttempt(state)) return state;
  return { ...state, status: 'sent', attempts: state.attempts + 1, nextAttemptAt: null, sentAt: now, lastError: null };
}

/**
 * After a failed attempt: retry later (the policy's next delay) unless the failure is permanent (SMTP 5xx) or
 * the attempts are used up; then the delivery is failed for good.
 */
export function afterFailure(
  state: AttemptState,
  now: Date,
  error: { message: string; permanent: boolean },
  policy: RetryPolicy = defaultRetryPolicy,
): AttemptState {
  if (!canAttempt(state)) return state;
  const attempts = state.attempts + 1;
  const lastError = error.message.slice(0, 500);
  if (error.permanent || attempts >= maxAttempts(policy)) {
    return { ...state, status: 'failed', attempts, nextAttemptAt: null, failedAt: now, lastError };
  }
  const delay = policy.delaysMs[attempts - 1]!;
  return { ...state, attempts, nextAttemptAt: new Date(now.getTime() + delay), lastError };
}

/** SMTP replies 5xx are permanent (the server will keep refusing); 4xx, timeouts and connection errors are not. */
export function isPermanentSmtpFailure(error: { responseCode?: unknown; code?: unknown }): boolean {
  return typeof error.responseCode === 'number' && error.responseCode >= 500 && error.responseCode < 600;
}
