import { defineErrors } from '@portal/platform/src/domain';

/**
 * The refusals of the notification service beyond the platform's own (`PLATFORM_ERRORS`): each code once with its
 * status. The edge answers the preference ones; the rule table and templates are checked at start, where a bad one
 * stops the service with every problem named.
 */
export const errors = defineErrors({
  CATEGORY_UNKNOWN: { status: 422, title: 'No notification category of that id' },
  CATEGORY_MANDATORY: { status: 422, title: 'Mandatory notifications cannot be opted out of' },
  RULE_TABLE_INVALID: { status: 422, title: 'The rule table breaks its schema or its cross-checks' },
  TEMPLATE_INVALID: { status: 422, title: 'A template is missing a section or does not render' },
});
