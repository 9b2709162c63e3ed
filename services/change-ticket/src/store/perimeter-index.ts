import type { Collection } from 'mongodb';
import { documentLocks, isDuplicateKey } from '@portal/platform';
import { compareAndSet, type WriteFilters } from '@portal/platform/src/aggregates/aggregate-document';
import type { Perimeter } from '../domain/inventory-from-orders';
import {
  applyToPage,
  decodeKey,
  type ElementSummary,
  firstPageId,
  inRange,
  pageIndexOf,
  PAGE_SIZE,
  type PageRef,
  type PageWrite,
} from './perimeter-pages';
import { writePages } from './perimeter-page-writes';

export type { ElementSummary } from './perimeter-pages';

/** A perimeter's head: its pages in element-id order with their counts (small whatever the perimeter's size). */
export interface PerimeterDocument {
  _id: string;
  accountId: string;
  name: string;
  version: number;
  pages: PageRef[];
}

/** One page of a perimeter's elements, keyed by (encoded) element id. */
export interface PerimeterPageDocument {
  _id: string;
  perimeterId: string;
  elements: Record<string, ElementSummary>;
}

/** The perimeters of one account. */
export interface AccountPerimetersDocument {
  _id: string;
  perimeterIds: string[];
}

export interface PerimeterView {
  id: string;
  accountId: string;
  name: string;
  elementCount: number;
}

/** Element changes of one perimeter: a summary, or null to take the element out. */
export type PerimeterChanges = Map<string, ElementSummary | null>;

/** A perimeter document from before pages: every element in one map. */
interface LegacyElements {
  elements?: Record<string, ElementSummary>;
}

interface MergedWrite {
  perimeter: Perimeter | null;
  changes: PerimeterChanges;
  waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }>;
}

export interface PerimeterCollections {
  heads: Collection<PerimeterDocument>;
  pages: Collection<PerimeterPageDocument>;
  accounts: Collection<AccountPerimetersDocument>;
}

const ATTEMPTS = 20;

/**
 * The inventory's read model, kept with the element writes: per perimeter a small head listing its pages, each
 * page at most PAGE_SIZE elements (kind, active) of an id range; per account its perimeters. Every read and write
 * is by `_id` (any other filter makes FerretDB decode the whole collection), and FerretDB rewrites a whole
 * document on every update, so a write rewrites one page and the head whatever the perimeter's size (one document
 * per perimeter took 12.7 s per update at 15,000 elements).
 *
 * A write reads the head, reads and writes the pages it touches, then moves the head to its next version (a
 * compare-and-set on MongoDB; on FerretDB, one replica, the in-process document lock serializes the writers); a
 * writer that lost the race does it again from a fresh read (page writes are idempotent field sets). A page split
 * writes the new pages before the head names them and removes the moved elements from the old page after, and
 * readers keep only the keys inside a page's range, so a crash at any point lists every element exactly once.
 */
export class PerimeterIndex {
  /** Per perimeter, the changes waiting for its next write (see change). */
  private readonly nextWrite = new Map<string, MergedWrite>();

  constructor(
    private readonly writes: PerimeterCollections,
    /** The same collections on the read pool, for what routes read. */
    private readonly reads: PerimeterCollections = writes,
    private readonly filters: WriteFilters = compareAndSet,
    /** Elements per page at most (tests set a small one to split often). */
    private readonly pageSize = PAGE_SIZE,
  ) {}

  /** Records the elements' summaries in their perimeter; resolves once they are stored. */
  record(perimeter: Perimeter, elements: Array<{ id: string } & ElementSummary>): Promise<void> {
    return this.change(
      perimeter.id,
      perimeter,
      new Map(elements.map((e) => [e.id, { kind: e.kind, active: e.active }])),
    );
  }

