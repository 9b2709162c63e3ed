import { DomainError } from '@portal/platform/src/errors';
import type { CatalogFile } from './catalog';
import { changesInProgressWarning } from './changes-in-progress';
import { type BillingNotice, billingNotice } from './free-changes-left';
import { assertSubmittable } from './submit-change-request';
import type { Billing, ChangeRequest, ChangeRequestContent, InventoryElement, Warning } from './types';
import { validateChangeRequest } from './validate-change-request';

export interface Preview {
  warnings: Warning[];
  billing: BillingNotice;
  needsStudy: boolean;
  /** The status the request would get on confirmation. */
  status: 'submitted' | 'quote-pending';
}

/**
 * What confirming would answer, without creating or recording anything: the same validation (422 with every
 * broken rule), the same warnings and the same billing as the real submission.
 */
export function previewSubmission(
  subject: { request: ChangeRequest } | { content: ChangeRequestContent },
  context: { element: InventoryElement; catalogs: CatalogFile; billing: Billing; openRequestIdsOnElement: string[] },
): Preview {
  let needsStudy: boolean;
  let requestId: string | null = null;
  if ('request' in subject) {
    needsStudy = assertSubmittable(subject.request, context.element, context.catalogs).article.needsStudy;
    requestId = subject.request.id;
  } else {
    const check = validateChangeRequest(context.element, subject.content, context.catalogs, { partial: false });
    if (check.errors.length > 0 || !check.choice) throw DomainError.fromFieldErrors(check.errors);
    needsStudy = check.choice.article.needsStudy;
  }
  return {
    warnings: changesInProgressWarning(requestId, context.openRequestIdsOnElement),
    billing: billingNotice(context.billing),
    needsStudy,
    status: needsStudy ? 'quote-pending' : 'submitted',
  };
}
