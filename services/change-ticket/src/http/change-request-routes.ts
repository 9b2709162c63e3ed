import { type RouteDefinition, defineRoute, pageQuery, pageSchema } from '@portal/platform';
import type { ChangeTicketApp } from '../app/context';
import { createChangeRequest } from '../app/create-change-request';
import { requestFor } from '../app/access';
import { editChangeRequestDraft } from '../app/edit-draft';
import { changeRequestsPage } from '../app/list-change-requests';
import { previewDraft, previewNewRequest } from '../app/preview-submission';
import { submitDraft } from '../app/submit-draft';
import * as transitions from '../app/transitions';
import type { ChangeRequest, Warning } from '../domain/types';
import {
  ChangeRequestLine,
  ChangeRequestSchema,
  CommandAnswer,
  CreateChangeRequestBody,
  EditDraftBody,
  IdParams,
  PreviewAnswer,
  PreviewChangeRequestBody,
  QuoteBody,
  ReasonBody,
  RejectBody,
  id,
  statusFilter,
} from './schemas';

const tags = ['change requests'];
const CONTENT_ERRORS = ['FIELD_REQUIRED', 'FIELD_INVALID', 'NOT_FOUND', 'ROLE_REQUIRED'];
const TRANSITION_ERRORS = ['NOT_FOUND', 'ROLE_REQUIRED', 'INVALID_STATUS_TRANSITION'];

const answer = (request: ChangeRequest, warnings: Warning[] = [], billing: unknown = null) => ({
  id: request.id,
  status: request.status,
  warnings,
  billing,
  request,
});

