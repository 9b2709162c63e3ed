import { defineErrors } from './error-catalog';

/**
 * The codes the platform itself answers, in one place: the edge's refusals and the shared access refusals.
 * A service answering one of these codes uses this status (USER_DISABLED is 403 everywhere, as domain.md says).
 */
export const PLATFORM_ERRORS = defineErrors({
  VALIDATION_FAILED: { status: 400, title: 'The request does not match its schema' },
  MALFORMED_JSON: { status: 400, title: 'The body is not JSON' },
  BODY_TOO_LARGE: { status: 413, title: 'The body is too large' },
  UNAUTHENTICATED: { status: 401, title: 'No valid bearer token' },
  USER_DISABLED: { status: 403, title: 'The user is disabled' },
  ROLE_REQUIRED: { status: 403, title: 'The caller lacks the role this needs' },
  FEATURE_NOT_AVAILABLE: { status: 403, title: 'The account does not have this feature' },
  INTERNAL_USERS_ONLY: { status: 403, title: 'Only internal users may do this' },
  DEMO_MODE_REQUIRED: { status: 403, title: 'Only on a platform started with DEMO_MODE=true' },
  NOT_FOUND: { status: 404, title: 'No such record, or not visible to the caller' },
  ALREADY_EXISTS: { status: 409, title: 'The record exists already' },
  IDEMPOTENCY_KEY_IN_PROGRESS: { status: 409, title: 'A request with this Idempotency-Key is still running' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, title: 'The Idempotency-Key was used with another body' },
});
