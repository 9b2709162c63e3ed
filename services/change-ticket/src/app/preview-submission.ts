import type { Principal } from '@portal/platform';
import { type Preview, previewSubmission } from '../domain/preview-submission';
import type { ChangeRequest, ChangeRequestContent, InventoryElement } from '../domain/types';
import { elementFor, elementOfRequest, requestFor } from './access';
import type { ChangeTicketApp } from './context';

/** What confirming would answer for a request (or new content) on an element, creating and counting nothing. */
async function preview(
  app: ChangeTicketApp,
  element: InventoryElement,
  subject: { request: ChangeRequest } | { content: ChangeRequestContent },
): Promise<Preview> {
  const now = app.clock.now();
  const open = await app.requests.openOnElement(element.id);
  const requestId = 'request' in subject ? subject.request.id : null;
  return previewSubmission(subject, {
    element,
    catalogs: app.catalogs,
    billing: await app.freeChanges.preview(element, requestId, now),
    openRequestIdsOnElement: open,
  });
}

/** What confirming new content would answer. */
export async function previewNewRequest(
  app: ChangeTicketApp,
  principal: Principal,
  input: { elementId: string; content: ChangeRequestContent },
): Promise<Preview> {
  const element = await elementFor(app, principal, input.elementId, 'submit');
  return preview(app, element, { content: input.content });
}

/** What submitting a draft would answer. */
export async function previewDraft(app: ChangeTicketApp, principal: Principal, id: string): Promise<Preview> {
  const request = await requestFor(app, principal, id, 'submit');
  return preview(app, await elementOfRequest(app, request), { request });
}