/** The change requests: drafts, submission, the customer's quote decisions and the operator's actions. */
export function changeRequestRoutes(app: ChangeTicketApp): RouteDefinition[] {
  return [
    defineRoute({
      method: 'post',
      path: '/change-requests',
      summary:
        'Create a change request: a draft (only the element is required), or confirmed at once with `submit: true`',
      tags,
      body: CreateChangeRequestBody,
      responses: { 202: CommandAnswer },
      errors: [...CONTENT_ERRORS, 'IDEMPOTENCY_KEY_REUSED'],
      description:
        'Answers 202 with the id and Location; the request shows in the lists once its event made the round trip. Warnings: CHANGES_IN_PROGRESS_ON_ELEMENT.',
      handler: async ({ body: { elementId, submit, ...content }, principal }) => {
        const result = await createChangeRequest(app, principal, { elementId, content, submit });
        return {
          status: 202,
          headers: { location: `/change-requests/${result.request.id}` },
          body: answer(result.request, result.warnings, result.billing),
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/change-requests/preview',
      summary: 'What confirming this content would answer (validation, warnings, billing) without creating anything',
      tags,
      body: PreviewChangeRequestBody,
      responses: { 200: PreviewAnswer },
      errors: CONTENT_ERRORS,
      handler: async ({ body: { elementId, ...content }, principal }) => ({
        body: await previewNewRequest(app, principal, { elementId, content }),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/change-requests',
      summary:
        'Change requests of a perimeter, newest first; status: in-progress | drafts | closed | one status; optional element',
      tags,
      query: pageQuery
        .extend({ perimeter: id.optional(), status: statusFilter.optional(), elementId: id.optional() })
        .strict(),
      responses: { 200: pageSchema(ChangeRequestLine) },
      errors: ['NOT_FOUND', 'FIELD_REQUIRED'],
      description:
        'Customers list one perimeter at a time; operators may leave `perimeter` out to see every account (their work queue).',
      handler: async ({ query, principal }) => ({ body: await changeRequestsPage(app, principal, query) }),
    }),
    defineRoute({
      method: 'get',
      path: '/change-requests/:id',
      summary: 'One change request with its history',
      tags,
      params: IdParams,
      responses: { 200: ChangeRequestSchema },
      errors: ['NOT_FOUND'],
      handler: async ({ params, principal }) => ({ body: await requestFor(app, principal, params.id, 'read') }),
    }),
    defineRoute({
      method: 'patch',
      path: '/change-requests/:id',
      summary: 'Edit a draft: keys sent replace, null clears; another article without fields clears the fields',
      tags,
      params: IdParams,
      body: EditDraftBody,
      responses: { 200: CommandAnswer },
      errors: [...CONTENT_ERRORS, 'CHANGE_REQUEST_NOT_EDITABLE'],
      handler: async ({ params, body, principal }) => {
        const result = await editChangeRequestDraft(app, principal, params.id, body);
        return { body: answer(result.request, result.warnings) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/change-requests/:id/preview',
      summary: 'What submitting this draft would answer (validation, warnings, billing), changing nothing',
      tags,
      params: IdParams,
      responses: { 200: PreviewAnswer },
      errors: [...CONTENT_ERRORS, 'INVALID_STATUS_TRANSITION'],
      handler: async ({ params, principal }) => ({ body: await previewDraft(app, principal, params.id) }),
    }),
    defineRoute({
      method: 'post',
      path: '/change-requests/:id/submit',
      summary: 'Confirm a draft: validates everything, uses one change of the month (billable past the free ones)',
      tags,
      params: IdParams,
      responses: { 200: CommandAnswer },
      errors: [...CONTENT_ERRORS, 'INVALID_STATUS_TRANSITION'],
      handler: async ({ params, principal }) => {
        const result = await submitDraft(app, principal, params.id);
        return { body: answer(result.request, result.warnings, result.billing) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/change-requests/:id/cancel',
      summary: 'Cancel a draft, a submitted request or one waiting for a quote (requester)',
      tags,
      params: IdParams,
      body: ReasonBody,
      responses: { 200: CommandAnswer },
      errors: [...TRANSITION_ERRORS, 'FIELD_INVALID'],
      handler: async ({ params, body, principal }) => ({
        body: answer(await transitions.cancelRequest(app, principal, params.id, body.reason ?? null)),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/change-requests/:id/quote',
      summary: 'Operator: attach a quote (amount, validity) to a request that needs a prior study',
      tags: ['operator'],
      params: IdParams,
      body: QuoteBody,
      responses: { 200: CommandAnswer },
      errors: [...TRANSITION_ERRORS, 'FIELD_INVALID'],
      handler: async ({ params, body, principal }) => ({
        body: answer(await transitions.quoteRequest(app, principal, params.id, body)),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/change-requests/:id/quote/accept',
      summary: 'Manager: accept the quote while it is valid',
      tags,
      params: IdParams,
      responses: { 200: CommandAnswer },
      errors: [...TRANSITION_ERRORS, 'QUOTE_NOT_ISSUED', 'QUOTE_EXPIRED'],
      handler: async ({ params, principal }) => ({
        body: answer(await transitions.acceptRequestQuote(app, principal, params.id)),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/change-requests/:id/quote/decline',
      summary: 'Manager: decline the quote; the request is closed',
      tags,
      params: IdParams,
      body: ReasonBody,
      responses: { 200: CommandAnswer },
      errors: [...TRANSITION_ERRORS, 'QUOTE_NOT_ISSUED', 'FIELD_INVALID'],
      handler: async ({ params, body, principal }) => ({
        body: answer(await transitions.declineRequestQuote(app, principal, params.id, body.reason ?? null)),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/change-requests/:id/start',
      summary: 'Operator: start the work (from submitted or quote-accepted)',
      tags: ['operator'],
      params: IdParams,
      responses: { 200: CommandAnswer },
      errors: TRANSITION_ERRORS,
      handler: async ({ params, principal }) => ({
        body: answer(await transitions.startRequest(app, principal, params.id)),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/change-requests/:id/complete',
      summary: 'Operator: complete the work',
      tags: ['operator'],
      params: IdParams,
      responses: { 200: CommandAnswer },
      errors: TRANSITION_ERRORS,
      handler: async ({ params, principal }) => ({
        body: answer(await transitions.completeRequest(app, principal, params.id)),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/change-requests/:id/reject',
      summary: 'Operator: reject an open request, with a reason',
      tags: ['operator'],
      params: IdParams,
      body: RejectBody,
      responses: { 200: CommandAnswer },
      errors: [...TRANSITION_ERRORS, 'FIELD_REQUIRED', 'FIELD_INVALID'],
      handler: async ({ params, body, principal }) => ({
        body: answer(await transitions.rejectRequest(app, principal, params.id, body.reason)),
      }),
    }),
  ];
}
