/**
 * Keyset pages pushed down to the database: each read asks for the records after the cursor's key, sorted by that
 * (unique, indexed) key, at most a batch of them; records the caller may not see are dropped and the next batch
 * read until the page is full, so a page never misses a row however many records match (the in-memory `page()`
 * over an unsorted `.limit(1000)` read did past 1,000). To be replaced by the platform's keyset helper (#14 phase B).
 */
import { decodeCursor, encodeCursor, type Page } from '@portal/platform';

export interface KeysetSource<T> {
  /** At most `batch` records whose key is greater than `after` (all when undefined), ascending by key. */
  read(after: string | undefined, batch: number): Promise<T[]>;
  key(record: T): string;
}

const MAX_BATCH = 1000;

export async function keysetPage<T>(
  source: KeysetSource<T>,
  options: { limit: number; cursor?: string; keep?: (record: T) => boolean },
): Promise<Page<T>> {
  const keep = options.keep ?? (() => true);
  const items: T[] = [];
  let after = decodeCursor(options.cursor);
  let batch = options.limit + 1;
  for (;;) {
    const found = await source.read(after, batch);
    for (const record of found) if (keep(record)) items.push(record);
    const last = found[found.length - 1];
    if (items.length > options.limit || found.length < batch || !last) break;
    after = source.key(last);
    batch = Math.min(MAX_BATCH, batch * 2); // many records dropped: read further ahead
  }
  const shown = items.slice(0, options.limit);
  const lastShown = shown[shown.length - 1];
  return {
    items: shown,
    nextCursor: items.length > options.limit && lastShown ? encodeCursor(source.key(lastShown)) : null,
  };
}

/**
 * One source from several reads sorted by the same key (e.g. one query per sort field): the first `batch` records of
 * each, merged, hold exactly the first `batch` records of the union (a record a read did not return sorts after
 * the last one it returned).
 */
export function mergedSource<T>(key: (record: T) => string, ...reads: KeysetSource<T>['read'][]): KeysetSource<T> {
  return {
    key,
    async read(after, batch) {
      const found = (await Promise.all(reads.map((read) => read(after, batch)))).flat();
      return found.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0)).slice(0, batch);
    },
  };
}
