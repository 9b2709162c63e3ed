import { randomUUID } from 'node:crypto';

/** What a perimeter's list needs to know of an element without reading it. */
export interface ElementSummary {
  kind: string;
  active: boolean;
}

/**
 * One page of a perimeter: the elements whose ids fall in [from, next page's from). The head lists the pages in
 * `from` order, so a keyset page of the list reads the head and then only the pages from the cursor on.
 */
export interface PageRef {
  id: string;
  /** Lowest element id the page may hold ('' for the first page). */
  from: string;
  count: number;
  active: number;
}

/** Elements per page at most: an update rewrites one page of ~10 KB whatever the perimeter's size. */
export const PAGE_SIZE = 200;

// Field names may not contain '.' nor start with '$'; element ids come from ERP order numbers.
export const encodeKey = (id: string) => id.replace(/%/g, '%25').replace(/\./g, '%2E').replace(/^\$/, '%24');
export const decodeKey = (key: string) => decodeURIComponent(key);

export const firstPageId = (perimeterId: string) => `${perimeterId}:0`;
const newPageId = (perimeterId: string) => `${perimeterId}:${randomUUID().slice(0, 8)}`;

/** Index of the page whose range holds `id` (pages sorted by `from`, the first from ''). */
export function pageIndexOf(pages: PageRef[], id: string): number {
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pages[mid]!.from <= id) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether an element id belongs to page `index` (a key outside is left over from a split and not listed). */
export const inRange = (pages: PageRef[], index: number, id: string) =>
  id >= pages[index]!.from && (index + 1 >= pages.length || id < pages[index + 1]!.from);

export interface PageWrite {
  /** Fields set and unset on an existing page (or the whole content of a new one). */
  id: string;
  set: Record<string, ElementSummary>;
  unset: string[];
  /** A page created by a split: written whole (its id is new, so no other writer knows it yet). */
  created: boolean;
}

/**
 * Applies element changes (summary, or null: taken out) to one page's stored content. Keys outside the page's
 * range (left by a split whose clean-up did not run) are dropped. A page past PAGE_SIZE is split into halves: the
 * first keeps the page's id, the others get new ids. Answers the page refs that replace it, the writes to make
 * before the head moves (`writes`) and the leftovers to remove once it has (`cleanUp`).
 */
export function applyToPage(
  perimeterId: string,
  pages: PageRef[],
  index: number,
  stored: Record<string, ElementSummary>,
  changes: Map<string, ElementSummary | null>,
  pageSize = PAGE_SIZE,
): { refs: PageRef[]; writes: PageWrite[]; cleanUp: string[] } {
  const page = pages[index]!;
  const content = new Map<string, ElementSummary>();
  const stale: string[] = [];
  for (const [key, summary] of Object.entries(stored))
    if (inRange(pages, index, decodeKey(key))) content.set(key, summary);
    else stale.push(key);
  const set: Record<string, ElementSummary> = {};
  const unset: string[] = [...stale];
  for (const [id, summary] of changes) {
    const key = encodeKey(id);
    if (summary) {
      const known = content.get(key);
      if (!known || known.kind !== summary.kind || known.active !== summary.active) set[key] = summary;
      content.set(key, summary);
    } else if (content.delete(key)) unset.push(key); // a stale key is in `unset` already
  }
  if (content.size <= pageSize)
    return {
      refs: [{ id: page.id, from: page.from, ...counts(content.values()) }],
      writes: Object.keys(set).length + unset.length > 0 ? [{ id: page.id, set, unset, created: false }] : [],
      cleanUp: [],
    };
  // Split: sorted by element id, in pieces of half a page, so the next inserts have room on either side.
  const sorted = [...content.entries()].sort(([a], [b]) => (decodeKey(a) < decodeKey(b) ? -1 : 1));
  const half = Math.max(1, Math.floor(pageSize / 2));
  const refs: PageRef[] = [];
  const writes: PageWrite[] = [];
  const moved: string[] = [];
  for (let i = 0; i < sorted.length; i += half) {
    const piece = sorted.slice(i, i + half);
    if (i === 0) {
      refs.push({ id: page.id, from: page.from, ...counts(piece.map(([, s]) => s)) });
      writes.push({ id: page.id, set, unset, created: false });
    } else {
      const id = newPageId(perimeterId);
      refs.push({ id, from: decodeKey(piece[0]![0]), ...counts(piece.map(([, s]) => s)) });
      writes.push({ id, set: Object.fromEntries(piece), unset: [], created: true });
      moved.push(...piece.map(([key]) => key));
    }
  }
  return { refs, writes, cleanUp: moved };
}

const counts = (summaries: Iterable<ElementSummary>) => {
  let count = 0;
  let active = 0;
  for (const s of summaries) {
    count++;
    if (s.active) active++;
  }
  return { count, active };
};
