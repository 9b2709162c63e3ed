import { randomBytes } from 'node:crypto';
import type { Envelope } from '@portal/contracts';
import {
  DomainError,
  notFound,
  type AggregateRepository,
  type Principal,
  type ScheduledJob,
  type ServiceKit,
} from '@portal/platform';
import {
  assignOrderToSmartAccount,
  orderVisibleTo,
  type AssignOrderCommand,
} from './domain/assign-order-to-smart-account';
import { assignLicencesToUsers, unassignLicence } from './domain/assign-licences-to-users';
import { cancelPurchaseAuthorization } from './domain/cancel-purchase-authorization';
import { vipAdministrators, type Caller } from './domain/caller';
import { createPurchaseAuthorization, type NewPurchaseAuthorization } from './domain/create-purchase-authorization';
import type { OrderFact } from './domain/deposit-guard';
import type { Decision } from './domain/events';
import { expirePurchaseAuthorization, remindPurchaseAuthorizationExpiry } from './domain/expire-purchase-authorization';
import { fulfilPurchaseAuthorization } from './domain/fulfil-purchase-authorization';
import { recordBooking, recordOrderFact, type LicensingOrder } from './domain/licensing-order';
import { jobPrefix, planMembershipJobs } from './domain/plan-membership-jobs';
import { renewMembership } from './domain/renew-membership';
import { refreshBanner, removeAccess, renewalNoticeDue } from './domain/renewal-notices';
import { requestReturnAuthorization } from './domain/request-return-authorization';
import { stateOrderDuration } from './domain/state-order-duration';
import {
  activateSmartAccount,
  addVirtualAccount,
  createSmartAccount,
  matchesSearch,
  smartAccountVisibleTo,
  type NewSmartAccount,
  type SmartAccount,
  type SmartAccountSearchField,
} from './domain/smart-account';
import type { NoticeKind, ProgramPolicy } from './domain/vendor-policy';
import {
  inviteCustomerToVip,
  membershipIdFor,
  membershipVisibleTo,
  type InviteCustomer,
  type ProductQuantity,
  type VipMembership,
} from './domain/vip-membership';
import type { LicensingStore } from './store/repositories';

const newId = (prefix: string) => `${prefix}-${randomBytes(6).toString('hex')}`;
const newVipId = () => `VIP-${randomBytes(5).toString('hex').toUpperCase()}`;

export const callerOf = (p: Principal): Caller => ({
  userId: p.userId,
  email: p.email,
  userType: p.userType,
  grants: p.status === 'disabled' ? [] : p.grants,
});

/**
 * The use cases of licensing: load -> call the domain -> store state and events in one write (outbox) -> re-plan
 * scheduled jobs. Routes, message handlers and jobs are thin calls into this.
 */
export class LicensingApp {
  constructor(
    private readonly kit: ServiceKit,
    readonly store: LicensingStore,
    readonly policies: ReadonlyMap<string, ProgramPolicy>,
  ) {}

  now = () => this.kit.clock.now();

  /** Inserts a new aggregate with its events (false when it already exists: seeds are idempotent). */
  async insertIfAbsent<S extends object>(
    repo: AggregateRepository<S>,
    id: string,
    decision: Decision<S>,
    accountId: string,
  ): Promise<boolean> {
    if (await repo.get(id)) return false;
    try {
      await repo.createDecided(id, decision, { accountId: () => accountId });
      return true;
    } catch (error) {
      if ((error as DomainError).code === 'ALREADY_EXISTS') return false;
      throw error;
    }
  }

  private async mutate<S extends object>(
    repo: AggregateRepository<S>,
    id: string,
    decide: (current: S | null) => Decision<S> | null,
    accountOf: (state: S) => string,
    appliedEventId?: string,
  ): Promise<S | null> {
    const result = await repo.decide(id, decide, { accountId: accountOf, appliedEventId });
    return result.version === 0 ? null : result.state;
  }

  async resellersOf(accountId: string): Promise<string[]> {
    return (await this.kit.access.account(accountId))?.resellerAccountIds ?? [];
  }

  // ---- Smart Accounts -------------------------------------------------------------------------------------------

  async createSmartAccount(
    principal: Principal,
    input: Omit<NewSmartAccount, 'smartAccountId' | 'virtualAccounts'> & { virtualAccounts: { name: string }[] },
    smartAccountId = newId('sa'),
  ) {
    const decision = createSmartAccount(
      {
        ...input,
        smartAccountId,
        virtualAccounts: input.virtualAccounts.map((va) => ({ virtualAccountId: newId('va'), name: va.name })),
      },
      callerOf(principal),
      this.now(),
    );
    await this.store.smartAccounts.createDecided(smartAccountId, decision, { accountId: (sa) => sa.ownerAccountId });
    return decision.state;
  }

