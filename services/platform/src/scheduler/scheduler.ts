import { randomUUID } from 'node:crypto';
import type { Collection } from 'mongodb';
import { compareAndSet, WriteFilters } from '../aggregates/aggregate-repository';
import type { Clock } from '../clock';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../runtime/metrics';
import { backoffDelay, RetryPolicy } from '../kafka/retry';
import { DueEntry, DueQueue } from './due-queue';
import { JobClaim, JobClaims } from './job-claims';
import { JobDocuments, JobStatus, JobToSchedule, ScheduledJob } from './job-documents';

export type { JobStatus, JobToSchedule, ScheduledJob } from './job-documents';

export type JobHandler = (job: ScheduledJob) => Promise<void>;

export interface SchedulerOptions {
  /** Where claims go (a collection of their own: they are inserted and deleted by `_id`). */
  claims: Collection<JobClaim>;
  /** `lockedById` on FerretDB (the in-process lock guards writes), compare-and-set on MongoDB. */
  filters?: WriteFilters;
  /**
   * True when this process is the only runner (FerretDB: one replica per service). Its queue then knows every
   * pending job: `replan` looks only there, and the resync is a rare safety net. Otherwise `replan` also asks the
   * database by `_id` range (index-served on MongoDB) for jobs other replicas planned.
   */
  oneReplica?: boolean;
  /** How often the whole pending set is re-read (default 30 s, 10 min with `oneReplica`). */
  resyncMs?: number;
  /** Jobs fired at once. */
  concurrency?: number;
  leaseMs?: number;
}

const retryPolicy: RetryPolicy = { attempts: 8, initialDelayMs: 1000, maxDelayMs: 10 * 60_000 };
const MAX_BACKOFF_MS = 30_000;
/** A job still waiting this long after its due time counts as overdue (scheduled_jobs_overdue). */
const OVERDUE_AFTER_MS = 60_000;
/** The backlog gauges walk every known job: refreshed this often, not on every 100 ms pass. */
const BACKLOG_REPORT_MS = 5_000;
/** Jobs stored by the scheduler before claims existed were marked running while they ran; one left so is due. */
const LEGACY_RUNNING = 'running';
const runnable = (status: string) => status === 'pending' || status === LEGACY_RUNNING;

/**
 * Durable time-based work, every database access by `_id`: jobs are documents with caller-chosen ids; this
 * process keeps the pending ones in an in-memory due queue (loaded at start, fed by its own writes, re-read slowly
 * for jobs other replicas planned); a due job is claimed by inserting a claim document (a unique insert: one
 * replica wins), re-read, run, and its outcome written. A failing handler is retried with backoff. Due-ness
 * follows the injected clock; leases follow the wall clock. Handlers make their effect idempotent with the job id
 * (a job runs again only if its runner died mid-run, after the lease).
 */
export class Scheduler {
  private readonly owner = randomUUID();
  private readonly queue = new DueQueue();
  /** Claimed elsewhere: looked at again (wall clock) when that lease ends. */
  private readonly held = new Map<string, { entry: DueEntry; until: number }>();
  private readonly claims: JobClaims;
  private readonly docs: JobDocuments;
  private draining: Promise<number> = Promise.resolve(0);
  private timer?: NodeJS.Timeout;
  private resyncTimer?: NodeJS.Timeout;
  private started = false;
  private ticking = false;
  private again = false;
  private failures = 0;
  private backlogReportedAt = 0;
  private pollMs = 100;
  /** Set while a drain waits for a free slot: a job planned due now starts without waiting for the drain to end. */
  private planned?: () => void;

