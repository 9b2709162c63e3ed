import type request from 'supertest';

export interface EveryPageOptions {
  /** The caller's bearer token. */
  token: string;
  /** Query parameters sent with every page (the cursor is added). */
  query?: Record<string, string | number>;
  /** Page size asked for; each page must hold at most this many items. */
  limit?: number;
  /** A guard against a cursor that never ends. */
  maxPages?: number;
}

/**
 * Every item of a list route in the order served, following `nextCursor` from the first page to the last. A page
 * answered other than 200, or holding more than `limit` items, fails the test.
 */
export async function everyPage<T = Record<string, string>>(
  http: ReturnType<typeof request>,
  path: string,
  options: EveryPageOptions,
): Promise<{ items: T[]; pages: number }> {
  const { token, limit, maxPages = 1_000 } = options;
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res: { status: number; body: { items: T[]; nextCursor?: string | null } } = await http
      .get(path)
      .query({ ...options.query, ...(limit !== undefined ? { limit } : {}), ...(cursor ? { cursor } : {}) })
      .set('authorization', `Bearer ${token}`);
    pages++;
    if (res.status !== 200) throw new Error(`GET ${path}, page ${pages}: ${res.status} ${JSON.stringify(res.body)}`);
    if (limit !== undefined && res.body.items.length > limit)
      throw new Error(`GET ${path}, page ${pages}: ${res.body.items.length} items for limit ${limit}`);
    items.push(...res.body.items);
    cursor = res.body.nextCursor ?? null;
  } while (cursor && pages < maxPages);
  return { items, pages };
}
