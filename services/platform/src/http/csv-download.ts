/**
 * Reports as CSV, streamed from a database cursor (csv-stringify: RFC 4180 quoting, header row, backpressure).
 * The row limit is checked BEFORE streaming from the caller's count of the same query, so a report too large is a
 * clear 422 `REPORT_TOO_LARGE` problem, never a truncated file; a row appearing between count and stream is cut
 * at the limit.
 */
import { stringify } from 'csv-stringify';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError, type FieldError } from '../errors';
import { Download } from './download';
import { z } from './zod';

/** Rows of one report download (default); services may pass a lower limit. */
export const REPORT_ROW_LIMIT = 10_000;

export interface CsvReport<R> {
  filename: string;
  /** Column keys in order, with the header each gets. */
  columns: ReadonlyArray<{ key: keyof R & string; header: string }>;
  /** How many rows the report will have (the same query as `rows`). */
  count: () => Promise<number>;
  /** The rows, read lazily (a MongoDB cursor mapped to rows is an AsyncIterable). */
  rows: () => AsyncIterable<R>;
  limit?: number;
}

/** The query every CSV report accepts: a period of calendar days (UTC, both ends inclusive). */
export const reportPeriodQuery = z
  .object({
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is yyyy-mm-dd'),
    to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is yyyy-mm-dd'),
  })
  .strict();

export const MAX_REPORT_DAYS = 366;

const realDate = (d: string) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

/** A report period: real dates, `from` <= `to` (INVALID_PERIOD), at most 366 days (REPORT_PERIOD_TOO_LONG). */
export function assertReportPeriod(period: { from: string; to: string }): void {
  const errors: FieldError[] = [];
  for (const key of ['from', 'to'] as const)
    if (Number.isNaN(Date.parse(`${period[key]}T00:00:00Z`)) || !realDate(period[key]))
      errors.push({ path: key, code: 'FIELD_INVALID', message: 'not a calendar date' });
  if (errors.length === 0 && period.from > period.to)
    errors.push({ path: 'to', code: 'INVALID_PERIOD', message: 'the period ends before it starts' });
  else if (errors.length === 0 && (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000 + 1 > MAX_REPORT_DAYS)
    errors.push({ path: 'to', code: 'REPORT_PERIOD_TOO_LONG', message: `at most ${MAX_REPORT_DAYS} days` });
  if (errors.length) throw DomainError.fromFieldErrors(errors);
}

/** Rows from a stream of stored records (a record mapped to null is left out). */
export async function* mapRows<S, R>(source: AsyncIterable<S>, row: (record: S) => R | null): AsyncIterable<R> {
  for await (const record of source) {
    const r = row(record);
    if (r) yield r;
  }
}

export async function csvDownload<R extends object>(report: CsvReport<R>): Promise<Download> {
  const limit = report.limit ?? REPORT_ROW_LIMIT;
  const count = await report.count();
  if (count > limit) {
    throw new DomainError(
      'REPORT_TOO_LARGE',
      `the report has ${count} rows, more than the ${limit} one download may hold: choose a shorter period`,
      { status: 422, errors: [{ path: 'from', code: 'REPORT_TOO_LARGE', message: `at most ${limit} rows` }] },
    );
  }
  const rows = report.rows();
  const capped = async function* () {
    let n = 0;
    for await (const row of rows) {
      if (n++ >= limit) break;
      yield row;
    }
  };
  const csv = stringify({ header: true, columns: report.columns.map((c) => ({ key: c.key, header: c.header })) });
  // A failing cursor destroys `csv` with its error, which aborts the response (see sendDownload).
  pipeline(Readable.from(capped()), csv).catch(() => undefined);
  return new Download('text/csv; charset=utf-8', csv, report.filename);
}
