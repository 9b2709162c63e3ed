/**
 * "Newest first, then by id" as one ascending string key (cursor pages are ascending): the instant's distance to
 * the year 2286, zero-padded, then the id. The same key turned back into a database filter reads what comes after
 * a cursor: older instants, or the same instant and a greater id.
 */
const LATEST = 9_999_999_999_999;

export const newestFirstKey = (at: Date, id: string) => `${String(LATEST - at.getTime()).padStart(13, '0')}|${id}`;

export function parseNewestFirstKey(key: string): { at: Date; id: string } {
  const bar = key.indexOf('|');
  return { at: new Date(LATEST - Number(key.slice(0, bar))), id: key.slice(bar + 1) };
}

/** The filter "after `key`" for documents sorted by `{ [field]: -1, _id: 1 }`; `value` turns the instant back into the stored value. */
export function newestFirstAfter(
  field: string,
  key: string | undefined,
  value: (at: Date) => unknown = (at) => at,
): Record<string, unknown> {
  if (key === undefined) return {};
  const { at, id } = parseNewestFirstKey(key);
  return { $or: [{ [field]: { $lt: value(at) } }, { [field]: value(at), _id: { $gt: id } }] };
}
