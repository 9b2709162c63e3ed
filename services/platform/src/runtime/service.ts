import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Collection } from 'mongodb';
import { confluentRegistry, dlqTopicName, EventCodec } from '@portal/contracts';
import { AccessDirectory } from '../access/access-directory';
import {
  AggregateDocument,
  AggregateRepository,
  compareAndSet,
  type DocumentShape,
  lockedById,
} from '../aggregates/aggregate-repository';
import { DemoClock, systemClock } from '../clock';
import { loadConfig } from '../config/config';
import { createEdge } from '../http/edge';
import { EdgeReads } from '../http/edge-reads';
import { IdempotencyKeys } from '../http/idempotency';
import { ConsumerRunner } from '../kafka/consumer';
import { DeadLetter, DeadLetterStore } from '../kafka/dead-letters';
import { createKafka, ensureTopics } from '../kafka/kafka';
import { MessageProducer } from '../kafka/producer';
import { createLogger } from '../logging/logger';
import { EventFactory } from '../messaging/event-factory';
import { DecisionBatch } from '../aggregates/decision-batch';
import { DocumentCache } from '../aggregates/document-cache';
import { DocumentStore } from '../aggregates/document-store';
import { publishedEventIds } from '../outbox/published-on-topic';
import { OutboxRelay } from '../outbox/relay';
import { JobHandler, Scheduler } from '../scheduler/scheduler';
import { shutdownTelemetry } from '../telemetry/shutdown';
import { timedHandlers } from './handler-timing';
import { ingestionPacer } from './ingestion-pacer';
import { countCommands, openConnections } from './connections';
import { createMetrics } from './metrics';
import { guardProcess } from './process-guard';
import { dependencyChecks, watchConnection } from './readiness';
import { startMonitors } from './monitors';
import { AggregateReads } from '../store/aggregate-reads';
import { demoSeedFrom } from './demo-seed';
import { subscribedTopics } from './subscriptions';
import { DEMO_CLOCK_ERROR_STATUSES, demoClockRoutes, demoModeFrom, restoreDemoClock } from './demo-clock';

export type { ConsumerSpec } from './subscriptions';
export type { RunningService, ServiceDefinition, ServiceKit, ServiceParts, StartOptions } from './service-definition';
export { StartupError } from './service-definition';
import type { RunningService, ServiceDefinition, ServiceKit, StartOptions } from './service-definition';
import { StartupError } from './service-definition';

/**
 * Wires one service: MongoDB, Kafka producer, outbox relay, consumer (its handler tables + the access
 * projection), scheduler, HTTP edge. `stop()` is the graceful shutdown: stop taking requests and messages, finish
 * in-flight work, flush the outbox, commit offsets, close connections.
 */
