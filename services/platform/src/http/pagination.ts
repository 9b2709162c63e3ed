import { z } from './zod';

/** Query of every list: an opaque cursor and a bounded page size. */
export const pageQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');
export const decodeCursor = (cursor: string | undefined) =>
  cursor ? Buffer.from(cursor, 'base64url').toString('utf8') : undefined;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const pageSchema = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/**
 * One page of items sorted by a unique string key (deterministic order): items after the cursor's key, at most
 * `limit` of them, and the cursor of the next page.
 */
export function page<T>(items: T[], options: { limit: number; cursor?: string; key: (item: T) => string }): Page<T> {
  const after = decodeCursor(options.cursor);
  const sorted = [...items].sort((a, b) =>
    options.key(a) < options.key(b) ? -1 : options.key(a) > options.key(b) ? 1 : 0,
  );
  const rest = after === undefined ? sorted : sorted.filter((item) => options.key(item) > after);
  const slice = rest.slice(0, options.limit);
  const last = slice[slice.length - 1];
  return { items: slice, nextCursor: rest.length > options.limit && last ? encodeCursor(options.key(last)) : null };
}
