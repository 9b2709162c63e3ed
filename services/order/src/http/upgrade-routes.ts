/**
 * Upgrade requests: preview, create (one call or draft), the wizard steps, submit, withdraw, and the approver's
 * list, approve and reject. Each route: validate (zod) -> load what the rule needs -> domain decides -> one write.
 */
import { randomUUID } from 'node:crypto';
import {
  defineRoute,
  DomainError,
  notFound,
  page,
  pageQuery,
  pageSchema,
  z,
  type Principal,
  type ServiceKit,
} from '@portal/platform';
import { isApprover } from '../domain/access';
import type { ApprovalRules } from '../domain/approval-rules';
import type { ApprovalContext } from '../domain/approval-tiers';
import { approveUpgradeRequest, rejectUpgradeRequest } from '../domain/decide-upgrade-request';
import { saveUpgradeStep, type UpgradeStep } from '../domain/save-upgrade-step';
import { startUpgradeRequest } from '../domain/start-upgrade-request';
import { submitUpgradeRequest } from '../domain/submit-upgrade-request';
import type { DomainEvent } from '../domain/types';
import { assertMayRequestUpgrade } from '../domain/upgrade-preconditions';
import { emptyContent, type UpgradeRequestState } from '../domain/upgrade-request';
import { serialConflictErrors, type UpgradeContext } from '../domain/validate-upgrade-request';
import { withdrawUpgradeRequest } from '../domain/withdraw-upgrade-request';
import type { OrderStores } from '../store/stores';
import {
  BasicInfoStepBody,
  CreateUpgradeBody,
  EmptyBody,
  HardwareStepBody,
  MiscStepBody,
  orderNumberParam,
  PreviewBody,
  RejectBody,
  requestIdParam,
  ReviewView,
  SoftwareStepBody,
  UpgradeListQuery,
  UpgradeRequestView,
} from './schemas';
import type { Scope } from './scope';
import { newestFirstKey, review, upgradeRequestView } from './views';

const CONTENT_ERRORS = [
  'SPECIAL_PRICING_FORM_REQUIRED',
  'DISCOUNT_OUT_OF_RANGE',
  'START_DATE_REQUIRED',
  'START_DATE_IN_PAST',
  'DATE_INVALID',
  'DEPLOYMENT_WINDOW_REQUIRED',
  'DEPLOYMENT_WINDOW_OUT_OF_RANGE',
  'TERM_OPTION_REQUIRED',
  'TERM_MONTHS_REQUIRED',
  'TERM_MONTHS_OUT_OF_RANGE',
  'CO_TERM_UNAVAILABLE',
  'START_DATE_AFTER_CO_TERM_END',
  'SKU_NOT_ELIGIBLE',
  'UPGRADE_PATH_UNKNOWN',
  'QUANTITY_OUT_OF_RANGE',
  'SERIAL_COUNT_MISMATCH',
  'SERIAL_NOT_ON_ORDER',
  'SERIAL_ALREADY_IN_UPGRADE',
  'SERIAL_SELECTED_TWICE',
  'DELIVERY_ADDRESS_REQUIRED',
  'SHIPPING_SERVICE_LEVEL_REQUIRED',
  'CARRIER_REQUIRED',
  'COMMENT_TOO_LONG',
  'EMPTY_UPGRADE',
];
const PRECONDITIONS = ['NOT_FOUND', 'ROLE_REQUIRED', 'CONTRACT_NOT_ACTIVE', 'SALES_ORDER_NOT_ACTIVE'];
const ON_DRAFT = [...PRECONDITIONS, 'NOT_REQUESTER', 'UPGRADE_REQUEST_NOT_DRAFT'];

