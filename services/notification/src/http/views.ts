import { z } from '@portal/platform';
import type { DeliveryState } from '../store/deliveries';

// Answer schemas (they validate the answers and produce the OpenAPI document) and the views that fill them.

export const id = z.string().regex(/^[A-Za-z0-9._:|-]{1,128}$/);
export const accountId = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/);
const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

export const InboxItemView = z
  .object({
    id: z.string(),
    accountId: z.string(),
    eventType: z.string(),
    category: z.string(),
    title: z.string(),
    body: z.string(),
    locale: z.string(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .openapi('InboxItem');

export const DeliveryView = z
  .object({
    id: z.string(),
    accountId: z.string(),
    channel: z.enum(['email', 'inbox']),
    eventId: z.string(),
    eventType: z.string(),
    ruleId: z.string(),
    category: z.string(),
    recipientUserId: z.string(),
    locale: z.string(),
    status: z.enum(['pending', 'sent', 'failed']),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    lastError: z.string().nullable(),
    sentAt: z.string().nullable(),
    failedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Delivery');

export const BannerView = z
  .object({
    key: z.string(),
    accountId: z.string(),
    category: z.string(),
    severity: z.enum(['info', 'warning', 'critical']),
    locale: z.string(),
    title: z.string(),
    body: z.string(),
    startsAt: z.string(),
    endsAt: z.string().nullable(),
  })
  .openapi('Banner');

export const PreferencesView = z
  .object({
    userId: z.string(),
    categories: z.array(
      z.object({ id: z.string(), description: z.string(), mandatory: z.boolean(), enabled: z.boolean() }),
    ),
  })
  .openapi('NotificationPreferences');

export const inboxView = (d: DeliveryState & { id: string }) => ({
  id: d.id,
  accountId: d.accountId,
  eventType: d.eventType,
  category: d.category,
  title: d.content.title ?? '',
  body: d.content.body ?? '',
  locale: d.locale,
  createdAt: iso(d.createdAt)!,
  readAt: iso(d.readAt),
});

export const deliveryView = (d: DeliveryState & { id: string }) => ({
  id: d.id,
  accountId: d.accountId,
  channel: d.channel,
  eventId: d.eventId,
  eventType: d.eventType,
  ruleId: d.ruleId,
  category: d.category,
  recipientUserId: d.recipientUserId,
  locale: d.locale,
  status: d.status,
  attempts: d.attempts,
  nextAttemptAt: iso(d.nextAttemptAt),
  lastError: d.lastError,
  sentAt: iso(d.sentAt),
  failedAt: iso(d.failedAt),
  createdAt: iso(d.createdAt)!,
});
