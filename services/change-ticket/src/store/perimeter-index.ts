import type { Collection } from 'mongodb';
import { documentLocks } from '@portal/platform';
import type { Perimeter } from '../domain/inventory-from-orders';

/** What a perimeter's list needs to know of an element without reading it. */
export interface ElementSummary {
  kind: string;
  active: boolean;
}

/** One perimeter with every element it holds, keyed by (encoded) element id. */
export interface PerimeterDocument {
  _id: string;
  accountId: string;
  name: string;
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

// Field names may not contain '.' nor start with '$'; element ids come from ERP order numbers.
const encodeKey = (id: string) => id.replace(/%/g, '%25').replace(/\./g, '%2E').replace(/^\$/, '%24');
const decodeKey = (key: string) => decodeURIComponent(key);

/**
 * The inventory's read model, kept with the element writes: per perimeter its elements (kind, active), per account
 * its perimeters. Every read and write is by `_id`, so answering "the perimeters of these accounts" or "the
 * elements of this perimeter" costs the same however many orders the inventory holds (a filter on `perimeterId`
 * or `accountId` makes FerretDB decode the whole collection). Writes to one document are serialized in-process
 * (FerretDB's updates are read-then-write); on MongoDB `$set` of distinct fields is atomic anyway.
 */
interface MergedWrite {
  perimeter: Perimeter;
  summaries: Map<string, ElementSummary>;
  waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }>;
}

export class PerimeterIndex {
  /** Per perimeter, the summaries waiting for its next write (see record). */
  private readonly nextWrite = new Map<string, MergedWrite>();

  constructor(
    private readonly perimeters: Collection<PerimeterDocument>,
    private readonly accounts: Collection<AccountPerimetersDocument>,
    /** The same collections on the read pool, for what routes read. */
    private readonly reads = { perimeters, accounts },
  ) {}

  /**
   * Records the elements' summaries in their perimeter; resolves once they are stored. A perimeter document holds
   * every element of the perimeter, and FerretDB reads and rewrites a whole document on every update (measured:
   * 2.7 s for a read and an update of a 3,000-element perimeter on a busy machine), so the calls that arrive while
   * a perimeter is being written are merged into its next write: one read and one update for all of them (an ERP
   * burst of one account's orders otherwise rewrites the same growing document once per order).
   */
  record(perimeter: Perimeter, elements: Array<{ id: string } & ElementSummary>): Promise<void> {
    if (elements.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const pending = this.nextWrite.get(perimeter.id);
      const write: MergedWrite = pending ?? { perimeter, summaries: new Map(), waiters: [] };
      // Calls for one element come from one order, one after the other: a later summary is the newer one.
      for (const e of elements) write.summaries.set(encodeKey(e.id), { kind: e.kind, active: e.active });
      write.waiters.push({ resolve, reject });
      if (pending) return;
      this.nextWrite.set(perimeter.id, write);
      this.locked(this.perimeters, perimeter.id, async () => {
        this.nextWrite.delete(perimeter.id); // later calls start the next merged write
        return this.store(write.perimeter, [...write.summaries]);
      })
        .then(async (created) => {
          if (created)
            await this.locked(this.accounts, perimeter.accountId, () =>
              this.accounts.updateOne(
                { _id: perimeter.accountId },
                { $addToSet: { perimeterIds: perimeter.id } },
                { upsert: true },
              ),
            );
        })
        .then(
          () => write.waiters.forEach((w) => w.resolve()),
          (error) => write.waiters.forEach((w) => w.reject(error)),
        );
    });
  }

  /** One read and at most one write of the perimeter document (under its lock); answers whether it was created. */
  private async store(perimeter: Perimeter, summaries: Array<[string, ElementSummary]>): Promise<boolean> {
    const current = await this.perimeters.findOne({ _id: perimeter.id });
    if (!current) {
      const inserted = await this.perimeters
        .insertOne({ ...withoutId(perimeter), _id: perimeter.id, elements: Object.fromEntries(summaries) })
        .then(() => true)
        .catch((error) => {
          if ((error as { code?: number }).code !== 11000) throw error;
          return false; // another replica created it: fall through to the field update
        });
      if (inserted) return true;
    }
    const changed = summaries.filter(([key, s]) => {
      const known = current?.elements[key];
      return !known || known.kind !== s.kind || known.active !== s.active;
    });
    if (changed.length > 0)
      await this.perimeters.updateOne(
        { _id: perimeter.id },
        { $set: Object.fromEntries(changed.map(([key, s]) => [`elements.${key}`, s])) },
      );
    return false;
  }

  /** Takes elements out of a perimeter (their order moved to another contract). */
  async forget(perimeterId: string, elementIds: string[]): Promise<void> {
    if (elementIds.length === 0) return;
    await this.locked(this.perimeters, perimeterId, () =>
      this.perimeters.updateOne(
        { _id: perimeterId },
        { $unset: Object.fromEntries(elementIds.map((id) => [`elements.${encodeKey(id)}`, ''])) },
      ),
    );
  }

  async isEmpty(): Promise<boolean> {
    return (await this.perimeters.findOne({})) === null;
  }

  async perimeter(perimeterId: string): Promise<PerimeterDocument | null> {
    return this.reads.perimeters.findOne({ _id: perimeterId });
  }

  async ofAccounts(accountIds: string[]): Promise<PerimeterView[]> {
    const accounts = await Promise.all(accountIds.map((id) => this.reads.accounts.findOne({ _id: id })));
    const ids = [...new Set(accounts.flatMap((a) => a?.perimeterIds ?? []))];
    const docs = await Promise.all(ids.map((id) => this.reads.perimeters.findOne({ _id: id })));
    return docs
      .filter((d): d is PerimeterDocument => d !== null && Object.keys(d.elements).length > 0)
      .map((d) => ({
        id: d._id,
        accountId: d.accountId,
        name: d.name,
        elementCount: Object.values(d.elements).filter((e) => e.active).length,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** Ids of the perimeter's active elements of `kinds` (all kinds when absent) after `after`, ascending. */
  static activeIds(doc: PerimeterDocument, options: { kinds?: string[]; after?: string }): string[] {
    return Object.entries(doc.elements)
      .filter(([, e]) => e.active && (!options.kinds || options.kinds.includes(e.kind)))
      .map(([key]) => decodeKey(key))
      .filter((id) => !options.after || id > options.after)
      .sort();
  }

  private locked<D extends { _id: string }, T>(collection: Collection<D>, id: string, fn: () => Promise<T>) {
    return documentLocks.run(`${collection.dbName}/${collection.collectionName}/${id}`, fn);
  }
}

const withoutId = ({ id: _id, ...rest }: Perimeter) => rest;
