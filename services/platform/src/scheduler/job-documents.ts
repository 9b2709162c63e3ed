import { isDuplicateKey } from '../aggregates/aggregate-document';
import type { Collection } from 'mongodb';
import { documentLocks, WriteFilters } from '../aggregates/aggregate-repository';

export type JobStatus = 'pending' | 'done' | 'cancelled' | 'failed';

export interface ScheduledJob<P = Record<string, unknown>> {
  _id: string;
  kind: string;
  dueAt: Date;
  payload: P;
  status: JobStatus;
  /** Attempts made; inside a handler, including the one running. */
  attempts: number;
  /** Bumped by every write: names the revision a claim is for, and is the compare-and-set on MongoDB. */
  version: number;
  lastError: string | null;
  firedAt: Date | null;
}

export interface JobToSchedule<P = Record<string, unknown>> {
  id: string;
  kind: string;
  dueAt: Date;
  payload: P;
}

/**
 * The job documents, written only by `_id`: under the in-process per-document lock, with the version as
 * compare-and-set where the server makes it one (MongoDB; on FerretDB the lock alone guards the write).
 */
export class JobDocuments {
  constructor(
    private readonly collection: Collection<ScheduledJob>,
    private readonly filters: WriteFilters,
  ) {}

  locked<T>(id: string, fn: () => Promise<T>): Promise<T> {
    return documentLocks.run(`${this.collection.dbName}/${this.collection.collectionName}/${id}`, fn);
  }

  /** False when a job with this id exists already. */
  async insertNew(job: ScheduledJob): Promise<boolean> {
    try {
      await this.collection.insertOne(job);
      return true;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      return false;
    }
  }

  /** Writes `set` if the job is in one of `from`; returns the new version, or null when it was not. */
  async rewrite(id: string, from: JobStatus[], set: Partial<ScheduledJob>): Promise<number | null> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const current = await this.collection.findOne({ _id: id }, { projection: { status: 1, version: 1 } });
      if (!current || !from.includes(current.status)) return null;
      const version = (current.version ?? 0) + 1;
      if (await this.writeAt(id, current.version ?? 0, { ...set, version })) return version;
    }
    throw new Error(`job ${id}: too many concurrent writers`);
  }

  /** Writes `set` if the job is still at `version`; version 0 also matches a job stored before jobs had versions. */
  async writeAt(id: string, version: number, set: Partial<ScheduledJob>): Promise<boolean> {
    const filter: Record<string, unknown> = this.filters.atVersion(id, version);
    if (version === 0 && 'version' in filter) filter.version = { $in: [0, null] };
    const result = await this.collection.updateOne(filter as never, { $set: set });
    return result.matchedCount > 0;
  }
}
