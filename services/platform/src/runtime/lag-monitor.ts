import type { Admin, Kafka } from 'kafkajs';
import type { Logger } from '../logging/logger';
import type { Metrics } from './metrics';
import { PeriodicTask } from './periodic';

export interface PartitionLag {
  topic: string;
  partition: number;
  /** The group's committed offset, or null when it has committed nothing on this partition yet. */
  committed: string | null;
  highWatermark: string;
  lag: number;
}

export interface LagMonitorOptions {
  kafka: Kafka;
  /** The consumer group and topics as the service names them; the prefix is added for the broker. */
  group: string;
  topics: string[];
  topicPrefix?: string;
  metrics: Metrics;
  logger: Logger;
  intervalMs?: number;
}

/**
 * Consumer lag as the broker sees it: for every partition of the group's topics, the high watermark minus the
 * group's committed offset (minus the earliest retained offset when the group has committed nothing), read with the
 * admin API every interval. Unlike a figure taken from the last batch a consumer happened to fetch, it keeps
 * growing while the consumer is stuck, crashed or not running at all. Every replica reports the same group lag, so
 * dashboards and alerts take the max over replicas.
 */
export class ConsumerLagMonitor {
  private admin?: Admin;
  private readonly task: PeriodicTask;
  private readonly prefix: string;

  constructor(private readonly options: LagMonitorOptions) {
    this.prefix = options.topicPrefix ?? '';
    this.task = new PeriodicTask(options.intervalMs ?? 15_000, async () => {
      try {
        await this.measure();
      } catch (error) {
        options.metrics.lagMeasurementErrors.inc();
        options.logger.warn({ err: error }, 'consumer lag measurement failed');
        await this.disconnect();
      }
    });
  }

  start(): void {
    this.task.start();
  }

  /** Does not hold up a shutdown while the broker is unreachable: the measurement in flight is abandoned after 3 s. */
  async stop(): Promise<void> {
    await this.task.stop(3000);
    await this.disconnect();
  }

  /** Reads committed offsets and high watermarks now, updates `kafka_consumer_lag` and answers what it found. */
  async measure(): Promise<PartitionLag[]> {
    const admin = await this.connected();
    const groupId = this.prefix + this.options.group;
    const topics = this.options.topics.map((topic) => this.prefix + topic);
    const committed = await admin.fetchOffsets({ groupId, topics });
    const lags: PartitionLag[] = [];
    for (const topic of topics) {
      const offsets = await admin.fetchTopicOffsets(topic);
      const byPartition = new Map(
        (committed.find((c) => c.topic === topic)?.partitions ?? []).map((p) => [p.partition, p.offset]),
      );
      for (const { partition, high, low } of offsets) {
        const offset = byPartition.get(partition);
        const hasCommitted = offset !== undefined && Number(offset) >= 0;
        lags.push({
          topic: topic.slice(this.prefix.length),
          partition,
          committed: hasCommitted ? offset : null,
          highWatermark: high,
          lag: Math.max(0, Number(high) - (hasCommitted ? Number(offset) : Number(low))),
        });
      }
    }
    const gauge = this.options.metrics.consumerLag;
    for (const { topic, partition, lag } of lags) {
      gauge.set({ group: this.options.group, topic, partition: String(partition) }, lag);
    }
    return lags;
  }

  private async connected(): Promise<Admin> {
    if (!this.admin) {
      // Few retries: a measurement that fails is counted and simply taken again at the next interval.
      const admin = this.options.kafka.admin({ retry: { retries: 2 } });
      await admin.connect();
      this.admin = admin;
    }
    return this.admin;
  }

  private async disconnect(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.disconnect().catch(() => undefined);
  }
}
