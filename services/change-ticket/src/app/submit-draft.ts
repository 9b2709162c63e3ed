import type { Principal } from '@portal/platform';
import { billingNotice } from '../domain/free-changes-left';
import { assertSubmittable, submitChangeRequest } from '../domain/submit-change-request';
import type { Warning } from '../domain/types';
import { elementOfRequest, requestFor } from './access';
import { type ChangeTicketApp, actorOf } from './context';
import { decideRequest } from './transitions';

/** Confirms a draft: checked first, then one change of the month is used, then the request is written. */
export async function submitDraft(app: ChangeTicketApp, principal: Principal, id: string) {
  const request = await requestFor(app, principal, id, 'submit');
  const element = await elementOfRequest(app, request);
  assertSubmittable(request, element, app.catalogs);
  const now = app.clock.now();
  const actor = actorOf(principal);
  const billing = await app.freeChanges.use(element, id, now);
  const open = await app.requests.openOnElement(element.id);
  let warnings: Warning[] = [];
  const state = await decideRequest(app, id, (current) => {
    const submission = submitChangeRequest(current, {
      element,
      catalogs: app.catalogs,
      billing,
      openRequestIdsOnElement: open,
      actor,
      now,
    });
    warnings = submission.warnings;
    return submission;
  });
  await app.freeChanges.confirm(element, id, billing);
  return { request: state, warnings, billing: billingNotice(billing) };
}