  /**
   * Applies element changes to a perimeter (`perimeter` names it when it may be new; null: only where it exists).
   * Calls that arrive while the perimeter is being written are merged into its next write.
   */
  change(perimeterId: string, perimeter: Perimeter | null, changes: PerimeterChanges): Promise<void> {
    if (changes.size === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const pending = this.nextWrite.get(perimeterId);
      const write: MergedWrite = pending ?? { perimeter, changes: new Map(), waiters: [] };
      write.perimeter ??= perimeter;
      for (const [id, summary] of changes) write.changes.set(id, summary); // a later call is the newer one
      write.waiters.push({ resolve, reject });
      if (pending) return;
      this.nextWrite.set(perimeterId, write);
      this.locked(perimeterId, async () => {
        this.nextWrite.delete(perimeterId); // later calls start the next merged write
        await this.store(perimeterId, write.perimeter, write.changes);
      }).then(
        () => write.waiters.forEach((w) => w.resolve()),
        (error) => write.waiters.forEach((w) => w.reject(error)),
      );
    });
  }

  /** Takes elements out of a perimeter (their order moved to another contract). */
  forget(perimeterId: string, elementIds: string[]): Promise<void> {
    return this.change(perimeterId, null, new Map(elementIds.map((id) => [id, null])));
  }

  /** Writes the changes (under the perimeter's lock). */
  private async store(perimeterId: string, perimeter: Perimeter | null, changes: PerimeterChanges): Promise<void> {
    const { heads } = this.writes;
    // Loaded on the read pool (an acknowledged write is visible there), so they do not queue behind the writes.
    const { heads: headReads, pages } = this.reads;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const head = await headReads.findOne({ _id: perimeterId });
      if (!head && !perimeter) return; // nothing to take out of a perimeter never written
      const refs = head?.pages ?? [{ id: firstPageId(perimeterId), from: '', count: 0, active: 0 }];
      const byPage = new Map<number, PerimeterChanges>();
      for (const [id, summary] of changes) {
        const index = pageIndexOf(refs, id);
        byPage.set(index, (byPage.get(index) ?? new Map()).set(id, summary));
      }
      const touched = [...byPage.keys()];
      const stored = await Promise.all(touched.map((i) => pages.findOne({ _id: refs[i]!.id })));
      const replaced = new Map<number, PageRef[]>();
      const pageWrites: PageWrite[] = [];
      const cleanUps: Array<{ id: string; keys: string[] }> = [];
      touched.forEach((index, k) => {
        const result = applyToPage(
          perimeterId,
          refs,
          index,
          stored[k]?.elements ?? {},
          byPage.get(index)!,
          this.pageSize,
        );
        replaced.set(index, result.refs);
        pageWrites.push(...result.writes);
        if (result.cleanUp.length) cleanUps.push({ id: refs[index]!.id, keys: result.cleanUp });
      });
      const next = refs.flatMap((ref, index) => replaced.get(index) ?? [ref]);
      // Nothing to write, and the head's counts already say so (a writer that lost the head to another after
      // writing its pages finds them written, and must still move the head's counts).
      if (head && pageWrites.length === 0 && JSON.stringify(next) === JSON.stringify(refs)) return;
      await writePages(this.writes.pages, perimeterId, pageWrites);
      if (!head) {
        // Listed in its account first: a stop before the head is written leaves an entry the lists skip, never a
        // perimeter its account does not list.
        await this.listInAccount(perimeter!);
        const { id: _id, ...fields } = perimeter!;
        const inserted = await heads
          .insertOne({ _id: perimeterId, ...fields, version: 1, pages: next })
          .then(() => true)
          .catch((error) => {
            if (isDuplicateKey(error)) return false; // another replica created it: again from its head
            throw error;
          });
        if (inserted) return;
        continue;
      }
      const moved = await heads.updateOne(this.filters.atVersion(perimeterId, head.version), {
        $set: { pages: next, version: head.version + 1 },
      });
      if (moved.matchedCount === 0) continue; // another replica moved the head: again from a fresh read
      await writePages(
        this.writes.pages,
        perimeterId,
        cleanUps.map(({ id, keys }) => ({ id, set: {}, unset: keys, created: false })),
      );
      return;
    }
    throw new Error(`perimeter ${perimeterId}: too many concurrent writers`);
  }

  private async listInAccount(perimeter: Perimeter) {
    const { accounts } = this.writes;
    await documentLocks.run(`${accounts.dbName}/${accounts.collectionName}/${perimeter.accountId}`, () =>
      accounts.updateOne({ _id: perimeter.accountId }, { $addToSet: { perimeterIds: perimeter.id } }, { upsert: true }),
    );
  }

  /**
   * Splits the perimeters stored as one document (before pages) into pages, once, at start: pages first, then the
   * head is replaced, so a stop half-way leaves a legacy head that the next start splits again.
   */
  async splitLegacyPerimeters(): Promise<number> {
    const { heads } = this.writes;
    const legacy = (await heads.find({ pages: { $exists: false } } as never).toArray()) as unknown as Array<
      Omit<PerimeterDocument, 'pages' | 'version'> & LegacyElements
    >;
    for (const doc of legacy) {
      const ids = Object.keys(doc.elements ?? {}).sort((a, b) => (decodeKey(a) < decodeKey(b) ? -1 : 1));
      const refs: PageRef[] = [];
      const writes: PageWrite[] = [];
      for (let i = 0; i < ids.length || i === 0; i += this.pageSize / 2) {
        const piece = ids.slice(i, i + this.pageSize / 2);
        const id = i === 0 ? firstPageId(doc._id) : `${doc._id}:legacy-${i}`;
        refs.push({
          id,
          from: i === 0 ? '' : decodeKey(piece[0]!),
          count: piece.length,
          active: piece.filter((k) => doc.elements![k]!.active).length,
        });
        writes.push({
          id,
          set: Object.fromEntries(piece.map((k) => [k, doc.elements![k]!])),
          unset: [],
          created: true,
        });
      }
      await this.locked(doc._id, async () => {
        await writePages(this.writes.pages, doc._id, writes);
        await heads.replaceOne({ _id: doc._id }, { accountId: doc.accountId, name: doc.name, version: 1, pages: refs });
      });
    }
    return legacy.length;
  }

  async isEmpty(): Promise<boolean> {
    return (await this.writes.heads.findOne({})) === null;
  }

  async perimeter(perimeterId: string): Promise<PerimeterDocument | null> {
    return this.reads.heads.findOne({ _id: perimeterId });
  }

  async ofAccounts(accountIds: string[]): Promise<PerimeterView[]> {
    const accounts = await Promise.all(accountIds.map((id) => this.reads.accounts.findOne({ _id: id })));
    const ids = [...new Set(accounts.flatMap((a) => a?.perimeterIds ?? []))];
    const heads = await Promise.all(ids.map((id) => this.reads.heads.findOne({ _id: id })));
    return heads
      .filter((h): h is PerimeterDocument => h !== null && h.pages.some((p) => p.count > 0))
      .map((h) => ({
        id: h._id,
        accountId: h.accountId,
        name: h.name,
        elementCount: h.pages.reduce((sum, p) => sum + p.active, 0),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /**
   * Ids of the perimeter's active elements of `kinds` (all kinds when absent) after `after`, ascending, one page
   * document at a time from the page that holds the cursor: a caller stops reading once it has enough.
   */
  async *activeIds(head: PerimeterDocument, options: { kinds?: string[]; after?: string }): AsyncGenerator<string[]> {
    const refs = head.pages;
    for (let index = options.after ? pageIndexOf(refs, options.after) : 0; index < refs.length; index++) {
      if (refs[index]!.active === 0) continue;
      const page = await this.reads.pages.findOne({ _id: refs[index]!.id });
      yield Object.entries(page?.elements ?? {})
        .filter(([, e]) => e.active && (!options.kinds || options.kinds.includes(e.kind)))
        .map(([key]) => decodeKey(key))
        .filter((id) => inRange(refs, index, id) && (!options.after || id > options.after))
        .sort();
    }
  }

  private locked<T>(perimeterId: string, fn: () => Promise<T>) {
    const { heads } = this.writes;
    return documentLocks.run(`${heads.dbName}/${heads.collectionName}/${perimeterId}`, fn);
  }
}
