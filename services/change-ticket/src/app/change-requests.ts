import { randomUUID } from 'node:crypto';
import {
  type AccessDirectory,
  type Clock,
  type EventFactory,
  type Principal,
  actsForCustomer,
  notFound,
  sectionLevel,
} from '@portal/platform';
import {
  type AccessAction,
  type Caller,
  REQUESTS_SECTION,
  assertMay,
  levelWithResellerStanding,
} from '../domain/access';
import { cancelChangeRequest } from '../domain/cancel-change-request';
import type { CatalogFile } from '../domain/catalog';
import { changesInProgressWarning } from '../domain/changes-in-progress';
import { acceptQuote, declineQuote } from '../domain/decide-quote';
import { draftChangeRequest } from '../domain/draft-change-request';
import { type DraftEdit, editDraft } from '../domain/edit-draft';
import type { ChangeEvent } from '../domain/events';
import { billingNotice } from '../domain/free-changes-left';
import { issueQuote } from '../domain/issue-quote';
import { completeChangeRequest, rejectChangeRequest, startChangeRequest } from '../domain/operate-change-request';
import { previewSubmission } from '../domain/preview-submission';
import { assertSubmittable, submitChangeRequest, submitNewChangeRequest } from '../domain/submit-change-request';
import type { Actor, ChangeRequest, ChangeRequestContent, InventoryElement, Money, Warning } from '../domain/types';
import { FreeChangeUsage } from './free-change-usage';
import type { AllowanceStore } from '../store/allowance-store';
import { type ChangeRequestStore, UsageStore } from '../store/change-request-store';
import type { InventoryStore } from '../store/inventory-store';

export interface ChangeRequestDeps {
  requests: ChangeRequestStore;
  usage: UsageStore;
  inventory: InventoryStore;
  allowances: AllowanceStore;
  catalogs: CatalogFile;
  clock: Clock;
  events: EventFactory;
  /** The access projection: who resells each account (the reseller rule). */
  access: Pick<AccessDirectory, 'account'>;
}

/** The caller on one account: their own profile on section requests, or the reseller's (one rule) when higher. */
export const callerOn = (
  principal: Principal,
  accountId: string,
  resellerAccountIds: readonly string[] = [],
): Caller => ({
  userId: principal.userId,
  userType: principal.userType,
  level: levelWithResellerStanding(
    sectionLevel(principal, accountId, REQUESTS_SECTION),
    actsForCustomer(principal, { resellerAccountIds }),
  ),
});

const actorOf = (principal: Principal): Actor => ({ userId: principal.userId, userType: principal.userType });

/** The use cases of the change edge: load, authorize, call the domain, store state and events in one write. */
export class ChangeRequests {
  private readonly freeChanges: FreeChangeUsage;

  constructor(private readonly deps: ChangeRequestDeps) {
    this.freeChanges = new FreeChangeUsage(deps);
  }

  /** The caller as the rules see them on one account (own profile, or reseller of record's). */
  async callerFor(principal: Principal, accountId: string): Promise<Caller> {
    return callerOn(principal, accountId, (await this.deps.access.account(accountId))?.resellerAccountIds ?? []);
  }

  /** An element the caller may act on (404 for elements of accounts they cannot see). */
  async elementFor(principal: Principal, elementId: string, action: AccessAction): Promise<InventoryElement> {
    const element = await this.deps.inventory.get(elementId);
    if (!element) throw notFound('inventory element');
    assertMay(action, await this.callerFor(principal, element.accountId), 'inventory element');
    return element;
  }

  async requestFor(principal: Principal, id: string, action: AccessAction): Promise<ChangeRequest> {
    const request = await this.deps.requests.get(id);
    if (!request) throw notFound('change request');
    assertMay(action, await this.callerFor(principal, request.accountId));
    return request;
  }

  /** Create as a draft, or create and confirm in one call (`submit`). */
  async create(principal: Principal, input: { elementId: string; content: ChangeRequestContent; submit: boolean }) {
    const element = await this.elementFor(principal, input.elementId, input.submit ? 'submit' : 'create');
    const now = this.deps.clock.now();
    const actor = actorOf(principal);
    const id = `cr-${randomUUID()}`;
    const open = await this.deps.requests.openOnElement(element.id);
    if (!input.submit) {
      const { state, events } = draftChangeRequest({
        id,
        element,
        content: input.content,
        actor,
        now,
        catalogs: this.deps.catalogs,
      });
      await this.deps.requests.repository.createDecided(id, { state, events });
      return { request: state, warnings: changesInProgressWarning(id, open), billing: null };
    }
    // Validate before counting the change, so a refused request never uses one.
    previewSubmission(
      { content: input.content },
      {
        element,
        catalogs: this.deps.catalogs,
        billing: await this.freeChanges.preview(element, null, now),
        openRequestIdsOnElement: open,
      },
    );
    const billing = await this.freeChanges.use(element, id, now);
    const submission = submitNewChangeRequest(
      { id, element, content: input.content },
      { element, catalogs: this.deps.catalogs, billing, openRequestIdsOnElement: open, actor, now },
    );
    await this.deps.requests.repository.createDecided(id, submission);
    await this.freeChanges.confirm(element, id, billing);
    return { request: submission.state, warnings: submission.warnings, billing: billingNotice(billing) };
  }