  async visibleSmartAccount(principal: Principal, smartAccountId: string): Promise<SmartAccount> {
    const sa = (await this.store.smartAccounts.get(smartAccountId))?.state;
    if (!sa || !smartAccountVisibleTo(sa, callerOf(principal), await this.resellersOf(sa.ownerAccountId)))
      throw notFound('Smart Account');
    return sa;
  }

  async activateSmartAccount(principal: Principal, smartAccountId: string): Promise<SmartAccount> {
    await this.visibleSmartAccount(principal, smartAccountId);
    return (await this.mutate(
      this.store.smartAccounts,
      smartAccountId,
      (sa) => activateSmartAccount(sa!, callerOf(principal), this.now()),
      (sa) => sa.ownerAccountId,
    ))!;
  }

  async addVirtualAccount(principal: Principal, smartAccountId: string, name: string): Promise<SmartAccount> {
    await this.visibleSmartAccount(principal, smartAccountId);
    const va = { virtualAccountId: newId('va'), name };
    return (await this.mutate(
      this.store.smartAccounts,
      smartAccountId,
      (sa) => addVirtualAccount(sa!, va, callerOf(principal)),
      (sa) => sa.ownerAccountId,
    ))!;
  }

  async searchSmartAccounts(principal: Principal, by: SmartAccountSearchField, term: string): Promise<SmartAccount[]> {
    const caller = callerOf(principal);
    const candidates = (await this.store.searchSmartAccounts(by, term)).filter((sa) => matchesSearch(sa, by, term));
    const visible = await Promise.all(
      candidates.map(async (sa) => smartAccountVisibleTo(sa, caller, await this.resellersOf(sa.ownerAccountId))),
    );
    return candidates.filter((_, i) => visible[i]);
  }

  // ---- Orders, assignments, deposits ----------------------------------------------------------------------------

  async visibleOrder(principal: Principal, ref: string): Promise<LicensingOrder> {
    const order = await this.store.findOrder(ref);
    if (
      !order ||
      !orderVisibleTo(order, callerOf(principal), order.accountId ? await this.resellersOf(order.accountId) : [])
    )
      throw notFound('Sales order');
    return order;
  }

  async assignOrder(principal: Principal, ref: string, command: AssignOrderCommand): Promise<LicensingOrder> {
    const caller = callerOf(principal);
    const order = await this.store.findOrder(ref);
    if (!order || order.accountId === null) throw notFound('Sales order');
    const accountResellerIds = await this.resellersOf(order.accountId);
    const sa = (await this.store.smartAccounts.get(command.smartAccountId))?.state;
    if (caller.userType !== 'internal' && orderVisibleTo(order, caller, accountResellerIds)) {
      if (!sa || !smartAccountVisibleTo(sa, caller, await this.resellersOf(sa.ownerAccountId))) {
        throw notFound('Smart Account');
      }
    }
    const placeholder =
      sa ??
      ({
        smartAccountId: command.smartAccountId,
        virtualAccounts: [],
        kind: 'customer',
        ownerAccountId: '',
        status: 'pending',
      } as unknown as SmartAccount);
    const assigned = (await this.mutate(
      this.store.orders,
      order.orderNumber,
      (current) =>
        assignOrderToSmartAccount(current!, command, {
          caller,
          smartAccount: placeholder,
          accountResellerIds,
          now: this.now(),
        }),
      (o) => o.accountId!,
    ))!;
    // The Smart Account may have been activated between our read and our write: its activation fan-out may have
    // missed this order, so record the activation now (idempotent fact).
    if (sa && sa.status === 'pending') {
      const fresh = (await this.store.smartAccounts.get(sa.smartAccountId))?.state;
      if (fresh?.status === 'active')
        return (await this.recordFact(order.orderNumber, {
          kind: 'smart-account-active',
          smartAccountId: sa.smartAccountId,
        }))!;
    }
    return assigned;
  }

  /** The booking as a fact of the licensing order (the Kafka entry decides it in its batch). */
  bookingOf(current: LicensingOrder | null, event: Envelope<'SalesOrderBooked'>): Decision<LicensingOrder> {
    const p = event.payload;
    return recordBooking(
      current,
      {
        orderNumber: p.orderNumber,
        webOrderNumber: p.webOrderNumber,
        accountId: event.accountId,
        resellerAccountId: p.resellerAccountId,
        purchaseAuthorizationId: p.purchaseAuthorizationId,
        lines: p.lines,
        term: p.term,
      },
      this.now(),
    );
  }

