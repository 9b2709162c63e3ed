import { randomUUID } from 'node:crypto';
import type { Principal } from '@portal/platform';
import { changesInProgressWarning } from '../domain/changes-in-progress';
import { draftChangeRequest } from '../domain/draft-change-request';
import { billingNotice } from '../domain/free-changes-left';
import { previewSubmission } from '../domain/preview-submission';
import { submitNewChangeRequest } from '../domain/submit-change-request';
import type { ChangeRequestContent } from '../domain/types';
import { elementFor } from './access';
import { type ChangeTicketApp, actorOf } from './context';

/** Create as a draft, or create and confirm in one call (`submit`). */
export async function createChangeRequest(
  app: ChangeTicketApp,
  principal: Principal,
  input: { elementId: string; content: ChangeRequestContent; submit: boolean },
) {
  const element = await elementFor(app, principal, input.elementId, input.submit ? 'submit' : 'create');
  const now = app.clock.now();
  const actor = actorOf(principal);
  const id = `cr-${randomUUID()}`;
  const open = await app.requests.openOnElement(element.id);
  if (!input.submit) {
    const { state, events } = draftChangeRequest({
      id,
      element,
      content: input.content,
      actor,
      now,
      catalogs: app.catalogs,
    });
    await app.requests.repository.createDecided(id, { state, events });
    return { request: state, warnings: changesInProgressWarning(id, open), billing: null };
  }
  // Validate before counting the change, so a refused request never uses one.
  previewSubmission(
    { content: input.content },
    {
      element,
      catalogs: app.catalogs,
      billing: await app.freeChanges.preview(element, null, now),
      openRequestIdsOnElement: open,
    },
  );
  const billing = await app.freeChanges.use(element, id, now);
  const submission = submitNewChangeRequest(
    { id, element, content: input.content },
    { element, catalogs: app.catalogs, billing, openRequestIdsOnElement: open, actor, now },
  );
  await app.requests.repository.createDecided(id, submission);
  await app.freeChanges.confirm(element, id, billing);
  return { request: submission.state, warnings: submission.warnings, billing: billingNotice(billing) };
}
