import type { AnyEnvelope, Envelope } from '@portal/contracts';
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

/** The envelope keeps the source event's correlation id, so a trace of events runs from cause to delivery. */
const withCorrelation = <T extends Envelope>(e: T, f: DeliveryFacts): T => ({
  ...e,
  correlationId: f.correlationId || e.correlationId,
  causationId: f.sourceEventId,
});

export function notificationSent(events: EventFactory, f: DeliveryFacts, sentAt: Date): AnyEnvelope {
  const e = events.create('NotificationSent', {
    aggregateId: f.deliveryId,
    accountId: f.accountId,
    actor: SYSTEM,
    payload: { ...common(f), sentAt },
  });
  return withCorrelation(e, f);
}

export function notificationFailed(
  events: EventFactory,
  f: DeliveryFacts,
  lastError: string,
  failedAt: Date,
): AnyEnvelope {
  const e = events.create('NotificationFailed', {
    aggregateId: f.deliveryId,
    accountId: f.accountId,
    actor: SYSTEM,
    payload: { ...common(f), lastError, failedAt },
  });
  return withCorrelation(e, f);
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
