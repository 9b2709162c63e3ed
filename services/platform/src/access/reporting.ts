/**
 * Reporting access (domain.md, account service: "Reports: for users with reporting access"), one rule for every
 * service that serves a report of its own data: `site-admin` or `reporting` on the account (account-wide grant),
 * or `partner-admin` of a reseller of record of the account; the account must have the `reports` feature.
 * Answers: 404 NOT_FOUND when the caller has nothing on the account (its existence is not disclosed), 403
 * ROLE_REQUIRED without reporting access, 403 FEATURE_NOT_AVAILABLE when reports are off for the account.
 */
import { DomainError, forbidden, notFound } from '../errors';
import { hasRole, type AccountView, type Principal } from './policy';

export const REPORTING_ROLES = ['site-admin', 'reporting'] as const;
export const REPORTS_FEATURE = 'reports';

export function assertReportingAccess(principal: Principal, accountId: string, account: AccountView | null): void {
  if (principal.status === 'disabled') throw new DomainError('USER_DISABLED', 'user disabled', { status: 403 });
  const resellers = account?.resellerAccountIds ?? [];
  const asPartner = resellers.some((r) => hasRole(principal, r, 'partner-admin'));
  const onAccount = principal.grants.some((g) => g.accountId === accountId);
  if (!account || (!onAccount && !asPartner)) throw notFound(`account ${accountId}`);
  if (!asPartner && !REPORTING_ROLES.some((role) => hasRole(principal, accountId, role)))
    throw forbidden('ROLE_REQUIRED', `Reports need ${REPORTING_ROLES.join(' or ')} on the account`);
  if (!account.features.includes(REPORTS_FEATURE))
    throw forbidden('FEATURE_NOT_AVAILABLE', 'Reports are not enabled for this account');
}
