import { addDaysToInstant, startOfDay } from '@portal/platform/src/domain';
import { renewalCalendar } from './renewal-window';
import type { NoticeKind, ProgramPolicy } from './vendor-policy';
import { noticeKey, type VipMembership } from './vip-membership';

export const jobKinds = {
  purchaseAuthorizationExpiry: 'vip.purchase-authorization-expiry',
  purchaseAuthorizationReminder: 'vip.purchase-authorization-reminder',
  renewalNotice: 'vip.renewal-notice',
  banner: 'vip.banner',
  accessRemoval: 'vip.access-removal',
} as const;

export type PlannedJob =
  | {
      id: string;
      kind: typeof jobKinds.purchaseAuthorizationExpiry | typeof jobKinds.purchaseAuthorizationReminder;
      dueAt: Date;
      payload: { membershipId: string; purchaseAuthorizationId: string };
    }
  | {
      id: string;
      kind: typeof jobKinds.renewalNotice;
      dueAt: Date;
      payload: { membershipId: string; noticeKind: NoticeKind; anniversaryDate: string };
    }
  | {
      id: string;
      kind: typeof jobKinds.banner;
      dueAt: Date;
      payload: { membershipId: string; anniversaryDate: string };
    }
  | {
      id: string;
      kind: typeof jobKinds.accessRemoval;
      dueAt: Date;
      payload: { membershipId: string; anniversaryDate: string };
    };

const byDueDate = (x: PlannedJob, y: PlannedJob) => x.dueAt.getTime() - y.dueAt.getTime() || x.id.localeCompare(y.id);

/** Every job of one membership lives under this prefix, so re-planning replaces them all at once. */
export const jobPrefix = (membershipId: string) => `vip:${membershipId}:`;

/**
 * The complete set of pending jobs a membership needs now, from its state and its program policy. Called after
 * every change; the scheduler's `replan(prefix, jobs)` cancels whatever is no longer in the set (a renewal moved
 * the anniversary: nothing fires for the old date) and adds the new ones (none lost for the new date). Job ids
 * carry the date they hang on; the handlers re-check it, so even a stale job is a no-op.
 */
export function planMembershipJobs(m: VipMembership, policy: ProgramPolicy): PlannedJob[] {
  const p = jobPrefix(m.membershipId);
  const jobs: PlannedJob[] = m.purchaseAuthorizations
    .filter((pa) => pa.status === 'pending')
    .map((pa) => ({
      id: `${p}pa-expiry:${pa.purchaseAuthorizationId}`,
      kind: jobKinds.purchaseAuthorizationExpiry,
      dueAt: pa.expiresAt,
      payload: { membershipId: m.membershipId, purchaseAuthorizationId: pa.purchaseAuthorizationId },
    }));
  const reminderDays = policy.purchaseAuthorization.reminderDaysBeforeExpiry;
  if (reminderDays !== undefined) {
    for (const pa of m.purchaseAuthorizations.filter((x) => x.status === 'pending' && !x.reminderSentAt)) {
      jobs.push({
        id: `${p}pa-reminder:${pa.purchaseAuthorizationId}`,
        kind: jobKinds.purchaseAuthorizationReminder,
        dueAt: addDaysToInstant(pa.expiresAt, -reminderDays),
        payload: { membershipId: m.membershipId, purchaseAuthorizationId: pa.purchaseAuthorizationId },
      });
    }
  }
  if (m.status === 'expired') return jobs.sort(byDueDate);
  const c = renewalCalendar(m.anniversaryDate, policy);
  const a = m.anniversaryDate;
  for (const n of c.notices) {
    if (m.noticesSent.includes(noticeKey(a, n.kind))) continue;
    jobs.push({
      id: `${p}notice:${a}:${n.kind}`,
      kind: jobKinds.renewalNotice,
      dueAt: startOfDay(n.dueOn),
      payload: { membershipId: m.membershipId, noticeKind: n.kind, anniversaryDate: a },
    });
  }
  if (m.bannerState === 'none') {
    jobs.push({
      id: `${p}banner:${a}:due`,
      kind: jobKinds.banner,
      dueAt: startOfDay(c.bannerDueFrom),
      payload: { membershipId: m.membershipId, anniversaryDate: a },
    });
  }
  if (m.bannerState !== 'overdue') {
    jobs.push({
      id: `${p}banner:${a}:overdue`,
      kind: jobKinds.banner,
      dueAt: startOfDay(a),
      payload: { membershipId: m.membershipId, anniversaryDate: a },
    });
  }
  jobs.push({
    id: `${p}access-removal:${a}`,
    kind: jobKinds.accessRemoval,
    dueAt: startOfDay(c.accessRemovalOn),
    payload: { membershipId: m.membershipId, anniversaryDate: a },
  });
  return jobs.sort(byDueDate);
}