export function upgradeRoutes(kit: ServiceKit, stores: OrderStores, scope: Scope, rules: ApprovalRules) {
  /** Who holds each approver role now (internal users, disabled ones left out): named in UpgradeApprovalRequested. */
  const approval = async (): Promise<ApprovalContext> => {
    const internal = (await kit.access.internalUsers()).filter((u) => u.status !== 'disabled');
    const roles = [...new Set(rules.tiers.map((t) => t.approverRole))];
    const byRole = roles.map(
      (role) => [role, internal.filter((u) => u.grants.some((g) => g.role === role)).map((u) => u.userId)] as const,
    );
    return { rules, approversByRole: new Map(byRole) };
  };

  const upgradeContext = async (orderNumber: string, exceptRequestId?: string): Promise<UpgradeContext> => {
    const order = await stores.salesOrder(orderNumber);
    if (!order) throw notFound(`sales order ${orderNumber}`);
    const [contract, catalog, serialsHeldElsewhere, addressBook, approvalContext] = await Promise.all([
      order.contractNumber ? stores.contract(order.contractNumber) : null,
      stores.catalogForOrder(order),
      stores.serialsHeldOnOrder(orderNumber, exceptRequestId),
      stores.accountBook(order.accountId),
      approval(),
    ]);
    return {
      order,
      contract,
      catalog,
      serialsHeldElsewhere,
      addressBook,
      approval: approvalContext,
      now: kit.clock.now(),
    };
  };

  /** The request if the caller may see it: drafts only by their requester; others by account, or any for approvers. */
  const visibleRequest = async (principal: Principal, requestId: string): Promise<UpgradeRequestState> => {
    const request = await stores.upgradeRequest(requestId);
    const visible =
      request &&
      (request.status === 'draft'
        ? request.requestedBy === principal.userId
        : isApprover(principal) || (await scope.mayRead(principal, request)));
    if (!visible) throw notFound(`upgrade request ${requestId}`);
    return request;
  };

  /**
   * A submit holds its serial numbers first (closing the race between two concurrent submits), then writes; a
   * failed write gives them back (unless the request is open after all).
   */
  const withSerialHolds = async <T>(state: UpgradeRequestState, write: () => Promise<T>): Promise<T> => {
    if (state.status !== 'pending-approval' || state.heldSerials.length === 0) return write();
    const conflicts = await stores.serialHolds.reserve(state.orderNumber, state.heldSerials, state.requestId, (id) =>
      stores.holderState(id),
    );
    if (conflicts.size > 0) throw DomainError.fromFieldErrors(serialConflictErrors(state.content, conflicts));
    try {
      return await write();
    } catch (error) {
      // Give them back unless the request is open anyway (e.g. a double-clicked submit: the first one won).
      if ((await stores.holderState(state.requestId)) !== 'open') await stores.serialHolds.release(state.requestId);
      throw error;
    }
  };

  /** Loads, lets the domain decide with a fresh context, writes state + events in one document write. */
  const change = async (
    principal: Principal,
    requestId: string,
    decide: (state: UpgradeRequestState, ctx: UpgradeContext) => { state: UpgradeRequestState; events: DomainEvent[] },
  ) => {
    const request = await visibleRequest(principal, requestId);
    const ctx = await upgradeContext(request.orderNumber, requestId);
    const result = await stores.upgradeRequests.decide(requestId, (current) => {
      if (!current) throw notFound(`upgrade request ${requestId}`);
      return decide(current, { ...ctx, now: kit.clock.now() });
    });
    return { body: upgradeRequestView(result.state) };
  };

  const step = (path: string, summary: string, body: z.ZodTypeAny, toStep: (body: never) => UpgradeStep) =>
    defineRoute({
      method: 'put',
      path: `/upgrade-requests/:requestId/${path}`,
      summary,
      params: z.object({ requestId: requestIdParam }),
      body,
      responses: { 200: UpgradeRequestView },
      errors: [...ON_DRAFT, ...CONTENT_ERRORS],
      handler: async ({ params, body: b, principal }) =>
        change(principal, params.requestId, (state, ctx) => saveUpgradeStep(state, principal, toStep(b as never), ctx)),
    });

  return [
    defineRoute({
      method: 'post',
      path: '/sales-orders/:orderNumber/upgrade-requests/preview',
      summary: 'Dry run: the validation a submit would give and the computed totals, without creating anything',
      params: z.object({ orderNumber: orderNumberParam }),
      body: PreviewBody,
      responses: { 200: ReviewView },
      errors: PRECONDITIONS,
      handler: async ({ params, body, principal }) => {
        await scope.visibleOrder(principal, params.orderNumber);
        const ctx = await upgradeContext(params.orderNumber);
        assertMayRequestUpgrade(principal, ctx.order, ctx.contract);
        const empty = emptyContent();
        const content = {
          basicInfo: { ...empty.basicInfo, ...body.basicInfo },
          hardwareLines: body.hardwareLines ?? [],
          softwareLines: body.softwareLines ?? [],
          comment: body.comment ?? null,
        };
        return { body: review({ content }, ctx) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/sales-orders/:orderNumber/upgrade-requests',
      summary: 'Create an upgrade request: submitted for approval at once (submit: true) or saved as a wizard draft',
      description:
        "Needs the operations role on the contract's account, an active contract and a sales order that is not cancelled.",
      params: z.object({ orderNumber: orderNumberParam }),
      body: CreateUpgradeBody,
      responses: { 201: UpgradeRequestView },
      errors: [...PRECONDITIONS, ...CONTENT_ERRORS],
      handler: async ({ params, body, principal }) => {
        await scope.visibleOrder(principal, params.orderNumber);
        const ctx = await upgradeContext(params.orderNumber);
        const requestId = `UR-${randomUUID()}`;
        const { submit, ...content } = body;
        const decided = startUpgradeRequest({
          requestId,
          caller: principal,
          content: { ...content, comment: content.comment ?? null },
          submit,
          ctx,
        });
        await stores.upgradesByOrder.add(params.orderNumber, requestId); // before the request exists: never missed
        const created = await withSerialHolds(decided.state, () =>
          stores.upgradeRequests.decide(requestId, () => decided),
        );
        return {
          status: 201,
          headers: { location: `/upgrade-requests/${requestId}` },
          body: upgradeRequestView(created.state),
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/upgrade-requests',
      summary:
        "Upgrade requests: an internal approver sees every account's; others see their accounts' (and their own drafts)",
      query: pageQuery.merge(UpgradeListQuery),
      responses: { 200: pageSchema(UpgradeRequestView) },
      handler: async ({ query, principal }) => {
        const scoped = isApprover(principal) ? null : await scope.listScope(principal);
        const found = await stores.upgradeRequestsWhere({ accountIds: scoped?.accountIds, status: query.status });
        const visible = found
          .filter((r) => !scoped || scoped.visible(r))
          .filter((r) => (r.status === 'draft' ? r.requestedBy === principal.userId : true))
          .filter((r) => !query.orderNumber || r.orderNumber === query.orderNumber);
        const key = (r: UpgradeRequestState) => newestFirstKey(r.submittedAt ?? r.createdAt, r.requestId);
        const p = page(visible, { limit: query.limit, cursor: query.cursor, key });
        return { body: { items: p.items.map((r) => upgradeRequestView(r)), nextCursor: p.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/upgrade-requests/:requestId',
      summary: 'One upgrade request; a draft comes with its review (validation and totals as a submit would see them)',
      params: z.object({ requestId: requestIdParam }),
      responses: { 200: UpgradeRequestView },
      errors: ['NOT_FOUND'],
      handler: async ({ params, principal }) => {
        const request = await visibleRequest(principal, params.requestId);
        const reviewed =
          request.status === 'draft'
            ? review(request, await upgradeContext(request.orderNumber, request.requestId))
            : null;
        return { body: upgradeRequestView(request, reviewed) };
      },
    }),
    step(
      'basic-info',
      'Wizard step 1: basic info (discount, special-pricing form, start date, deployment window, term option)',
      BasicInfoStepBody,
      (b: z.infer<typeof BasicInfoStepBody>) => ({ step: 'basic-info', basicInfo: b }),
    ),
    step(
      'hardware-lines',
      'Wizard step 2: hardware to upgrade (replaces the hardware lines)',
      HardwareStepBody,
      (b: z.infer<typeof HardwareStepBody>) => ({ step: 'hardware', hardwareLines: b.hardwareLines }),
    ),
    step(
      'software-lines',
      'Wizard step 3: software to upgrade (replaces the software lines)',
      SoftwareStepBody,
      (b: z.infer<typeof SoftwareStepBody>) => ({ step: 'software', softwareLines: b.softwareLines }),
    ),
    step('misc', 'Wizard step 4: comment', MiscStepBody, (b: z.infer<typeof MiscStepBody>) => ({
      step: 'misc',
      comment: b.comment,
    })),
    defineRoute({
      method: 'post',
      path: '/upgrade-requests/:requestId/submit',
      summary: 'Wizard step 5: submit the draft for approval (every rule checked at once)',
      params: z.object({ requestId: requestIdParam }),
      body: EmptyBody.optional(),
      responses: { 200: UpgradeRequestView },
      errors: [...ON_DRAFT, ...CONTENT_ERRORS],
      handler: async ({ params, principal }) => {
        const request = await visibleRequest(principal, params.requestId);
        const ctx = await upgradeContext(request.orderNumber, request.requestId);
        const intended = submitUpgradeRequest(request, principal, ctx); // refuses before anything is held
        return withSerialHolds(intended.state, () =>
          change(principal, params.requestId, (state, c) => submitUpgradeRequest(state, principal, c)),
        );
      },
    }),
    defineRoute({
      method: 'post',
      path: '/upgrade-requests/:requestId/withdraw',
      summary: 'The requester withdraws a pending request (or abandons a draft)',
      params: z.object({ requestId: requestIdParam }),
      body: EmptyBody.optional(),
      responses: { 200: UpgradeRequestView },
      errors: ['NOT_FOUND', 'NOT_REQUESTER', 'UPGRADE_REQUEST_NOT_PENDING'],
      handler: async ({ params, principal }) => {
        const answer = await change(principal, params.requestId, (state, ctx) =>
          withdrawUpgradeRequest(state, principal, ctx.now),
        );
        await stores.serialHolds.release(params.requestId);
        return answer;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/upgrade-requests/:requestId/approve',
      summary:
        'An internal approver of the pending tier approves it: the next tier opens, or after the last the request is approved and published for the ERP to book',
      params: z.object({ requestId: requestIdParam }),
      body: EmptyBody.optional(),
      responses: { 200: UpgradeRequestView },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED', 'SECOND_APPROVER_REQUIRED', 'UPGRADE_REQUEST_NOT_PENDING'],
      handler: async ({ params, principal }) =>
        change(principal, params.requestId, (state, ctx) => approveUpgradeRequest(state, principal, ctx)),
    }),
    defineRoute({
      method: 'post',
      path: '/upgrade-requests/:requestId/reject',
      summary: 'An internal approver rejects a pending request with a reason',
      params: z.object({ requestId: requestIdParam }),
      body: RejectBody,
      responses: { 200: UpgradeRequestView },
      errors: [
        'NOT_FOUND',
        'ROLE_REQUIRED',
        'UPGRADE_REQUEST_NOT_PENDING',
        'REJECTION_REASON_REQUIRED',
        'REASON_TOO_LONG',
      ],
      handler: async ({ params, body, principal }) => {
        const answer = await change(principal, params.requestId, (state, ctx) =>
          rejectUpgradeRequest(state, principal, body.reason, ctx.now),
        );
        await stores.serialHolds.release(params.requestId);
        return answer;
      },
    }),
  ];
}
