import { defineErrors } from '@portal/platform/src/domain';

/**
 * The refusals of change-ticket beyond the platform's own (`PLATFORM_ERRORS`: NOT_FOUND, ROLE_REQUIRED, …): each
 * code once with its status; the domain throws from it, the edge and the OpenAPI document read the statuses.
 */
export const errors = defineErrors({
  FIELD_REQUIRED: { status: 422, title: 'A value the request needs is missing' },
  FIELD_INVALID: { status: 422, title: 'A value breaks a rule of the catalog or of change requests' },
  CHANGE_REQUEST_NOT_EDITABLE: { status: 409, title: 'Only drafts can be edited' },
  INVALID_STATUS_TRANSITION: { status: 409, title: 'The request is not in a status this action applies to' },
  QUOTE_NOT_ISSUED: { status: 409, title: 'No quote has been attached to the request yet' },
  QUOTE_EXPIRED: { status: 409, title: 'The quote has expired' },
});
