import type { Kafka } from 'kafkajs';
import type { Collection } from 'mongodb';
import type { AggregateDocument } from '../aggregates/aggregate-repository';
import type { DeadLetter } from '../kafka/dead-letters';
import type { Logger } from '../logging/logger';
import { BacklogMonitor } from './backlog-monitor';
import { ConsumerLagMonitor } from './lag-monitor';
import type { Metrics } from './metrics';

export interface ServiceMonitors {
  lag: ConsumerLagMonitor;
  backlog: BacklogMonitor;
  stop(): Promise<void>;
}

/**
 * The periodic measurements behind the gauges of state held elsewhere: consumer lag from the broker, outbox
 * backlog and dead letters from the database. Intervals: LAG_METRICS_INTERVAL_MS (15 s) and
 * BACKLOG_METRICS_INTERVAL_MS (60 s, a count is a full scan on FerretDB).
 */
export function startMonitors(options: {
  kafka: Kafka;
  group: string;
  topics: string[];
  topicPrefix: string;
  aggregates: () => Map<string, Collection<AggregateDocument>>;
  deadLetters: Collection<DeadLetter>;
  metrics: Metrics;
  logger: Logger;
  /** The service is writing: database counts wait (see BacklogMonitor). */
  busy?: () => boolean;
  env?: NodeJS.ProcessEnv;
}): ServiceMonitors {
  const env = options.env ?? process.env;
  const lag = new ConsumerLagMonitor({ ...options, intervalMs: interval(env.LAG_METRICS_INTERVAL_MS, 15_000) });
  const backlog = new BacklogMonitor({ ...options, intervalMs: interval(env.BACKLOG_METRICS_INTERVAL_MS, 60_000) });
  lag.start();
  backlog.start();
  return { lag, backlog, stop: async () => void (await Promise.all([lag.stop(), backlog.stop()])) };
}

function interval(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return raw && Number.isFinite(value) && value >= 100 ? value : fallback;
}
