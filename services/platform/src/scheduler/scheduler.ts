import { randomUUID } from 'node:crypto';
import type { Collection } from 'mongodb';
import type { Clock } from '../clock';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../runtime/metrics';
import { backoffDelay, RetryPolicy } from '../kafka/retry';

export type JobStatus = 'pending' | 'running' | 'done' | 'cancelled' | 'failed';

export interface ScheduledJob<P = Record<string, unknown>> {
  _id: string;
  kind: string;
  dueAt: Date;
  payload: P;
  status: JobStatus;
  attempts: number;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  lastError: string | null;
  firedAt: Date | null;
}

export interface JobToSchedule<P = Record<string, unknown>> {
  id: string;
  kind: string;
  dueAt: Date;
  payload: P;
}

export type JobHandler = (job: ScheduledJob) => Promise<void>;

const LEASE_MS = 60_000;
const retryPolicy: RetryPolicy = { attempts: 8, initialDelayMs: 1000, maxDelayMs: 10 * 60_000 };

/**
 * Durable time-based work: due items in MongoDB, claimed with a lease so one replica fires each item, retried
 * with backoff when the handler throws, re-claimable when a process died mid-run. Due-ness follows the injected
 * clock; leases follow the wall clock. Handlers make their effect idempotent with the job id.
 */
export class Scheduler {
  private readonly owner = randomUUID();
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    readonly collection: Collection<ScheduledJob>,
    private readonly handlers: Record<string, JobHandler>,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly metrics: Metrics,
  ) {}

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ status: 1, dueAt: 1 });
  }

  start(pollMs = 1000): void {
    this.timer = setInterval(() => {
      this.running ??= this.runDue().finally(() => (this.running = undefined));
    }, pollMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Plans a job; the same id re-plans it (new date, new payload) unless it already fired. */
  async schedule(job: JobToSchedule): Promise<void> {
    await this.collection
      .updateOne(
        { _id: job.id, status: { $in: ['pending', 'cancelled'] } },
        {
          $set: {
            kind: job.kind,
            dueAt: job.dueAt,
            payload: job.payload as Record<string, unknown>,
            status: 'pending',
            attempts: 0,
            lastError: null,
          },
        },
      )
      .then(async (result) => {
        if (result.matchedCount > 0) return;
        await this.collection
          .insertOne({
            _id: job.id,
            kind: job.kind,
            dueAt: job.dueAt,
            payload: job.payload as Record<string, unknown>,
            status: 'pending',
            attempts: 0,
            leaseOwner: null,
            leaseUntil: null,
            lastError: null,
            firedAt: null,
          })
          .catch((error) => {
            if ((error as { code?: number }).code !== 11000) throw error;
          }); // fired already: leave it
      });
  }

  async cancel(id: string): Promise<void> {
    await this.collection.updateOne({ _id: id, status: 'pending' }, { $set: { status: 'cancelled' } });
  }

  /**
   * Makes the pending jobs under `idPrefix` exactly `jobs`: the others are cancelled, these (re)planned. Used when
   * a date that jobs hang on moves, so none fires for the old date and none is lost for the new one.
   */
  async replan(idPrefix: string, jobs: JobToSchedule[]): Promise<void> {
    const keep = new Set(jobs.map((j) => j.id));
    const pending = await this.collection.find({ status: 'pending' }, { projection: { _id: 1 } }).toArray();
    for (const { _id } of pending) if (_id.startsWith(idPrefix) && !keep.has(_id)) await this.cancel(_id);
    for (const job of jobs) await this.schedule(job);
  }

  async get(id: string): Promise<ScheduledJob | null> {
    return this.collection.findOne({ _id: id });
  }

  /** Fires every job due at clock.now(), one at a time; returns how many ran. */
  async runDue(): Promise<number> {
    let fired = 0;
    for (;;) {
      const job = await this.claimNext();
      if (!job) return fired;
      fired++;
      await this.fire(job);
    }
  }

  private async claimNext(): Promise<ScheduledJob | null> {
    const wallNow = new Date();
    return this.collection.findOneAndUpdate(
      {
        $or: [
          { status: 'pending', dueAt: { $lte: this.clock.now() } },
          { status: 'running', leaseUntil: { $lt: wallNow } },
        ],
      },
      {
        $set: { status: 'running', leaseOwner: this.owner, leaseUntil: new Date(wallNow.getTime() + LEASE_MS) },
        $inc: { attempts: 1 },
      },
      { sort: { dueAt: 1 }, returnDocument: 'after' },
    );
  }

  private async fire(job: ScheduledJob): Promise<void> {
    const handler = this.handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(job);
      await this.collection.updateOne(
        { _id: job._id, leaseOwner: this.owner },
        { $set: { status: 'done', firedAt: this.clock.now(), leaseOwner: null, leaseUntil: null } },
      );
      this.metrics.jobsFired.inc({ kind: job.kind, outcome: 'done' });
    } catch (error) {
      const last = job.attempts >= retryPolicy.attempts;
      this.logger.warn(
        { err: error, job: job._id, attempts: job.attempts },
        last ? 'job failed for good' : 'job failed, will retry',
      );
      await this.collection.updateOne(
        { _id: job._id, leaseOwner: this.owner },
        {
          $set: {
            status: last ? 'failed' : 'pending',
            dueAt: new Date(this.clock.now().getTime() + backoffDelay(retryPolicy, job.attempts)),
            lastError: (error as Error).message,
            leaseOwner: null,
            leaseUntil: null,
          },
        },
      );
      this.metrics.jobsFired.inc({ kind: job.kind, outcome: last ? 'failed' : 'retry' });
    }
  }
}
