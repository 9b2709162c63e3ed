/**
 * A report route, declared once per report by the service that owns the data:
 * `GET /accounts/:accountId/reports/<name>.csv?from&to` → reporting access (access/reporting.ts), the period
 * checked (assertReportPeriod), the row limit checked, then the rows streamed as CSV (csvDownload).
 */
import type { AccessDirectory } from '../access/access-directory';
import type { IncomingHttpHeaders } from 'node:http';
import type { AccountView, Principal } from '../access/policy';
import { assertReportingAccess } from '../access/reporting';
import { assertReportPeriod, csvDownload, reportPeriodQuery, REPORT_ROW_LIMIT, type CsvReport } from './csv-download';
import { defineRoute, type RouteDefinition } from './route';
import { z } from './zod';

export interface ReportPeriod {
  from: string;
  to: string;
}

export interface CsvReportRoute<R> {
  /** File name stem and path segment: `/accounts/:accountId/reports/<name>.csv`. */
  name: string;
  summary: string;
  /** The access projection (default check); not needed with `authorize`. */
  access?: Pick<AccessDirectory, 'account'>;
  columns: CsvReport<R>['columns'];
  count: (accountId: string, period: ReportPeriod) => Promise<number>;
  rows: (accountId: string, period: ReportPeriod) => AsyncIterable<R>;
  /** A further condition of the service (e.g. another feature); throws a DomainError to refuse. */
  check?: (account: AccountView) => void;
  /**
   * Replaces the default access check (reporting access on the access projection) for the service that owns the
   * accounts themselves; answers the account id to report on (e.g. `current` resolved) or throws a DomainError.
   */
  authorize?: (input: { principal: Principal; headers: IncomingHttpHeaders; accountId: string }) => Promise<string>;
  limit?: number;
  tags?: string[];
}

export const REPORT_ERRORS = [
  'NOT_FOUND',
  'ROLE_REQUIRED',
  'FEATURE_NOT_AVAILABLE',
  'FIELD_INVALID',
  'INVALID_PERIOD',
  'REPORT_PERIOD_TOO_LONG',
  'REPORT_TOO_LARGE',
];

export function csvReportRoute<R extends object>(report: CsvReportRoute<R>): RouteDefinition {
  const limit = report.limit ?? REPORT_ROW_LIMIT;
  return defineRoute({
    method: 'get',
    path: `/accounts/:accountId/reports/${report.name}.csv`,
    summary: report.summary,
    description: `CSV (RFC 4180, header row), streamed; periods of calendar days (UTC, both ends inclusive, at most 366 days); at most ${limit} rows, REPORT_TOO_LARGE beyond. Needs reporting access: site-admin or reporting on the account, or partner-admin of its reseller of record.`,
    tags: report.tags ?? ['reports'],
    params: z.object({ accountId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/) }),
    query: reportPeriodQuery,
    produces: 'text/csv',
    responses: { 200: z.string().openapi({ description: 'CSV text' }) },
    errors: REPORT_ERRORS,
    handler: async ({ params, query, principal, headers }) => {
      let accountId = params.accountId;
      if (report.authorize) accountId = await report.authorize({ principal, headers, accountId });
      else {
        const account = await report.access!.account(accountId);
        assertReportingAccess(principal, accountId, account);
        report.check?.(account!);
      }
      assertReportPeriod(query);
      const download = await csvDownload({
        filename: `${report.name}-${accountId}-${query.from}-${query.to}.csv`,
        columns: report.columns,
        count: () => report.count(accountId, query),
        rows: () => report.rows(accountId, query),
        limit,
      });
      return { body: download };
    },
  });
}
