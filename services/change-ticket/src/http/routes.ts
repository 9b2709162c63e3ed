import {
  DomainError,
  isInternal,
  type RouteDefinition,
  decodeCursor,
  defineRoute,
  encodeCursor,
  notFound,
  pageQuery,
  pageSchema,
  z,
} from '@portal/platform';
import type { Principal } from '@portal/platform';
import type { ChangeRequests } from '../app/change-requests';
import { canSee } from '../domain/access';
import { type CatalogFile, catalogsForKind, findCatalog } from '../domain/catalog';
import { STATUS_GROUPS, type StatusGroup } from '../domain/status-machine';
import type { ChangeRequest, ChangeRequestStatus, Warning } from '../domain/types';
import type { ChangeRequestViews } from '../store/change-request-store';
import type { InventoryStore } from '../store/inventory-store';
import {
  CatalogParams,
  CatalogSchema,
  CatalogsAnswer,
  ChangeRequestLine,
  ChangeRequestSchema,
  CommandAnswer,
  CreateChangeRequestBody,
  EditDraftBody,
  ElementDetail,
  ElementParams,
  ElementSchema,
  IdParams,
  PerimeterSchema,
  PreviewAnswer,
  PreviewChangeRequestBody,
  QuoteBody,
  ReasonBody,
  RejectBody,
  id,
  statusFilter,
} from './schemas';

export interface RouteDeps {
  changeRequests: ChangeRequests;
  inventory: InventoryStore;
  views: ChangeRequestViews;
  catalogs: CatalogFile;
  /** Accounts the caller works in: own grants plus the customers it acts for as reseller. */
  accountsOf: (principal: Principal) => Promise<string[]>;
}

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

/** The perimeter, when the caller may see its account (404 otherwise, so ids cannot be probed). */
async function perimeterFor(deps: RouteDeps, principal: Principal, perimeterId: string) {
  const perimeter = await deps.inventory.perimeterOf(perimeterId);
  if (!perimeter || !canSee(await deps.changeRequests.callerFor(principal, perimeter.accountId)))
    throw notFound('perimeter');
  return perimeter;
}