  /** After a booking: the purchase authorization it fulfils learns its order (idempotent by the event id). */
  async fulfilPurchaseAuthorization(event: Envelope<'SalesOrderBooked'>): Promise<void> {
    const p = event.payload;
    if (!p.purchaseAuthorizationId) return;
    const membershipId = await this.store.membershipIdOfPurchaseAuthorization(p.purchaseAuthorizationId);
    if (!membershipId) {
      this.kit.logger.warn(
        { orderNumber: p.orderNumber, purchaseAuthorizationId: p.purchaseAuthorizationId },
        'order references an unknown purchase authorization',
      );
      return;
    }
    await this.mutateMembership(
      membershipId,
      (m) =>
        fulfilPurchaseAuthorization(m, p.purchaseAuthorizationId!, {
          orderNumber: p.orderNumber,
          orderedAt: p.placedAt,
        }),
      event.eventId,
    );
  }

  async recordFact(
    orderNumber: string,
    fact: OrderFact,
    appliedEventId?: string,
    accountIdHint = '',
  ): Promise<LicensingOrder | null> {
    return this.mutate(
      this.store.orders,
      orderNumber,
      (current) => recordOrderFact(current, orderNumber, fact, this.now()),
      (o) => o.accountId ?? accountIdHint,
      appliedEventId,
    );
  }

  /** A Smart Account became active: every order assigned to it learns it (deposits that waited only for it happen). */
  async smartAccountActivated(event: Envelope<'SmartAccountActivated'>): Promise<void> {
    for (const orderNumber of await this.store.orderNumbersAssignedTo(event.payload.smartAccountId)) {
      await this.recordFact(
        orderNumber,
        { kind: 'smart-account-active', smartAccountId: event.payload.smartAccountId },
        event.eventId,
        event.accountId,
      );
    }
  }

  // ---- VIP memberships ------------------------------------------------------------------------------------------

  policyOf(m: VipMembership): ProgramPolicy {
    const policy = this.policies.get(m.program);
    if (!policy) throw new Error(`no policy for vendor program ${m.program}`);
    return policy;
  }

