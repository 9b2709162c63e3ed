import { DomainError } from '@portal/platform/src/errors';
import type { CatalogFile } from './catalog';
import { transition } from './change-request';
import { applyContent, draftPayload } from './draft-change-request';
import { type ChangeEvent, event } from './events';
import { assertCanApply } from './status-machine';
import type { Actor, ChangeRequest, ChangeRequestContent, InventoryElement } from './types';
import { validateChangeRequest } from './validate-change-request';

/**
 * What an edit may change. Keys left out keep their value; `null` clears. Choosing another catalog, category or
 * article without sending `fields` clears the fields (they belonged to the previous article).
 */
export type DraftEdit = ChangeRequestContent;

export function mergeDraftEdit(request: ChangeRequest, edit: DraftEdit): ChangeRequestContent {
  const pick = <K extends keyof ChangeRequestContent>(key: K) =>
    key in edit ? edit[key] : (request[key] as ChangeRequestContent[K]);
  const choiceChanged = (['catalogId', 'categoryId', 'articleId'] as const).some(
    (k) => k in edit && (edit[k] ?? null) !== request[k],
  );
  return {
    catalogId: pick('catalogId'),
    categoryId: pick('categoryId'),
    articleId: pick('articleId'),
    fields: 'fields' in edit ? (edit.fields ?? {}) : choiceChanged ? {} : request.fields,
    reference: pick('reference'),
    description: pick('description'),
  };
}

/** Edits a draft (only drafts are editable); the element may be changed for another of the same account. */
export function editDraft(
  request: ChangeRequest,
  edit: DraftEdit,
  context: { element: InventoryElement; catalogs: CatalogFile; actor: Actor; now: Date },
): { state: ChangeRequest; events: ChangeEvent[] } {
  assertCanApply('edit', request.status);
  const { element, catalogs, actor, now } = context;
  if (element.accountId !== request.accountId) {
    throw DomainError.fromFieldErrors([
      { path: 'elementId', code: 'FIELD_INVALID', message: 'the element belongs to another account' },
    ]);
  }
  const content = mergeDraftEdit(request, edit);
  const { errors } = validateChangeRequest(element, content, catalogs, { partial: true });
  if (errors.length > 0) throw DomainError.fromFieldErrors(errors);
  const state = transition(
    applyContent(request, element, content, catalogs),
    { status: 'draft' },
    { action: 'edited', by: actor.userId },
    now,
  );
  return { state, events: [event('ChangeRequestDraftEdited', draftPayload(state))] };
}
