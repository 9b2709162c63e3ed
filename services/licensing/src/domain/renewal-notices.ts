import { startOfDay, type IsoDate } from '@portal/platform/src/domain';
import { event, type Decision, type DomainEvent } from './events';
import { bannerStateAt, renewalCalendar } from './renewal-window';
import type { NoticeKind, ProgramPolicy } from './vendor-policy';
import { noticeKey, statusChange, vipRef, type VipMembership } from './vip-membership';

/**
 * A scheduled renewal notice fires: it is published once per (anniversary, kind), only while that anniversary is
 * still the membership's (a renewal moved it: nothing for the old date), the membership has not expired and the
 * notice is due. Returns null otherwise, so stale or repeated jobs change nothing.
 */
export function renewalNoticeDue(
  m: VipMembership,
  job: { noticeKind: NoticeKind; anniversaryDate: IsoDate },
  ctx: { policy: ProgramPolicy; vipAdministratorUserIds: string[]; now: Date },
): Decision<VipMembership> | null {
  if (m.status === 'expired' || m.anniversaryDate !== job.anniversaryDate) return null;
  const key = noticeKey(job.anniversaryDate, job.noticeKind);
  if (m.noticesSent.includes(key)) return null;
  const calendar = renewalCalendar(m.anniversaryDate, ctx.policy);
  const notice = calendar.notices.find((n) => n.kind === job.noticeKind);
  if (!notice || ctx.now.getTime() < startOfDay(notice.dueOn).getTime()) return null;
  return {
    state: { ...m, noticesSent: [...m.noticesSent, key] },
    events: [
      event('RenewalNoticeDue', {
        ...vipRef(m),
        partnerAccountId: m.partnerAccountId,
        noticeKind: job.noticeKind,
        anniversaryDate: m.anniversaryDate,
        accessRemovalDate: calendar.accessRemovalOn,
        vipAdministratorUserIds: ctx.vipAdministratorUserIds,
        dueAt: startOfDay(notice.dueOn),
      }),
    ],
  };
}

/** Brings the banner state in line with the calendar; null when it already is. */
export function refreshBanner(m: VipMembership, policy: ProgramPolicy, now: Date): Decision<VipMembership> | null {
  const state = bannerStateAt(m, policy, now);
  if (state === m.bannerState) return null;
  return {
    state: { ...m, bannerState: state },
    events: [
      event('RenewalBannerChanged', { ...vipRef(m), state, anniversaryDate: m.anniversaryDate, changedAt: now }),
    ],
  };
}

/**
 * Grace over and nothing bought: the membership expires (access removed) and the banner goes. Only for the
 * anniversary the job was planned for, and only once it is due.
 */
export function removeAccess(
  m: VipMembership,
  job: { anniversaryDate: IsoDate },
  ctx: { policy: ProgramPolicy; now: Date },
): Decision<VipMembership> | null {
  if (m.status === 'expired' || m.anniversaryDate !== job.anniversaryDate) return null;
  const calendar = renewalCalendar(m.anniversaryDate, ctx.policy);
  if (ctx.now.getTime() < startOfDay(calendar.accessRemovalOn).getTime()) return null;
  const events: DomainEvent[] = [statusChange(m, 'expired', 'access-removed')];
  if (m.bannerState !== 'none')
    events.push(
      event('RenewalBannerChanged', {
        ...vipRef(m),
        state: 'none',
        anniversaryDate: m.anniversaryDate,
        changedAt: ctx.now,
      }),
    );
  return { state: { ...m, status: 'expired', bannerState: 'none' }, events };
}
