import type { ScheduledJob, ServiceKit } from '@portal/platform';
import { bannerAccountId } from '../domain/banners';
import { deliveryId, newAttemptState } from '../domain/deliveries';
import { rulesFor } from '../domain/matching';
import { applyBannerAction, decide, type BannerAction, type RenderedDelivery } from '../domain/notify';
import { lookupsFor, needsFollowers, newFollowers } from '../domain/recipients';
import { reminderEvent, reminderPlan } from '../domain/reminders';
import type { EventView, UserView } from '../domain/types';
import type { NotificationCatalog } from '../catalog/catalog';
import type { BannerStore } from '../store/banners';
import { sortKeyOf, type DeliveryState, type DeliveryStore } from '../store/deliveries';
import type { FollowerStore } from '../store/followers';
import type { PreferencesStore } from '../store/preferences';
import { factsOf, notificationSent } from '../messaging/notification-events';
import { emailJob } from './send-email';

/** What notifying needs: the service kit (scheduler, access, events, clock), the catalog and the stores. */
export interface NotifyDeps {
  kit: ServiceKit;
  catalog: NotificationCatalog;
  deliveries: DeliveryStore;
  banners: BannerStore;
  preferences: PreferencesStore;
  followers: FollowerStore;
  portalUrl: string;
}

export const REMINDER = 'notification.reminder';

/** A reminder fired: its event goes through the same rules as a consumed one (deliveries keyed by its id). */
export function reminderJob(deps: NotifyDeps) {
  return async (job: ScheduledJob): Promise<void> => {
    const { reminderId, emits, source } = job.payload as { reminderId: string; emits: string; source: EventView };
    await handleEvent(
      deps,
      reminderEvent(
        { id: reminderId, emits },
        { ...source, occurredAt: new Date(source.occurredAt) },
        deps.kit.clock.now(),
      ),
    );
  };
}

/**
 * The use case behind every consumed event and fired reminder: follow, plan or call off reminders, match the rule
 * table, find the recipients and their preferences, then store each delivery (inbox items sent at once, e-mails
 * pending for the scheduler) and banner once. Idempotent: deliveries are keyed by (event, recipient, channel) and
 * written only if absent; banners remember the events applied to them.
 */
export async function handleEvent(deps: NotifyDeps, event: EventView): Promise<void> {
  const { kit, catalog } = deps;
  await deps.followers.add(event.aggregateId, newFollowers(catalog.table.follows, event));
  const reminders = reminderPlan(catalog.table, event);
  for (const jobId of reminders.cancel) await kit.scheduler.cancel(jobId);
  for (const { jobId, dueAt, reminder } of reminders.plan) {
    // Planned once: a replayed source event must not revive a reminder that was called off or already fired.
    if (await kit.scheduler.get(jobId)) continue;
    await kit.scheduler.schedule({
      id: jobId,
      kind: REMINDER,
      dueAt,
      payload: { reminderId: reminder.id, emits: reminder.emits, source: event },
    });
  }
  const rules = rulesFor(catalog.table, event);
  if (rules.length === 0) return;

  const followerIds = needsFollowers(rules) ? await deps.followers.of(event.aggregateId) : [];
  const lookups = lookupsFor(rules, event, followerIds);
  const usersOfAccount = new Map<string, UserView[]>();
  for (const accountId of lookups.accountIds) usersOfAccount.set(accountId, await kit.access.usersOfAccount(accountId));
  const users = new Map<string, UserView>();
  for (const userId of lookups.userIds) {
    const principal = await kit.access.principal(userId);
    if (principal) users.set(userId, principal);
  }
  const staff = lookups.staff ? await kit.access.internalUsers() : [];
  const everyone = [
    ...new Set([
      ...users.keys(),
      ...staff.map((u) => u.userId),
      ...[...usersOfAccount.values()].flat().map((u) => u.userId),
      ...snapshotUserIds(event),
    ]),
  ];
  const account = await kit.access.account(event.accountId);

  const decision = decide({
    table: catalog.table,
    templates: catalog.templates,
    event,
    rules,
    directory: { usersOfAccount, users, staff, followers: new Map([[event.aggregateId, followerIds]]) },
    preferences: await deps.preferences.many(everyone),
    account: account ? { accountId: account.accountId, name: account.name } : null,
    portalUrl: deps.portalUrl,
  });
  if (decision.skipped.length > 0)
    kit.logger.debug({ eventId: event.eventId, skipped: decision.skipped }, 'notifications skipped');

  for (const delivery of decision.deliveries) await storeDelivery(deps, event, delivery);
  for (const action of decision.banners) await applyBanner(deps, event, action);
}

