/**
 * What domain code may import from the platform (`@portal/platform/src/domain`): pure types and functions, no I/O.
 * Everything here is documented in services/platform/API.md ("Domain kit").
 */
export { DomainError, assertNoFieldErrors, conflict, forbidden, notFound, type FieldError } from '../errors';
export type { Decision, DomainEvent, EventOf } from '../aggregates/decision';
export * from './grants';
export * from './iso-date';
export * from './error-catalog';
export * from './platform-errors';
export { granteeOf } from './grantee';
export * from './recent-orders';
