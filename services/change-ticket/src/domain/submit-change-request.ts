import { DomainError } from '@portal/platform/src/errors';
import type { ArticleChoice, CatalogFile } from './catalog';
import { transition } from './change-request';
import { changesInProgressWarning } from './changes-in-progress';
import { applyContent, draftChangeRequest } from './draft-change-request';
import { type ChangeEvent, event } from './events';
import { assertCanApply } from './status-machine';
import type { Actor, Billing, ChangeRequest, ChangeRequestContent, InventoryElement, Warning } from './types';
import { validateChangeRequest } from './validate-change-request';

export interface SubmitContext {
  element: InventoryElement;
  catalogs: CatalogFile;
  /** The change this request uses this month (see free-changes-left.ts). */
  billing: Billing;
  /** Confirmed, not closed requests on the same element (may include this one; it is left out). */
  openRequestIdsOnElement: string[];
  actor: Actor;
  now: Date;
}

export interface Submission {
  state: ChangeRequest;
  events: ChangeEvent[];
  warnings: Warning[];
}

/** Every rule a request must meet to be confirmed; throws 422 with every broken rule (FIELD_REQUIRED, FIELD_INVALID). */
export function assertSubmittable(
  request: ChangeRequest,
  element: InventoryElement,
  catalogs: CatalogFile,
): ArticleChoice {
  assertCanApply('submit', request.status);
  const check = validateChangeRequest(element, request, catalogs, { partial: false });
  if (check.errors.length > 0 || !check.choice) throw DomainError.fromFieldErrors(check.errors);
  return check.choice;
}

/**
 * Confirms a draft: validates everything, records the change it uses (billable past the monthly free changes),
 * and sends it on: to `quote-pending` when the article needs a prior study, else `submitted`.
 */
export function submitChangeRequest(request: ChangeRequest, context: SubmitContext): Submission {
  const { element, catalogs, billing, actor, now } = context;
  const choice = assertSubmittable(request, element, catalogs);
  const { article } = choice;
  const quantity = typeof request.fields.quantity === 'number' ? request.fields.quantity : 0;
  const rdsLicencesDelta = article.rdsLicences === 'add' ? quantity : article.rdsLicences === 'remove' ? -quantity : 0;
  const status = article.needsStudy ? 'quote-pending' : 'submitted';
  const warnings = changesInProgressWarning(request.id, context.openRequestIdsOnElement);
  const state = transition(
    {
      ...applyContent(request, element, request, catalogs),
      articleName: article.name,
      needsStudy: article.needsStudy,
      catalogVersion: catalogs.version,
      rdsLicencesDelta,
      billing,
      submittedAt: now,
    },
    { status },
    {
      action: 'submitted',
      by: actor.userId,
      note: billing.billable ? 'billable: the monthly free changes are used up' : null,
    },
    now,
  );
  const submitted = event('ChangeRequestSubmitted', {
    requestId: state.id,
    elementId: state.elementId,
    elementName: state.elementName,
    perimeterId: state.perimeterId,
    contractNumber: state.contractNumber,
    catalogId: choice.catalog.id,
    catalogVersion: catalogs.version,
    categoryId: choice.category.id,
    articleId: article.id,
    articleName: article.name,
    needsStudy: article.needsStudy,
    fields: state.fields,
    reference: state.reference,
    description: state.description,
    requestedBy: state.requestedBy,
    submittedBy: actor.userId,
    billable: billing.billable,
    billingMonth: billing.month,
    freeChangesPerMonth: billing.freeChangesPerMonth,
    changeOrdinal: billing.ordinal,
    otherOpenRequestIds: warnings.flatMap((w) => w.requestIds),
    status,
  });
  return { state, events: [submitted], warnings };
}

/** Create-and-confirm in one call: the complete content is validated first, so every broken rule is reported. */
export function submitNewChangeRequest(
  command: { id: string; element: InventoryElement; content: ChangeRequestContent },
  context: SubmitContext,
): Submission {
  const check = validateChangeRequest(command.element, command.content, context.catalogs, { partial: false });
  if (check.errors.length > 0) throw DomainError.fromFieldErrors(check.errors);
  const draft = draftChangeRequest({ ...command, actor: context.actor, now: context.now, catalogs: context.catalogs });
  const submission = submitChangeRequest(draft.state, context);
  return { ...submission, events: [...draft.events, ...submission.events] };
}
