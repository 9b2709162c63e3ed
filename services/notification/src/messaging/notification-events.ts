import type { AnyEnvelope } from '@portal/contracts';
import type { EventFactory } from '@portal/platform';
import type { DeliveryState } from '../store/deliveries';

/** notification.events.v1: what was delivered and what failed for good. Keyed by the delivery id. */
const SYSTEM = { userId: 'notification', userType: 'system' as const };

export interface DeliveryFacts {
  deliveryId: string;
  accountId: string;
  correlationId: string;
  sourceEventId: string;
  sourceEventType: string;
  ruleId: string;
  category: string;
  channel: 'email' | 'inbox' | 'banner';
  recipientUserId: string | null;
  templateId: string;
  locale: string | null;
  attempts: number;
}

const common = (f: DeliveryFacts) => ({
  deliveryId: f.deliveryId,
  sourceEventId: f.sourceEventId,
  sourceEventType: f.sourceEventType,
  ruleId: f.ruleId,
  category: f.category,
  channel: f.channel,
  recipientUserId: f.recipientUserId,
  templateId: f.templateId,
  locale: f.locale,
  attempts: f.attempts,
});

/** The event keeps the source event's correlation id, so a trace of events runs from cause to delivery. */
const correlation = (f: DeliveryFacts) => ({
  correlationId: f.correlationId || undefined,
  causationId: f.sourceEventId,
});

export function notificationSent(events: EventFactory, f: DeliveryFacts, sentAt: Date): AnyEnvelope {
  return events.create('NotificationSent', {
    aggregateId: f.deliveryId,
    accountId: f.accountId,
    actor: SYSTEM,
    ...correlation(f),
    payload: { ...common(f), sentAt },
  });
}

export function notificationFailed(
  events: EventFactory,
  f: DeliveryFacts,
  lastError: string,
  failedAt: Date,
): AnyEnvelope {
  return events.create('NotificationFailed', {
    aggregateId: f.deliveryId,
    accountId: f.accountId,
    actor: SYSTEM,
    ...correlation(f),
    payload: { ...common(f), lastError, failedAt },
  });
}

export const factsOf = (id: string, d: DeliveryState): DeliveryFacts => ({
  deliveryId: id,
  accountId: d.accountId,
  correlationId: d.correlationId,
  sourceEventId: d.eventId,
  sourceEventType: d.eventType,
  ruleId: d.ruleId,
  category: d.category,
  channel: d.channel,
  recipientUserId: d.recipientUserId,
  templateId: d.templateId,
  locale: d.locale,
  attempts: d.attempts,
});
