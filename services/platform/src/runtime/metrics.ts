import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The Prometheus series an SRE reads for one service; one registry per service instance. */
export function createMetrics(service: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    consumerLag: new Gauge({
      name: 'kafka_consumer_lag',
      help: 'Messages behind the end of the partition',
      labelNames: ['topic', 'partition'],
      registers: [registry],
    }),
    eventsConsumed: new Counter({
      name: 'events_consumed_total',
      help: 'Events handled successfully',
      labelNames: ['event_type'],
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
    eventsPublished: new Counter({
      name: 'events_published_total',
      help: 'Events published from the outbox',
      labelNames: ['topic'],
      registers: [registry],
    }),
    outboxBacklog: new Gauge({
      name: 'outbox_backlog',
      help: 'Aggregates written with events the relay has not published yet',
      registers: [registry],
    }),
    jobsFired: new Counter({
      name: 'scheduled_jobs_fired_total',
      help: 'Scheduled jobs run',
      labelNames: ['kind', 'outcome'],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
