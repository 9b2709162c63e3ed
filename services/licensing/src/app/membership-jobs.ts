import type { ScheduledJob } from '@portal/platform';
import { vipAdministrators } from '../domain/vip-administrators';
import {
  expirePurchaseAuthorization,
  remindPurchaseAuthorizationExpiry,
} from '../domain/expire-purchase-authorization';
import { jobKinds } from '../domain/plan-membership-jobs';
import { refreshBanner, removeAccess, renewalNoticeDue } from '../domain/renewal-notices';
import type { NoticeKind } from '../domain/vendor-policy';
import type { Licensing } from './licensing';

/**
 * The scheduled jobs of a membership (planned by planMembershipJobs): each is one decision on the membership,
 * applied once (the job id is the applied event id) and followed by a re-plan.
 */
export function membershipJobs(l: Licensing): Record<string, (job: ScheduledJob) => Promise<void>> {
  return {
    [jobKinds.purchaseAuthorizationExpiry]: async (job) => {
      const { membershipId, purchaseAuthorizationId } = job.payload as PaJob;
      await l.mutateMembership(
        membershipId,
        (m) => expirePurchaseAuthorization(m, purchaseAuthorizationId, l.now()),
        job._id,
      );
    },
    [jobKinds.purchaseAuthorizationReminder]: async (job) => {
      const { membershipId, purchaseAuthorizationId } = job.payload as PaJob;
      await l.mutateMembership(
        membershipId,
        (m, policy) => remindPurchaseAuthorizationExpiry(m, purchaseAuthorizationId, { policy, now: l.now() }),
        job._id,
      );
    },
    [jobKinds.renewalNotice]: async (job) => {
      const { membershipId, noticeKind, anniversaryDate } = job.payload as {
        membershipId: string;
        noticeKind: NoticeKind;
        anniversaryDate: string;
      };
      const current = (await l.store.memberships.get(membershipId))?.state;
      if (!current) return;
      const vipAdministratorUserIds = vipAdministrators(
        await l.kit.access.usersOfAccount(current.customerAccountId),
        current.customerAccountId,
      );
      await l.mutateMembership(
        membershipId,
        (m, policy) =>
          renewalNoticeDue(m, { noticeKind, anniversaryDate }, { policy, vipAdministratorUserIds, now: l.now() }),
        job._id,
      );
    },
    [jobKinds.banner]: async (job) => {
      const { membershipId } = job.payload as { membershipId: string };
      await l.mutateMembership(membershipId, (m, policy) => refreshBanner(m, policy, l.now()), job._id);
    },
    [jobKinds.accessRemoval]: async (job) => {
      const { membershipId, anniversaryDate } = job.payload as { membershipId: string; anniversaryDate: string };
      await l.mutateMembership(
        membershipId,
        (m, policy) => removeAccess(m, { anniversaryDate }, { policy, now: l.now() }),
        job._id,
      );
    },
  };
}

type PaJob = { membershipId: string; purchaseAuthorizationId: string };

/** Re-plans every membership's jobs (at start: covers a crash between a state write and its re-planning). */
export async function replanAll(l: Licensing): Promise<void> {
  for await (const m of l.store.openMemberships()) if (l.policies.has(m.program)) await l.replan(m);
}