/** Users an event carries as snapshots (e.g. UserInvited.user) may have preferences too. */
function snapshotUserIds(event: EventView): string[] {
  const user = (event.payload as { user?: { userId?: unknown } } | null)?.user;
  return typeof user?.userId === 'string' ? [user.userId] : [];
}

async function storeDelivery(deps: NotifyDeps, event: EventView, d: RenderedDelivery): Promise<void> {
  const { kit } = deps;
  const now = kit.clock.now();
  const base: DeliveryState = {
    ...newAttemptState(now),
    channel: d.channel,
    eventId: event.eventId,
    eventType: event.eventType,
    correlationId: event.correlationId ?? '',
    accountId: event.accountId,
    ruleId: d.ruleId,
    category: d.category,
    mandatory: d.mandatory,
    templateId: d.templateId,
    locale: d.locale,
    recipientUserId: d.recipient.userId,
    recipientEmail: d.recipient.email,
    recipientName: d.recipient.displayName,
    content: d.content,
    createdAt: now,
    readAt: null,
    sortKey: sortKeyOf(now, d.deliveryId),
  };
  if (d.channel === 'inbox') {
    // Storing the inbox item is the delivery: sent at once, recorded on notification.events.v1 in the same write.
    const state: DeliveryState = { ...base, status: 'sent', attempts: 1, nextAttemptAt: null, sentAt: now };
    await deps.deliveries.repo.mutate(d.deliveryId, (current) =>
      current ? null : { state, events: [notificationSent(kit.events, factsOf(d.deliveryId, state), now)] },
    );
    return;
  }
  // E-mail: the pending record is written first; the durable scheduler sends it (and retries it).
  const result = await deps.deliveries.repo.mutate(d.deliveryId, (current) =>
    current ? null : { state: base, events: [] },
  );
  const stored = result.skipped ? await deps.deliveries.get(d.deliveryId) : { ...base, id: d.deliveryId };
  if (!stored || stored.status !== 'pending') return;
  const job = emailJob(d.deliveryId, stored.attempts, stored.nextAttemptAt ?? now);
  // A replay must not pull a planned retry forward: only (re)plan a job that does not exist yet.
  if (!result.skipped || !(await kit.scheduler.get(job.id))) await kit.scheduler.schedule(job);
}

async function applyBanner(deps: NotifyDeps, event: EventView, action: BannerAction): Promise<void> {
  const { kit } = deps;
  const now = kit.clock.now();
  const id = deliveryId(event.eventId, action.bannerId, 'banner');
  await deps.banners.repo.mutate(
    action.bannerId,
    (current) => {
      const before = current?.state ?? null;
      const after = applyBannerAction(before, action, event);
      if (!after) return null;
      const sent = notificationSent(
        kit.events,
        {
          deliveryId: id,
          accountId: bannerAccountId(action.spec, event),
          correlationId: event.correlationId ?? '',
          sourceEventId: event.eventId,
          sourceEventType: event.eventType,
          ruleId: action.rule.id,
          category: action.rule.category,
          channel: 'banner',
          recipientUserId: null,
          templateId: action.rule.template,
          locale: null,
          attempts: 1,
        },
        now,
      );
      return { state: after, events: [sent] };
    },
    { appliedEventId: `${event.eventId}:${action.rule.id}` },
  );
}
