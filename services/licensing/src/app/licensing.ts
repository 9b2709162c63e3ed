import { randomBytes } from 'node:crypto';
import { notFound, type AggregateRepository, type ServiceKit } from '@portal/platform';
import type { Decision } from '../domain/events';
import { jobPrefix, planMembershipJobs } from '../domain/plan-membership-jobs';
import type { ProgramPolicy } from '../domain/vendor-policy';
import type { VipMembership } from '../domain/vip-membership';
import type { LicensingStore } from '../store/repositories';

export const newId = (prefix: string) => `${prefix}-${randomBytes(6).toString('hex')}`;
export const newVipId = () => `VIP-${randomBytes(5).toString('hex').toUpperCase()}`;

/**
 * What every use case of licensing works with: the store, the vendor program policies, the clock, the access
 * projection and the scheduler. A use case is load -> call the domain -> store state and events in one write
 * (outbox) -> re-plan scheduled jobs; routes, message handlers and jobs are thin calls into the files beside.
 */
export class Licensing {
  constructor(
    readonly kit: ServiceKit,
    readonly store: LicensingStore,
    readonly policies: ReadonlyMap<string, ProgramPolicy>,
  ) {}

  now = () => this.kit.clock.now();

  /** The resellers of record of an account (the platform's access projection). */
  async resellersOf(accountId: string): Promise<string[]> {
    return (await this.kit.access.account(accountId))?.resellerAccountIds ?? [];
  }

  /** Decides on one aggregate in one write; null when the aggregate does not exist (and the decision made none). */
  async mutate<S extends object>(
    repo: AggregateRepository<S>,
    id: string,
    decide: (current: S | null) => Decision<S> | null,
    accountOf: (state: S) => string,
    appliedEventId?: string,
  ): Promise<S | null> {
    const result = await repo.decide(id, decide, { accountId: accountOf, appliedEventId });
    return result.version === 0 ? null : result.state;
  }

  policyOf(m: VipMembership): ProgramPolicy {
    const policy = this.policies.get(m.program);
    if (!policy) throw new Error(`no policy for vendor program ${m.program}`);
    return policy;
  }

  /** Mutates a membership and re-plans every pending job hanging on it (dates may have moved). */
  async mutateMembership(
    membershipId: string,
    decide: (m: VipMembership, policy: ProgramPolicy) => Decision<VipMembership> | null,
    appliedEventId?: string,
  ): Promise<VipMembership> {
    const state = await this.mutate(
      this.store.memberships,
      membershipId,
      (m) => (m ? decide(m, this.policyOf(m)) : null),
      (m) => m.customerAccountId,
      appliedEventId,
    );
    if (!state) throw notFound('VIP membership');
    await this.replan(state);
    return state;
  }

  async replan(m: VipMembership): Promise<void> {
    await this.kit.scheduler.replan(jobPrefix(m.membershipId), planMembershipJobs(m, this.policyOf(m)));
  }
}