  /** What confirming new content would answer, creating and counting nothing. */
  async previewNew(principal: Principal, input: { elementId: string; content: ChangeRequestContent }) {
    const element = await this.elementFor(principal, input.elementId, 'submit');
    const now = this.deps.clock.now();
    const open = await this.deps.requests.openOnElement(element.id);
    return previewSubmission(
      { content: input.content },
      {
        element,
        catalogs: this.deps.catalogs,
        billing: await this.freeChanges.preview(element, null, now),
        openRequestIdsOnElement: open,
      },
    );
  }

  async previewExisting(principal: Principal, id: string) {
    const request = await this.requestFor(principal, id, 'submit');
    const element = await this.elementOfRequest(request);
    const now = this.deps.clock.now();
    const open = await this.deps.requests.openOnElement(element.id);
    return previewSubmission(
      { request },
      {
        element,
        catalogs: this.deps.catalogs,
        billing: await this.freeChanges.preview(element, request.id, now),
        openRequestIdsOnElement: open,
      },
    );
  }

  async edit(principal: Principal, id: string, edit: DraftEdit & { elementId?: string }) {
    const request = await this.requestFor(principal, id, 'edit');
    const { elementId, ...content } = edit;
    const element =
      elementId && elementId !== request.elementId
        ? await this.elementFor(principal, elementId, 'edit')
        : await this.elementOfRequest(request);
    const actor = actorOf(principal);
    const state = await this.mutate(request.id, (current) =>
      editDraft(current, content, { element, catalogs: this.deps.catalogs, actor, now: this.deps.clock.now() }),
    );
    return {
      request: state,
      warnings: changesInProgressWarning(id, await this.deps.requests.openOnElement(element.id)),
    };
  }

  async submit(principal: Principal, id: string) {
    const request = await this.requestFor(principal, id, 'submit');
    const element = await this.elementOfRequest(request);
    assertSubmittable(request, element, this.deps.catalogs);
    const now = this.deps.clock.now();
    const actor = actorOf(principal);
    const billing = await this.freeChanges.use(element, id, now);
    const open = await this.deps.requests.openOnElement(element.id);
    let warnings: Warning[] = [];
    const state = await this.mutate(id, (current) => {
      const submission = submitChangeRequest(current, {
        element,
        catalogs: this.deps.catalogs,
        billing,
        openRequestIdsOnElement: open,
        actor,
        now,
      });
      warnings = submission.warnings;
      return submission;
    });
    await this.freeChanges.confirm(element, id, billing);
    return { request: state, warnings, billing: billingNotice(billing) };
  }

  async cancel(principal: Principal, id: string, reason: string | null) {
    return this.act(principal, id, 'cancel', (current, actor, now) => cancelChangeRequest(current, reason, actor, now));
  }

  async issueQuote(principal: Principal, id: string, quote: { amount: Money; validUntil: Date }) {
    return this.act(principal, id, 'issue-quote', (current, actor, now) =>
      issueQuote(current, { quoteId: `q-${randomUUID()}`, ...quote, actor, now }),
    );
  }

  async acceptQuote(principal: Principal, id: string) {
    return this.act(principal, id, 'accept-quote', (current, actor, now) => acceptQuote(current, actor, now));
  }

  async declineQuote(principal: Principal, id: string, reason: string | null) {
    return this.act(principal, id, 'decline-quote', (current, actor, now) => declineQuote(current, reason, actor, now));
  }

  async start(principal: Principal, id: string) {
    return this.act(principal, id, 'start', (current, actor, now) => startChangeRequest(current, actor, now));
  }

  async complete(principal: Principal, id: string) {
    return this.act(principal, id, 'complete', (current, actor, now) => completeChangeRequest(current, actor, now));
  }

  async reject(principal: Principal, id: string, reason: string) {
    return this.act(principal, id, 'reject', (current, actor, now) => rejectChangeRequest(current, reason, actor, now));
  }

  private async act(
    principal: Principal,
    id: string,
    action: AccessAction,
    decide: (current: ChangeRequest, actor: Actor, now: Date) => { state: ChangeRequest; events: ChangeEvent[] },
  ) {
    await this.requestFor(principal, id, action);
    const actor = actorOf(principal);
    return this.mutate(id, (current) => decide(current, actor, this.deps.clock.now()));
  }

  private async elementOfRequest(request: ChangeRequest): Promise<InventoryElement> {
    const element = await this.deps.inventory.get(request.elementId);
    if (!element) throw notFound('inventory element');
    return element;
  }

  /**
   * One document write: the new state and its events (outbox); retried by the repository on concurrent writes. The
   * events' actor is the caller, from the request's context.
   */
  private async mutate(
    id: string,
    decide: (current: ChangeRequest) => { state: ChangeRequest; events: ChangeEvent[] },
  ): Promise<ChangeRequest> {
    const result = await this.deps.requests.repository.decide(id, (current) => {
      if (!current) throw notFound('change request');
      return decide(current);
    });
    return result.state;
  }
}
