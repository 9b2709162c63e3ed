import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { ingestionPacer } from './ingestion-pacer';

/** Jobs of one kind whose due time has passed and that have not run yet; overdue: due for longer than the grace. */
export interface JobBacklogReport {
  kind: string;
  due: number;
  overdue: number;
}

/**
 * The Prometheus series an SRE reads for one service; one registry per service instance. Gauges of state that
 * lives elsewhere (consumer lag, outbox backlog, dead letters) are measured at the source by the monitors in this
 * folder, never derived from what this process happened to see.
 */
export function createMetrics(service: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const jobsDue = new Gauge({
    name: 'scheduled_jobs_due',
    help: 'Scheduled jobs past their due time and not run yet, as the scheduler last saw them',
    labelNames: ['kind'],
    registers: [registry],
  });
  const jobsOverdue = new Gauge({
    name: 'scheduled_jobs_overdue',
    help: 'Scheduled jobs due for longer than the scheduler allows (it is behind or their handler keeps failing)',
    labelNames: ['kind'],
    registers: [registry],
  });
  let readiness: (() => Promise<Record<string, boolean>>) | undefined;
  new Gauge({
    name: 'service_ready',
    help: '1 when a readiness check passes, per check: what /readyz answers, computed at each scrape',
    labelNames: ['check'],
    registers: [registry],
    async collect() {
      if (!readiness) return;
      const checks = await readiness().catch(() => ({ readiness: false }));
      this.reset();
      for (const [check, ok] of Object.entries(checks)) this.set({ check }, ok ? 1 : 0);
    },
  });
  new Gauge({
    name: 'ingestion_rest_seconds',
    help: 'The rest ingestion takes after each time slice now, so the edge keeps up (0 while the edge is on time)',
    registers: [registry],
    collect() {
      this.set(ingestionPacer.restMs / 1000);
    },
  });
  let restedReported = 0;
  new Counter({
    name: 'ingestion_rested_seconds_total',
    help: 'Time ingestion spent resting between its time slices because the edge was slowed',
    registers: [registry],
    collect() {
      const rested = ingestionPacer.restedMs;
      this.inc((rested - restedReported) / 1000);
      restedReported = rested;
    },
  });
  return {
    registry,
    /** Makes the readiness checks a metric too (alerts see a service that stays unready); returns them unchanged. */
    trackReadiness(checks: () => Promise<Record<string, boolean>>) {
      readiness = checks;
      return checks;
    },
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    consumerLag: new Gauge({
      name: 'kafka_consumer_lag',
      help: "Messages between the consumer group's committed offset and the partition's high watermark (admin API)",
      labelNames: ['group', 'topic', 'partition'],
      registers: [registry],
    }),
    lagMeasurementErrors: new Counter({
      name: 'kafka_consumer_lag_measurement_errors_total',
      help: 'Lag measurements that failed (broker unreachable, group unknown)',
      registers: [registry],
    }),
    eventsConsumed: new Counter({
      name: 'events_consumed_total',
      help: 'Events handled successfully',
      labelNames: ['event_type'],
      registers: [registry],
    }),
    handlerDuration: new Histogram({
      name: 'event_handler_duration_seconds',
      help: 'Time one handler took for one delivery attempt of an event',
      labelNames: ['topic', 'event_type', 'outcome'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
      registers: [registry],
    }),
    dbCommands: new Histogram({
      name: 'db_command_duration_seconds',
      help: 'Database commands by pool (write: writes and the reads deciding them; read: edge and ingestion reads) and command name, timed from sent to answered',
      labelNames: ['pool', 'command'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers: [registry],
    }),
    handlerErrors: new Counter({
      name: 'handler_errors_total',
      help: 'Handler attempts that threw',
      labelNames: ['event_type'],
      registers: [registry],
    }),
    deadLetters: new Counter({
      name: 'dead_letters_total',
      help: 'Messages sent to the dead-letter topic',
      labelNames: ['topic'],
      registers: [registry],
    }),
    parkedMessages: new Counter({
      name: 'parked_messages_total',
      help: 'Messages parked behind a dead letter of the same key',
      labelNames: ['topic'],
      registers: [registry],
    }),
    deadLetterStore: new Gauge({
      name: 'dead_letter_store_messages',
      help: "Messages in the service's dead-letter store by status (dead, parked, replay-requested, ...), counted in the database",
      labelNames: ['group', 'status'],
      registers: [registry],
    }),
    eventsPublished: new Counter({
      name: 'events_published_total',
      help: 'Events published from the outbox',
      labelNames: ['topic'],
      registers: [registry],
    }),
    outboxBacklog: new Gauge({
      name: 'outbox_backlog',
      help: 'Aggregate documents holding events not yet published, counted in the database',
      labelNames: ['collection'],
      registers: [registry],
    }),
    backlogMeasurement: new Gauge({
      name: 'backlog_measurement_duration_seconds',
      help: 'How long the last outbox and dead-letter count took (a full scan on FerretDB; it sets how often they run)',
      registers: [registry],
    }),
    jobsFired: new Counter({
      name: 'scheduled_jobs_fired_total',
      help: 'Scheduled jobs run',
      labelNames: ['kind', 'outcome'],
      registers: [registry],
    }),
    /** For the scheduler, after each poll: replaces the due/overdue gauges with what it found. */
    reportJobBacklog(reports: JobBacklogReport[]): void {
      jobsDue.reset();
      jobsOverdue.reset();
      for (const { kind, due, overdue } of reports) {
        jobsDue.set({ kind }, due);
        jobsOverdue.set({ kind }, overdue);
      }
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
