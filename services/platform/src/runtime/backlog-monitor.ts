import type { Collection } from 'mongodb';
import type { AggregateDocument } from '../aggregates/aggregate-repository';
import type { DeadLetter } from '../kafka/dead-letters';
import type { Logger } from '../logging/logger';
import type { Metrics } from './metrics';
import { PeriodicTask } from './periodic';

export interface BacklogMonitorOptions {
  /** The aggregate collections whose outbox the relay publishes (read at each measurement: they register lazily). */
  aggregates: () => Map<string, Collection<AggregateDocument>>;
  deadLetters: Collection<DeadLetter>;
  /** The consumer group whose dead letters are counted (the service name). */
  group: string;
  metrics: Metrics;
  logger: Logger;
  /** Default 60 s: on FerretDB any filter other than an exact _id decodes every document of the collection. */
  intervalMs?: number;
  /** True while the service is writing (ingesting): the count is skipped, for at most MAX_DEFERRAL_MS. */
  busy?: () => boolean;
}

export interface BacklogSample {
  outbox: Record<string, number>;
  deadLetters: Record<string, number>;
}

// Counting is a full scan on FerretDB (measured: 15 s for 20,000 documents on a busy 2-core machine), so the counts
// take at most this share of the time: a slow count pushes the next one further away.
const MAX_DUTY_CYCLE = 0.05;
// Always reported, even at zero, so an alert on them sees a value rather than nothing.
const ALWAYS_REPORTED = ['dead', 'parked'];
// A full scan while a burst is being ingested takes FerretDB's CPU from the writes (measured: a 190 s count during
// a 20,000-order burst cut ingestion five-fold), so counting waits for a pause in the writes, but not forever.
const MAX_DEFERRAL_MS = 10 * 60_000;

/**
 * What is waiting, counted where it waits: aggregate documents still holding unpublished events
 * (`outboxPendingSince` set) and the dead-letter store by status. A count is a full scan on FerretDB, so it runs
 * once a minute at most, less often when counting is slow, and is skipped while the service is writing (for ten
 * minutes at most). The relay's own bookkeeping is not used: it only knows what this process wrote.
 */
export class BacklogMonitor {
  private readonly task: PeriodicTask;

  constructor(private readonly options: BacklogMonitorOptions) {
    this.task = new PeriodicTask(
      options.intervalMs ?? 60_000,
      async () => {
        if (options.busy?.() && Date.now() - this.measuredAt < MAX_DEFERRAL_MS) return;
        await this.measure().catch((error) => options.logger.warn({ err: error }, 'backlog measurement failed'));
      },
      MAX_DUTY_CYCLE,
    );
  }

  private measuredAt = Date.now();

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  async measure(): Promise<BacklogSample> {
    const { metrics, group } = this.options;
    const endTimer = metrics.backlogMeasurement.startTimer();
    const outbox: Record<string, number> = {};
    for (const [name, collection] of this.options.aggregates()) {
      outbox[name] = await collection.countDocuments({ outboxPendingSince: { $ne: null } });
    }
    const byStatus = await this.options.deadLetters
      .aggregate<{ _id: string; count: number }>([
        { $match: { group } },
        { $group: { _id: '$status', count: { $sum: 1 } } },
      ])
      .toArray();
    const deadLetters: Record<string, number> = Object.fromEntries(ALWAYS_REPORTED.map((status) => [status, 0]));
    for (const { _id, count } of byStatus) deadLetters[_id] = count;

    for (const [collection, count] of Object.entries(outbox)) metrics.outboxBacklog.set({ collection }, count);
    metrics.deadLetterStore.reset();
    for (const [status, count] of Object.entries(deadLetters)) metrics.deadLetterStore.set({ group, status }, count);
    endTimer();
    this.measuredAt = Date.now();
    return { outbox, deadLetters };
  }
}