  constructor(
    readonly collection: Collection<ScheduledJob>,
    private readonly handlers: Record<string, JobHandler>,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly metrics: Metrics,
    private readonly options: SchedulerOptions,
  ) {
    this.claims = new JobClaims(options.claims, this.owner, options.leaseMs ?? 60_000);
    this.docs = new JobDocuments(collection, options.filters ?? compareAndSet);
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ status: 1, dueAt: 1 });
  }

  /** Loads the pending jobs, then fires due ones every `pollMs` (at once when this process plans a due job). */
  async start(pollMs = 100): Promise<void> {
    this.pollMs = pollMs;
    await this.resync();
    this.started = true;
    this.timer = setTimeout(() => void this.tick(), 0);
    this.resyncTimer = setInterval(
      () =>
        void this.resync().catch((error) => this.logger.warn({ err: error }, 'scheduler resync failed, will retry')),
      this.options.resyncMs ?? (this.options.oneReplica ? 10 * 60_000 : 30_000),
    );
    this.resyncTimer.unref();
  }

  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    clearInterval(this.resyncTimer);
    await this.draining.catch(() => undefined);
  }

  /** Plans a job; the same id re-plans it (new date, new payload) unless it already fired. */
  async schedule(job: JobToSchedule): Promise<void> {
    const fields = { kind: job.kind, dueAt: job.dueAt, payload: job.payload as Record<string, unknown> };
    await this.docs.locked(job.id, async () => {
      const fresh = { _id: job.id, ...fields, status: 'pending' as const, attempts: 0, version: 1 };
      if (await this.docs.insertNew({ ...fresh, lastError: null, firedAt: null })) {
        this.queue.put({ id: job.id, dueAt: job.dueAt.getTime(), rev: 1, kind: job.kind });
        return;
      }
      const set = { ...fields, status: 'pending' as const, attempts: 0, lastError: null };
      const version = await this.docs.rewrite(job.id, ['pending', 'cancelled'], set);
      if (version !== null) this.queue.put({ id: job.id, dueAt: job.dueAt.getTime(), rev: version, kind: job.kind });
    });
    if (job.dueAt.getTime() <= this.clock.now().getTime()) this.wake();
  }

  async cancel(id: string): Promise<void> {
    await this.docs.locked(id, async () => {
      const version = await this.docs.rewrite(id, ['pending', LEGACY_RUNNING as JobStatus], { status: 'cancelled' });
      if (version !== null) this.queue.drop(id);
    });
  }

  /**
   * Makes the pending jobs under `idPrefix` exactly `jobs`: the others are cancelled, these (re)planned. Used when
   * a date that jobs hang on moves, so none fires for the old date and none is lost for the new one.
   */
  async replan(idPrefix: string, jobs: JobToSchedule[]): Promise<void> {
    const keep = new Set(jobs.map((j) => j.id));
    const known = new Set([
      ...this.queue.idsWithPrefix(idPrefix),
      ...[...this.held.keys()].filter((id) => id.startsWith(idPrefix)),
    ]);
    if (!this.options.oneReplica) {
      const range = { _id: { $gte: idPrefix, $lt: `${idPrefix}\uffff` }, status: 'pending' as const };
      for await (const { _id } of this.collection.find(range, { projection: { _id: 1 } })) known.add(_id);
    }
    for (const id of known) if (!keep.has(id)) await this.cancel(id);
    for (const job of jobs) await this.schedule(job);
  }

  async get(id: string): Promise<ScheduledJob | null> {
    return this.collection.findOne({ _id: id });
  }

  /** Fires every job due at clock.now() (after any run in progress); returns how many ran. */
  runDue(): Promise<number> {
    this.draining = this.draining.catch(() => 0).then(() => this.drain());
    return this.draining;
  }

  /** Re-reads the pending set (a scan, hence slow and rare): jobs other replicas planned or re-planned. */
  async resync(): Promise<void> {
    const pending = this.collection.find({ status: { $in: ['pending', LEGACY_RUNNING] } } as never, {
      projection: { _id: 1, dueAt: 1, version: 1, kind: 1 },
    }) as AsyncIterable<Pick<ScheduledJob, '_id' | 'dueAt' | 'version' | 'kind'>>;
    for await (const job of pending)
      this.queue.put({ id: job._id, dueAt: job.dueAt.getTime(), rev: job.version ?? 0, kind: job.kind });
  }

  /**
   * Runs due jobs, up to `concurrency` at once, until none is due. A slot that frees, or a job planned due
   * meanwhile (`wake`), starts the next due job at once: a job never waits for the slowest of an earlier group.
   */
  private async drain(): Promise<number> {
    let fired = 0;
    let infraError: unknown;
    const running = new Set<Promise<void>>();
    for (;;) {
      const wallNow = Date.now();
      for (const [id, { entry, until }] of this.held)
        if (until <= wallNow) {
          this.held.delete(id);
          this.queue.put(entry);
        }
      const free = (this.options.concurrency ?? 8) - running.size;
      const due = infraError || free <= 0 ? [] : this.queue.takeDue(this.clock.now().getTime(), free);
      for (const entry of due) {
        const run: Promise<void> = this.fire(entry)
          .then(
            (ran) => void (ran && fired++),
            (error) => {
              infraError = error; // the database is unreachable: look at this job again after a pause
              this.held.set(entry.id, { entry, until: Date.now() + 1000 });
            },
          )
          .finally(() => running.delete(run));
        running.add(run);
      }
      if (running.size === 0) {
        if (infraError) throw infraError;
        return fired;
      }
      await Promise.race([...running, new Promise<void>((resolve) => (this.planned = resolve))]);
      this.planned = undefined;
    }
  }

  /** Claims, re-reads, runs and records one job; false when it was not this process's to run. */
  private async fire(entry: DueEntry): Promise<boolean> {
    const claim = await this.claims.claim(entry.id, entry.rev);
    if (!claim.won) {
      this.held.set(entry.id, { entry, until: claim.retryAt });
      return false;
    }
    try {
      const found = await this.collection.findOne({ _id: entry.id });
      if (!found || !runnable(found.status)) return false;
      const job = { ...found, version: found.version ?? 0 };
      if (job.version !== entry.rev || job.dueAt.getTime() > this.clock.now().getTime()) {
        this.queue.put({ id: job._id, dueAt: job.dueAt.getTime(), rev: job.version, kind: job.kind });
        return false;
      }
      await this.run({ ...job, attempts: job.attempts + 1 });
      return true;
    } finally {
      await this.claims.release(claim.ids);
    }
  }

  private async run(job: ScheduledJob): Promise<void> {
    const handler = this.handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(job);
      await this.record(job, { status: 'done', attempts: job.attempts, firedAt: this.clock.now() });
      this.metrics.jobsFired.inc({ kind: job.kind, outcome: 'done' });
    } catch (error) {
      const last = job.attempts >= retryPolicy.attempts;
      this.logger.warn(
        { err: error, job: job._id, attempts: job.attempts },
        last ? 'job failed for good' : 'job failed, will retry',
      );
      const dueAt = new Date(this.clock.now().getTime() + backoffDelay(retryPolicy, job.attempts));
      const status = last ? 'failed' : 'pending';
      await this.record(job, { status, dueAt, attempts: job.attempts, lastError: (error as Error).message });
      this.metrics.jobsFired.inc({ kind: job.kind, outcome: last ? 'failed' : 'retry' });
    }
  }

  /** Writes the outcome of a run, unless this process re-planned the job meanwhile (then the new plan stands). */
  private async record(job: ScheduledJob, set: Partial<ScheduledJob>): Promise<void> {
    await this.docs.locked(job._id, async () => {
      if ((this.queue.get(job._id)?.rev ?? 0) > job.version) return;
      const version = job.version + 1;
      if (!(await this.docs.writeAt(job._id, job.version, { ...set, version }))) return;
      this.queue.drop(job._id, job.version); // a resync may have re-read the revision that just ran
      if (set.status === 'pending')
        this.queue.put({ id: job._id, dueAt: set.dueAt!.getTime(), rev: version, kind: job.kind });
    });
  }

  /** Looks for due jobs now instead of at the next poll. */
  private wake(): void {
    if (!this.started) return;
    if (this.ticking) {
      this.again = true;
      this.planned?.();
      return;
    }
    clearTimeout(this.timer);
    void this.tick();
  }

  private reportBacklog(): void {
    if (Date.now() - this.backlogReportedAt < BACKLOG_REPORT_MS) return;
    this.backlogReportedAt = Date.now();
    this.metrics.reportJobBacklog(this.queue.backlog(this.clock.now().getTime(), OVERDUE_AFTER_MS));
  }

  /** The background loop: never lets a failure escape, backs off while the database is unreachable. */
  private async tick(): Promise<void> {
    this.ticking = true;
    let delay = this.pollMs;
    try {
      do {
        this.again = false;
        await this.runDue();
      } while (this.again && this.started);
      this.reportBacklog();
      this.failures = 0;
    } catch (error) {
      this.failures++;
      delay = Math.min(this.pollMs * 2 ** this.failures, MAX_BACKOFF_MS);
      this.logger.warn({ err: error, retryInMs: delay }, 'scheduler cannot reach the database, backing off');
    } finally {
      this.ticking = false;
      if (this.started) this.timer = setTimeout(() => void this.tick(), delay);
    }
  }
}
