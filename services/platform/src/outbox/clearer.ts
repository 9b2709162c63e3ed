import type { Collection } from 'mongodb';
import { AggregateDocument, documentLockKey } from '../aggregates/aggregate-document';
import { documentLocks } from '../aggregates/aggregate-repository';
import type { DocumentStore } from '../aggregates/document-store';
import type { Logger } from '../logging/logger';
import { UPDATES_PER_COMMAND } from '../store/bulk-writes';

/** How long without a new write before clearing starts, and how much may wait before it starts regardless. */
const IDLE_MS = 1000;
const MAX_BACKLOG = 100_000;
/** One update command per step: a write that comes meanwhile waits for one command at most. */
const DOCUMENTS_PER_STEP = UPDATES_PER_COMMAND;
/**
 * Clearing takes at most a quarter of the time: each step is followed by a pause three times as long. After a burst
 * of 5,000 new orders there are 5,000 documents to clear (no next write drops their entries), 125 commands of 40
 * updates; on FerretDB each update is a transaction, and clearing them back to back held the database for ~20 s
 * while the other services were still catching up (their reads by `_id` took ~24 ms instead of ~1 ms).
 */
const PAUSE_PER_STEP = 3;

/**
 * Removes published entries from aggregate documents at low priority. On FerretDB every update is its own SQLite
 * transaction, so clearing each document right after publishing costs as much as the state write itself. Instead
 * the next write of the aggregate drops its published entries for free (DocumentStore.next), and this clears the
 * rest once writes pause (or when too many wait). Safe whenever it runs: an entry left in a document after a crash
 * is found on its topic by the relay's start-up sweep and not sent again.
 */
export class OutboxClearer {
  private readonly due = new Map<Collection<AggregateDocument>, Set<string>>();
  private lastBusy = 0;
  private lastStepMs = 0;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly store: DocumentStore,
    private readonly logger: Logger,
  ) {}

  /** Writes are happening: wait before clearing. */
  busy(): void {
    this.lastBusy = Date.now();
  }

  get writing(): boolean {
    return Date.now() - this.lastBusy < IDLE_MS;
  }

  add(collection: Collection<AggregateDocument>, id: string): void {
    if (!this.due.has(collection)) this.due.set(collection, new Set());
    this.due.get(collection)!.add(id);
    this.schedule();
  }

  get backlog(): number {
    let n = 0;
    for (const ids of this.due.values()) n += ids.size;
    return n;
  }

  /** Clears these documents now, under their locks. */
  async clearNow(collection: Collection<AggregateDocument>, ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += DOCUMENTS_PER_STEP) {
      const slice = ids.slice(i, i + DOCUMENTS_PER_STEP);
      for (const id of slice) this.due.get(collection)?.delete(id);
      await documentLocks.runAll(
        slice.map((id) => documentLockKey(collection, id)),
        () => this.store.clearPublished(collection, slice),
      );
    }
  }

  /** Shutdown: clears everything that waits, so a restart has nothing to reconcile. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    for (const [collection, ids] of this.due) await this.clearNow(collection, [...ids]);
  }

  private schedule(): void {
    if (this.timer || this.running || this.stopped) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        const idle = Date.now() - this.lastBusy >= IDLE_MS;
        if (!idle && this.backlog < MAX_BACKLOG) return this.schedule();
        const started = performance.now();
        this.running = this.step()
          .catch((error) => this.logger.warn({ err: error }, 'clearing published outbox entries failed'))
          .finally(() => {
            this.lastStepMs = performance.now() - started;
            this.running = undefined;
            if (this.backlog > 0) this.schedule();
          });
      },
      Math.max(IDLE_MS / 4, PAUSE_PER_STEP * this.lastStepMs),
    );
  }

  private async step(): Promise<void> {
    for (const [collection, ids] of this.due) {
      if (ids.size === 0) continue;
      await this.clearNow(collection, [...ids].slice(0, DOCUMENTS_PER_STEP));
      return;
    }
  }
}
