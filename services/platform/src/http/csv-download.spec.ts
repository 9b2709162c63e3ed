import { parse } from 'csv-parse/sync';
import { Readable } from 'node:stream';
import { DomainError } from '../errors';
import { assertReportPeriod, csvDownload } from './csv-download';

const read = async (stream: Readable) => {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks).toString('utf8');
};

async function* rowsOf<R>(rows: R[]) {
  yield* rows;
}

const columns = [
  { key: 'id', header: 'Id' },
  { key: 'note', header: 'Note' },
] as const;

describe('csvDownload', () => {
  it('streams a header and every row, quoting what needs it', async () => {
    const rows = [
      { id: 'A', note: 'plain' },
      { id: 'B', note: 'has, a comma and "quotes"\nand a line' },
    ];
    const d = await csvDownload({ filename: 'r.csv', columns, count: async () => 2, rows: () => rowsOf(rows) });
    expect(d.contentType).toMatch(/^text\/csv/);
    expect(parse(await read(d.content as Readable), { columns: true })).toEqual([
      { Id: 'A', Note: 'plain' },
      { Id: 'B', Note: 'has, a comma and "quotes"\nand a line' },
    ]);
  });

  it('refuses a report larger than the limit before any byte', async () => {
    const rows = jest.fn(() => rowsOf([{ id: 'A', note: '' }]));
    const attempt = csvDownload({ filename: 'r.csv', columns, count: async () => 3, rows, limit: 2 });
    await expect(attempt).rejects.toMatchObject({ code: 'REPORT_TOO_LARGE', status: 422 });
    expect(rows).not.toHaveBeenCalled();
  });

  it('cuts rows that appeared after the count at the limit', async () => {
    const rows = [1, 2, 3].map((n) => ({ id: String(n), note: '' }));
    const d = await csvDownload({
      filename: 'r.csv',
      columns,
      count: async () => 2,
      rows: () => rowsOf(rows),
      limit: 2,
    });
    expect(parse(await read(d.content as Readable), { columns: true })).toHaveLength(2);
  });
});

describe('assertReportPeriod', () => {
  const codeOf = (from: string, to: string) => {
    try {
      assertReportPeriod({ from, to });
      return null;
    } catch (e) {
      return (e as DomainError).code;
    }
  };
  it('accepts a period of up to 366 days, both ends inclusive', () => {
    expect(codeOf('2026-01-01', '2026-12-31')).toBeNull();
    expect(codeOf('2026-01-01', '2027-01-01')).toBeNull();
  });
  it('names what is wrong', () => {
    expect(codeOf('2026-02-30', '2026-03-01')).toBe('FIELD_INVALID');
    expect(codeOf('2026-03-02', '2026-03-01')).toBe('INVALID_PERIOD');
    expect(codeOf('2026-01-01', '2027-01-02')).toBe('REPORT_PERIOD_TOO_LONG');
  });
});
