import type { Principal } from '@portal/platform';
import { changesInProgressWarning } from '../domain/changes-in-progress';
import { type DraftEdit, editDraft } from '../domain/edit-draft';
import { elementFor, elementOfRequest, requestFor } from './access';
import { type ChangeTicketApp, actorOf } from './context';
import { decideRequest } from './transitions';

/** Edits a draft; another element must be one the caller may edit on too. */
export async function editChangeRequestDraft(
  app: ChangeTicketApp,
  principal: Principal,
  id: string,
  edit: DraftEdit & { elementId?: string },
) {
  const request = await requestFor(app, principal, id, 'edit');
  const { elementId, ...content } = edit;
  const element =
    elementId && elementId !== request.elementId
      ? await elementFor(app, principal, elementId, 'edit')
      : await elementOfRequest(app, request);
  const actor = actorOf(principal);
  const state = await decideRequest(app, request.id, (current) =>
    editDraft(current, content, { element, catalogs: app.catalogs, actor, now: app.clock.now() }),
  );
  return {
    request: state,
    warnings: changesInProgressWarning(id, await app.requests.openOnElement(element.id)),
  };
}
