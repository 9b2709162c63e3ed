/**
 * The order service's error catalog: each code it adds to the platform's (PLATFORM_ERRORS) once, with its status
 * and title. The domain throws from it; the edge and OpenAPI take the statuses from it (service.ts `errors`).
 * Codes without an entry (the upgrade content codes, CONTRACT_NOT_ACTIVE, ...) answer 422, the default.
 */
import { defineErrors } from '@portal/platform/src/domain';

export const orderErrors = defineErrors({
  NOT_REQUESTER: { status: 403, title: 'Only the requester can change this upgrade request' },
  UPGRADE_REQUEST_NOT_DRAFT: { status: 409, title: 'The upgrade request is not a draft' },
  UPGRADE_REQUEST_NOT_PENDING: { status: 409, title: 'The upgrade request is not pending' },
  SECOND_APPROVER_REQUIRED: { status: 403, title: 'Another approver must decide this tier' },
  INVOICE_ALREADY_PAID: { status: 409, title: 'The invoice is paid' },
  INVOICE_PAYMENT_PENDING: { status: 409, title: 'A payment of the invoice is waiting for the ERP' },
});