export function changeTicketRoutes(deps: RouteDeps): RouteDefinition[] {
  const { changeRequests } = deps;
  return [
    defineRoute({
      method: 'get',
      path: '/catalogs',
      summary:
        'Every change catalog with its categories, articles and field definitions (and the catalog file version)',
      tags: ['catalogs'],
      responses: { 200: CatalogsAnswer },
      handler: async () => ({ body: { version: deps.catalogs.version, catalogs: deps.catalogs.catalogs } }),
    }),
    defineRoute({
      method: 'get',
      path: '/catalogs/:catalogId',
      summary: 'One change catalog',
      tags: ['catalogs'],
      params: CatalogParams,
      responses: { 200: CatalogSchema },
      errors: ['NOT_FOUND'],
      handler: async ({ params }) => {
        const catalog = findCatalog(deps.catalogs, params.catalogId);
        if (!catalog) throw notFound('catalog');
        return { body: catalog };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/perimeters',
      summary: 'Perimeters (scopes) the caller can work in; operators name the account',
      tags: ['inventory'],
      query: z.object({ accountId: id.optional() }).strict(),
      responses: { 200: z.object({ items: z.array(PerimeterSchema) }) },
      handler: async ({ query, principal }) => {
        const accounts = query.accountId ? [query.accountId] : await deps.accountsOf(principal);
        const visible: string[] = [];
        for (const accountId of accounts)
          if (canSee(await changeRequests.callerFor(principal, accountId))) visible.push(accountId);
        return { body: { items: visible.length ? await deps.inventory.perimeters(visible) : [] } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/elements',
      summary:
        'Inventory elements of a perimeter; `q` searches name and id, `catalogId` keeps the elements that catalog serves',
      tags: ['inventory'],
      query: pageQuery
        .extend({ perimeter: id, q: z.string().max(100).optional(), catalogId: z.string().max(64).optional() })
        .strict(),
      responses: { 200: pageSchema(ElementSchema) },
      errors: ['NOT_FOUND'],
      handler: async ({ query, principal }) => {
        const perimeter = await perimeterFor(deps, principal, query.perimeter);
        const kinds = query.catalogId ? (findCatalog(deps.catalogs, query.catalogId)?.elementKinds ?? []) : undefined;
        const items = await deps.inventory.list(perimeter.id, {
          search: query.q,
          kinds,
          after: decodeCursor(query.cursor),
          limit: query.limit,
        });
        const more = items.length > query.limit;
        const pageItems = items.slice(0, query.limit);
        return { body: { items: pageItems, nextCursor: more ? encodeCursor(pageItems.at(-1)!.id) : null } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/elements/:elementId',
      summary: 'One inventory element with the catalogs available for its kind (categories, articles, fields)',
      tags: ['inventory'],
      params: ElementParams,
      responses: { 200: ElementDetail },
      errors: ['NOT_FOUND'],
      handler: async ({ params, principal }) => {
        const element = await changeRequests.elementFor(principal, params.elementId, 'read');
        return {
          body: {
            ...element,
            catalogs: catalogsForKind(deps.catalogs, element.kind),
            catalogVersion: deps.catalogs.version,
          },
        };
      },
    }),
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
      handler: async ({ body, principal }) => {
        const { elementId, submit, ...content } = body;
        const result = await changeRequests.create(principal, { elementId, content, submit });
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
      handler: async ({ body, principal }) => {
        const { elementId, ...content } = body;
        return { body: await changeRequests.previewNew(principal, { elementId, content }) };
      },
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
      handler: async ({ query, principal }) => {
        const perimeter = query.perimeter ? await perimeterFor(deps, principal, query.perimeter) : null;
        if (!perimeter && !isInternal(principal)) {
          throw DomainError.fromFieldErrors([
            { path: 'perimeter', code: 'FIELD_REQUIRED', message: 'choose the perimeter you work in' },
          ]);
        }
        const statuses: readonly ChangeRequestStatus[] | undefined = query.status
          ? query.status in STATUS_GROUPS
            ? STATUS_GROUPS[query.status as StatusGroup]
            : [query.status as ChangeRequestStatus]
          : undefined;
        const items = await deps.views.list({
          perimeterId: perimeter?.id,
          statuses,
          elementId: query.elementId,
          after: decodeCursor(query.cursor),
          limit: query.limit,
        });
        const more = items.length > query.limit;
        const pageItems = items.slice(0, query.limit);
        return {
          body: {
            items: pageItems.map(({ sortKey: _s, ...line }) => line),
            nextCursor: more ? encodeCursor(pageItems.at(-1)!.sortKey) : null,
          },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/change-requests/:id',
      summary: 'One change request with its history',
      tags,
      params: IdParams,
      responses: { 200: ChangeRequestSchema },
      errors: ['NOT_FOUND'],
      handler: async ({ params, principal }) => ({
        body: await changeRequests.requestFor(principal, params.id, 'read'),
      }),
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
        const result = await changeRequests.edit(principal, params.id, body);
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
      handler: async ({ params, principal }) => ({ body: await changeRequests.previewExisting(principal, params.id) }),
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
        const result = await changeRequests.submit(principal, params.id);
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
        body: answer(await changeRequests.cancel(principal, params.id, body.reason ?? null)),
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
        body: answer(await changeRequests.issueQuote(principal, params.id, body)),
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
        body: answer(await changeRequests.acceptQuote(principal, params.id)),
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
        body: answer(await changeRequests.declineQuote(principal, params.id, body.reason ?? null)),
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
      handler: async ({ params, principal }) => ({ body: answer(await changeRequests.start(principal, params.id)) }),
    }),
    defineRoute({
      method: 'post',
      path: '/change-requests/:id/complete',
      summary: 'Operator: complete the work',
      tags: ['operator'],
      params: IdParams,
      responses: { 200: CommandAnswer },
      errors: TRANSITION_ERRORS,
      handler: async ({ params, principal }) => ({ body: answer(await changeRequests.complete(principal, params.id)) }),
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
        body: answer(await changeRequests.reject(principal, params.id, body.reason)),
      }),
    }),
  ];
}