export async function startService(definition: ServiceDefinition, options: StartOptions = {}): Promise<RunningService> {
  const loaded = loadConfig(definition.name, {
    defaultPort: definition.defaultPort,
    extra: definition.configExtra,
    env: options.env,
  });
  const config = { ...loaded, ...options.config, extra: { ...loaded.extra, ...(options.config?.extra ?? {}) } };
  const logger = createLogger(definition.name, config.logLevel, options.logDestination);
  const demoMode = demoModeFrom(options.env ?? process.env, options.demoMode);
  const clock = demoMode ? new DemoClock(options.clock ?? systemClock) : (options.clock ?? systemClock);
  const metrics = createMetrics(definition.name);

  const connections = await openConnections(config).catch((error: Error) => {
    throw new StartupError(
      `${definition.name}: cannot reach MongoDB at MONGO_URL=${config.mongoUrl}: ${error.message}`,
    );
  });
  const { db, readDb } = connections;
  const filters = connections.ferretDb ? lockedById : compareAndSet;
  watchConnection(db, logger);
  watchConnection(readDb, logger);
  countCommands(db, 'write', metrics.dbCommands);
  countCommands(readDb, 'read', metrics.dbCommands);
  const kafka = createKafka(definition.name, config.kafkaBrokers, logger);
  const producer = new MessageProducer(kafka);
  await producer.connect().catch(async (error: Error) => {
    await connections.close();
    throw new StartupError(
      `${definition.name}: cannot reach Kafka at KAFKA_BROKERS=${config.kafkaBrokers.join(',')}: ${error.message}`,
    );
  });
  await ensureTopics(config.kafkaBrokers, [{ name: dlqTopicName(definition.name), partitions: 1 }], config.topicPrefix);

  const codec = new EventCodec(
    config.schemaRegistryUrl ? { confluent: confluentRegistry(config.schemaRegistryUrl) } : {},
  );
  const collection = <T extends object>(name: string) => db.collection(name) as unknown as Collection<T>;
  const aggregateCollections = new Map<string, Collection<AggregateDocument>>();
  const edgeReads = new EdgeReads();
  const store = new DocumentStore(
    new DocumentCache(),
    filters,
    (name, id) => relay.notify(name, id),
    (key, doc) => edgeReads.written(key, doc),
  );
  const relay = new OutboxRelay({
    collections: () => aggregateCollections,
    leases: collection('relay_leases'),
    store,
    producer,
    publishedSince: (topic, since) => publishedEventIds(kafka, codec, config.topicPrefix + topic, since),
    topicPrefix: config.topicPrefix,
    clock,
    logger,
    metrics,
  });
  const readCollection = <T extends object>(name: string) => readDb.collection(name) as unknown as Collection<T>;
  const access = new AccessDirectory(collection('access_users'), collection('access_accounts'), {
    users: readCollection('access_users'),
    accounts: readCollection('access_accounts'),
  });
  const jobs: Record<string, JobHandler> = {};
  const scheduler = new Scheduler(collection('scheduled_jobs'), jobs, clock, logger, metrics, {
    claims: collection('scheduled_job_claims'),
    filters,
    oneReplica: connections.ferretDb, // FerretDB: one replica per service (see README)
  });
  const deadLetters = new DeadLetterStore(collection('dead_letters'));

  const kit: ServiceKit<typeof config> = {
    config,
    logger,
    clock,
    db,
    readDb,
    codec,
    metrics,
    access,
    scheduler,
    events: new EventFactory(clock),
    edgeReads,
    writeFilters: filters,
    aggregates<S extends object>(name: string, shape?: DocumentShape<S>) {
      if (!aggregateCollections.has(name)) aggregateCollections.set(name, collection<AggregateDocument>(name));
      const reads = readCollection<AggregateDocument>(name);
      return new AggregateRepository<S>(
        aggregateCollections.get(name)!,
        codec,
        clock,
        store,
        (id, toState) => edgeReads.aggregate(reads, id, toState),
        shape,
      );
    },
    reads: <S extends object>(name: string) => new AggregateReads<S>(readCollection<AggregateDocument>(name)),
    collection,
    readCollection,
  };

  const demoClock = {
    demoMode,
    clock,
    offsets: collection<{ _id: string; offsetMs: number }>('demo_clock'),
    runDue: () => scheduler.runDue(),
    logger,
  };
  await restoreDemoClock(demoClock);
  const parts = await definition.setup(kit);
  const consumerTopics = await Promise.resolve()
    .then(() => subscribedTopics(definition.name, parts.consumers ?? []))
    .catch(async (error: Error) => {
      await producer.disconnect();
      await connections.close();
      throw new StartupError(error.message);
    });
  if (parts.demoSeed && demoSeedFrom(options.env ?? process.env, options.demoSeed)) {
    await parts.demoSeed();
    logger.info('demo data seeded');
  }
  Object.assign(jobs, parts.jobs ?? {});
  await Promise.all([access.ensureIndexes(), scheduler.ensureIndexes(), deadLetters.ensureIndexes()]);

  const consumer = new ConsumerRunner({
    kafka,
    group: definition.name,
    topics: consumerTopics,
    handlers: timedHandlers([access.handlers, ...(parts.consumers ?? []).map((c) => c.handlers)], metrics),
    codec,
    decisions: new DecisionBatch({ store, events: kit.events, codec, clock }),
    producer,
    deadLetters,
    clock,
    logger,
    metrics,
    topicPrefix: config.topicPrefix,
    onJoin: () => relay.sweepSoon(),
  });

  relay.start();
  ingestionPacer.start(config.ingestYieldMaxMs);
  await consumer.start();
  await scheduler.start();
  const monitors = startMonitors({
    kafka,
    group: definition.name,
    topics: consumerTopics,
    topicPrefix: config.topicPrefix,
    // Counting is a full scan on FerretDB: on the read pool, so it never holds the one write connection.
    aggregates: () => new Map([...aggregateCollections.keys()].map((name) => [name, readCollection(name)])),
    deadLetters: readCollection<DeadLetter>('dead_letters'),
    busy: () => relay.busy,
    metrics,
    logger,
    env: options.env,
  });

  const dependencies = dependencyChecks({ mongoUrl: config.mongoUrl, kafkaBrokers: config.kafkaBrokers });
  const app = createEdge({
    service: { name: definition.name, version: definition.version ?? '1.0.0', description: definition.description },
    routes: [...(parts.routes ?? []), ...demoClockRoutes(demoClock)],
    errorStatuses: { ...DEMO_CLOCK_ERROR_STATUSES, ...definition.errors?.statuses, ...definition.errorStatuses },
    auth: {
      issuer: config.jwtIssuer,
      audience: config.jwtAudience,
      jwksUrl: config.jwksUrl,
      algorithms: config.jwtAlgorithms,
      maxLifetimeSeconds: config.jwtMaxLifetimeSeconds,
      clockSkewSeconds: config.jwtClockSkewSeconds,
    },
    access,
    clock,
    logger,
    metrics,
    idempotency: new IdempotencyKeys(collection('idempotency_keys')),
    ready: metrics.trackReadiness(async () => ({
      ...(await dependencies.check()),
      consumerJoined: consumer.isJoined(),
      ...(parts.ready ? await parts.ready() : {}),
    })),
  });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app
      .listen(config.httpPort, config.httpHost, () => resolve(s))
      .once('error', (error) =>
        reject(new StartupError(`${definition.name}: cannot listen on HTTP_PORT=${config.httpPort}: ${error.message}`)),
      );
  });
  server.keepAliveTimeout = config.httpKeepAliveTimeoutSeconds * 1000;
  // Above the keep-alive timeout, or a request arriving on a connection about to idle out could be cut off.
  server.headersTimeout = server.keepAliveTimeout + 1000;
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, topics: consumerTopics }, `${definition.name} ready`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info('stopping');
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await consumer.stop();
      ingestionPacer.stop();
      await monitors.stop();
      await scheduler.stop();
      await relay.stop();
      await parts.onStop?.();
      await producer.disconnect();
      await dependencies.close();
      await connections.close();
      logger.info('stopped');
    })());

  return { url: `http://127.0.0.1:${port}`, port, kit, stop };
}

/** The whole of a main.ts: start, stop gracefully on SIGTERM/SIGINT, exit 1 with a clear message if start fails. */
export function runMain(definition: ServiceDefinition): void {
  startService(definition)
    .then((running) => {
      guardProcess(running.kit.logger, running.stop);
      const shutdown = (signal: string) => {
        running.kit.logger.info({ signal }, 'shutdown requested');
        running.stop().then(
          () => shutdownTelemetry().then(() => process.exit(0)),
          (error) => {
            running.kit.logger.error({ err: error }, 'shutdown failed');
            void shutdownTelemetry().then(() => process.exit(1));
          },
        );
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
    })
    .catch((error: Error) => {
      console.error(error.name === 'ConfigError' || error.name === 'StartupError' ? error.message : error);
      void shutdownTelemetry().then(() => process.exit(1));
    });
}