  /** Mutates a membership and re-plans every pending job hanging on it (dates may have moved). */
  private async mutateMembership(
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

  /** Re-plans every membership's jobs (at start: covers a crash between a state write and its re-planning). */
  async replanAll(): Promise<void> {
    for (const id of await this.store.allMembershipIds()) {
      const m = (await this.store.memberships.get(id))?.state;
      if (m && this.policies.has(m.program)) await this.replan(m);
    }
  }

  async visibleMembership(principal: Principal, membershipId: string): Promise<VipMembership> {
    const m = (await this.store.memberships.get(membershipId))?.state;
    if (!m || !membershipVisibleTo(m, callerOf(principal))) throw notFound('VIP membership');
    return m;
  }

  async listMemberships(principal: Principal): Promise<VipMembership[]> {
    const caller = callerOf(principal);
    const candidates = await this.store.membershipsOf([...new Set(caller.grants.map((g) => g.accountId))]);
    return candidates.filter((m) => membershipVisibleTo(m, caller));
  }

  async inviteCustomer(principal: Principal, input: InviteCustomer): Promise<VipMembership> {
    const membershipId = membershipIdFor(input.customerAccountId, input.program);
    const decision = inviteCustomerToVip(input, {
      caller: callerOf(principal),
      membershipId,
      vipId: newVipId(),
      customerResellerIds: await this.resellersOf(input.customerAccountId),
      policies: this.policies,
      now: this.now(),
    });
    try {
      await this.store.memberships.createDecided(membershipId, decision, { accountId: (m) => m.customerAccountId });
    } catch (error) {
      if ((error as DomainError).code === 'ALREADY_EXISTS') {
        throw new DomainError(
          'MEMBERSHIP_ALREADY_EXISTS',
          `${input.customerAccountId} is already a member of ${input.program}`,
          { status: 409 },
        );
      }
      throw error;
    }
    await this.replan(decision.state);
    return decision.state;
  }

  async createPurchaseAuthorization(principal: Principal, membershipId: string, input: NewPurchaseAuthorization) {
    await this.visibleMembership(principal, membershipId);
    const purchaseAuthorizationId = newId('pa');
    const m = await this.mutateMembership(membershipId, (m, policy) =>
      createPurchaseAuthorization(m, input, {
        caller: callerOf(principal),
        purchaseAuthorizationId,
        policy,
        now: this.now(),
      }),
    );
    return { membership: m, purchaseAuthorizationId };
  }

  async cancelPurchaseAuthorization(principal: Principal, membershipId: string, paId: string) {
    await this.visibleMembership(principal, membershipId);
    return this.mutateMembership(membershipId, (m) =>
      cancelPurchaseAuthorization(m, paId, { caller: callerOf(principal), now: this.now() }),
    );
  }

  async stateOrderDuration(principal: Principal, membershipId: string, paId: string, months: number) {
    await this.visibleMembership(principal, membershipId);
    return this.mutateMembership(membershipId, (m) =>
      stateOrderDuration(m, paId, months, { caller: callerOf(principal), now: this.now() }),
    );
  }

  async assignLicences(
    principal: Principal,
    membershipId: string,
    paId: string,
    input: { sku: string; userEmails: string[] },
  ) {
    await this.visibleMembership(principal, membershipId);
    return this.mutateMembership(membershipId, (m) =>
      assignLicencesToUsers(m, paId, input, { caller: callerOf(principal) }),
    );
  }

  async unassignLicence(
    principal: Principal,
    membershipId: string,
    paId: string,
    input: { sku: string; userEmail: string },
  ) {
    await this.visibleMembership(principal, membershipId);
    return this.mutateMembership(membershipId, (m) => unassignLicence(m, paId, input, { caller: callerOf(principal) }));
  }

  async requestReturn(
    principal: Principal,
    membershipId: string,
    paId: string,
    input: { products: ProductQuantity[]; reason?: string | null },
  ) {
    await this.visibleMembership(principal, membershipId);
    const returnAuthorizationId = newId('ra');
    const m = await this.mutateMembership(membershipId, (m, policy) =>
      requestReturnAuthorization(m, paId, input, {
        caller: callerOf(principal),
        returnAuthorizationId,
        policy,
        now: this.now(),
      }),
    );
    return { membership: m, returnAuthorizationId };
  }

  async renew(
    principal: Principal,
    membershipId: string,
    input: { products: ProductQuantity[]; orderNumber?: string | null },
  ) {
    await this.visibleMembership(principal, membershipId);
    const renewalId = newId('rn');
    const m = await this.mutateMembership(membershipId, (m, policy) =>
      renewMembership(m, input, { caller: callerOf(principal), renewalId, policy, now: this.now() }),
    );
    return { membership: m, renewalId };
  }

  // ---- Scheduled jobs -------------------------------------------------------------------------------------------

  async onPurchaseAuthorizationExpiry(job: ScheduledJob): Promise<void> {
    const { membershipId, purchaseAuthorizationId } = job.payload as {
      membershipId: string;
      purchaseAuthorizationId: string;
    };
    await this.mutateMembership(
      membershipId,
      (m) => expirePurchaseAuthorization(m, purchaseAuthorizationId, this.now()),
      job._id,
    );
  }

  async onPurchaseAuthorizationReminder(job: ScheduledJob): Promise<void> {
    const { membershipId, purchaseAuthorizationId } = job.payload as {
      membershipId: string;
      purchaseAuthorizationId: string;
    };
    await this.mutateMembership(
      membershipId,
      (m, policy) => remindPurchaseAuthorizationExpiry(m, purchaseAuthorizationId, { policy, now: this.now() }),
      job._id,
    );
  }

  async onRenewalNotice(job: ScheduledJob): Promise<void> {
    const { membershipId, noticeKind, anniversaryDate } = job.payload as {
      membershipId: string;
      noticeKind: NoticeKind;
      anniversaryDate: string;
    };
    const current = (await this.store.memberships.get(membershipId))?.state;
    if (!current) return;
    const vipAdministratorUserIds = vipAdministrators(
      await this.kit.access.usersOfAccount(current.customerAccountId),
      current.customerAccountId,
    );
    await this.mutateMembership(
      membershipId,
      (m, policy) =>
        renewalNoticeDue(m, { noticeKind, anniversaryDate }, { policy, vipAdministratorUserIds, now: this.now() }),
      job._id,
    );
  }

  async onBanner(job: ScheduledJob): Promise<void> {
    const { membershipId } = job.payload as { membershipId: string };
    await this.mutateMembership(membershipId, (m, policy) => refreshBanner(m, policy, this.now()), job._id);
  }

  async onAccessRemoval(job: ScheduledJob): Promise<void> {
    const { membershipId, anniversaryDate } = job.payload as { membershipId: string; anniversaryDate: string };
    await this.mutateMembership(
      membershipId,
      (m, policy) => removeAccess(m, { anniversaryDate }, { policy, now: this.now() }),
      job._id,
    );
  }
}
