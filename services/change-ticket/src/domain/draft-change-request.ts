import { DomainError } from '@portal/platform/src/errors';
import type { CatalogFile } from './catalog';
import { trimmedOrNull, transition } from './change-request';
import { type ChangeEvent, event } from './events';
import type { Actor, ChangeRequest, ChangeRequestContent, InventoryElement } from './types';
import { validateChangeRequest } from './validate-change-request';

export interface DraftCommand {
  id: string;
  element: InventoryElement;
  content: ChangeRequestContent;
  actor: Actor;
  now: Date;
  catalogs: CatalogFile;
}

/** Normalized content: blank strings become null, names resolved from the catalog when the choice resolves. */
export function applyContent(
  request: ChangeRequest,
  element: InventoryElement,
  content: ChangeRequestContent,
  catalogs: CatalogFile,
): ChangeRequest {
  const check = validateChangeRequest(element, content, catalogs, { partial: true });
  return {
    ...request,
    elementId: element.id,
    elementName: element.name,
    perimeterId: element.perimeterId,
    contractNumber: element.contractNumber,
    catalogId: trimmedOrNull(content.catalogId),
    categoryId: trimmedOrNull(content.categoryId),
    articleId: trimmedOrNull(content.articleId),
    articleName: check.choice?.article.name ?? null,
    needsStudy: check.choice?.article.needsStudy ?? false,
    fields: { ...(content.fields ?? {}) },
    reference: trimmedOrNull(content.reference),
    description: trimmedOrNull(content.description),
  };
}

export const draftPayload = (request: ChangeRequest) => ({
  requestId: request.id,
  elementId: request.elementId,
  elementName: request.elementName,
  perimeterId: request.perimeterId,
  catalogId: request.catalogId,
  categoryId: request.categoryId,
  articleId: request.articleId,
  fields: request.fields,
  reference: request.reference,
  description: request.description,
  status: request.status,
});

/** Saves a new draft: only the element is required; whatever else is given must be valid (checked again at submit). */
export function draftChangeRequest(command: DraftCommand): { state: ChangeRequest; events: ChangeEvent[] } {
  const { element, content, actor, now, catalogs } = command;
  const { errors } = validateChangeRequest(element, content, catalogs, { partial: true });
  if (errors.length > 0) throw DomainError.fromFieldErrors(errors);
  const blank: ChangeRequest = {
    id: command.id,
    accountId: element.accountId,
    perimeterId: element.perimeterId,
    elementId: element.id,
    elementName: element.name,
    contractNumber: element.contractNumber,
    catalogId: null,
    categoryId: null,
    articleId: null,
    articleName: null,
    catalogVersion: null,
    needsStudy: false,
    rdsLicencesDelta: 0,
    fields: {},
    reference: null,
    description: null,
    status: 'draft',
    billing: null,
    quote: null,
    closingReason: null,
    requestedBy: actor.userId,
    createdAt: now,
    updatedAt: now,
    submittedAt: null,
    history: [],
  };
  const state = transition(
    applyContent(blank, element, content, catalogs),
    { status: 'draft' },
    { action: 'drafted', by: actor.userId },
    now,
  );
  return { state, events: [event('ChangeRequestDrafted', { ...draftPayload(state), requestedBy: actor.userId })] };
}
