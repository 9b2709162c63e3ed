/**
 * Upgrade requests: preview, create (one call or draft), the wizard steps, submit, withdraw, and the approver's
 * list, approve and reject. Each route validates (zod), calls its use case (src/app/) and shows the result.
 */
import { defineRoute, pageQuery, pageSchema, z, type Principal } from '@portal/platform';
import { approveUpgradeRequest, rejectUpgradeRequest, withdrawUpgradeRequest } from '../app/close-upgrade-request';
import { createUpgradeRequest } from '../app/create-upgrade-request';
import { listUpgradeRequests } from '../app/list-upgrade-requests';
import type { OrderApp } from '../app/order-app';
import { previewUpgradeRequest } from '../app/preview-upgrade-request';
import { readUpgradeRequest } from '../app/read-upgrade-request';
import { saveUpgradeStep } from '../app/save-upgrade-step';
import { submitUpgradeRequest } from '../app/submit-upgrade-request';
import type { UpgradeStep } from '../domain/save-upgrade-step';
import type { UpgradeRequestState } from '../domain/upgrade-request';
import { EmptyBody, orderNumberParam, requestIdParam } from './schemas';
import {
  BasicInfoStepBody,
  CreateUpgradeBody,
  HardwareStepBody,
  MiscStepBody,
  PreviewBody,
  RejectBody,
  ReviewView,
  SoftwareStepBody,
  UpgradeListQuery,
  UpgradeRequestView,
} from './upgrade-schemas';
import { upgradeRequestView } from './views';

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

export function upgradeRequestRoutes(app: OrderApp) {
  const shown = async (change: Promise<UpgradeRequestState>) => ({ body: upgradeRequestView(await change) });
  const requestParams = z.object({ requestId: requestIdParam });

  const step = (path: string, summary: string, body: z.ZodTypeAny, toStep: (body: never) => UpgradeStep) =>
    defineRoute({
      method: 'put',
      path: `/upgrade-requests/:requestId/${path}`,
      summary,
      params: requestParams,
      body,
      responses: { 200: UpgradeRequestView },
      errors: [...ON_DRAFT, ...CONTENT_ERRORS],
      handler: async ({ params, body: b, principal }) =>
        shown(saveUpgradeStep(app, principal, params.requestId, toStep(b as never))),
    });
  const decision = (
    path: string,
    summary: string,
    errors: string[],
    decide: (principal: Principal, requestId: string) => Promise<UpgradeRequestState>,
  ) =>
    defineRoute({
      method: 'post',
      path: `/upgrade-requests/:requestId/${path}`,
      summary,
      params: requestParams,
      body: EmptyBody.optional(),
      responses: { 200: UpgradeRequestView },
      errors,
      handler: async ({ params, principal }) => shown(decide(principal, params.requestId)),
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
      handler: async ({ params, body, principal }) => ({
        body: await previewUpgradeRequest(app, principal, params.orderNumber, body),
      }),
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
        const { submit, ...content } = body;
        const created = await createUpgradeRequest(app, principal, params.orderNumber, { content, submit });
        return {
          status: 201,
          headers: { location: `/upgrade-requests/${created.requestId}` },
          body: upgradeRequestView(created),
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
        const found = await listUpgradeRequests(app, principal, query);
        return { body: { items: found.items.map((r) => upgradeRequestView(r)), nextCursor: found.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/upgrade-requests/:requestId',
      summary: 'One upgrade request; a draft comes with its review (validation and totals as a submit would see them)',
      params: requestParams,
      responses: { 200: UpgradeRequestView },
      errors: ['NOT_FOUND'],
      handler: async ({ params, principal }) => {
        const { request, review } = await readUpgradeRequest(app, principal, params.requestId);
        return { body: upgradeRequestView(request, review) };
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
    decision(
      'submit',
      'Wizard step 5: submit the draft for approval (every rule checked at once)',
      [...ON_DRAFT, ...CONTENT_ERRORS],
      (principal, requestId) => submitUpgradeRequest(app, principal, requestId),
    ),
    decision(
      'withdraw',
      'The requester withdraws a pending request (or abandons a draft)',
      ['NOT_FOUND', 'NOT_REQUESTER', 'UPGRADE_REQUEST_NOT_PENDING'],
      (principal, requestId) => withdrawUpgradeRequest(app, principal, requestId),
    ),
    decision(
      'approve',
      'An internal approver of the pending tier approves it: the next tier opens, or after the last the request is approved and published for the ERP to book',
      ['NOT_FOUND', 'ROLE_REQUIRED', 'SECOND_APPROVER_REQUIRED', 'UPGRADE_REQUEST_NOT_PENDING'],
      (principal, requestId) => approveUpgradeRequest(app, principal, requestId),
    ),
    defineRoute({
      method: 'post',
      path: '/upgrade-requests/:requestId/reject',
      summary: 'An internal approver rejects a pending request with a reason',
      params: requestParams,
      body: RejectBody,
      responses: { 200: UpgradeRequestView },
      errors: [
        'NOT_FOUND',
        'ROLE_REQUIRED',
        'UPGRADE_REQUEST_NOT_PENDING',
        'REJECTION_REASON_REQUIRED',
        'REASON_TOO_LONG',
      ],
      handler: async ({ params, body, principal }) =>
        shown(rejectUpgradeRequest(app, principal, params.requestId, body.reason)),
    }),
  ];
}
