/** What a service definition declares and what startService gives it (the kit) and answers (a RunningService). */
import type mongoose from 'mongoose';
import type { Collection } from 'mongodb';
import type { ZodRawShape } from 'zod';
import type { EventCodec } from '@portal/contracts';
import type { AccessDirectory } from '../access/access-directory';
import type { WriteFilters } from '../aggregates/aggregate-document';
import type { AggregateRepository, DocumentShape } from '../aggregates/aggregate-repository';
import type { Clock } from '../clock';
import type { ServiceConfig } from '../config/config';
import type { ErrorTable } from '../domain/error-catalog';
import type { EdgeReads } from '../http/edge-reads';
import type { RouteDefinition } from '../http/route';
import type { Logger } from '../logging/logger';
import type { EventFactory } from '../messaging/event-factory';
import type { JobHandler, Scheduler } from '../scheduler/scheduler';
import type { AggregateReads } from '../store/aggregate-reads';
import type { Metrics } from './metrics';
import type { ConsumerSpec } from './subscriptions';

export interface ServiceParts {
  routes?: RouteDefinition[];
  consumers?: ConsumerSpec[];
  jobs?: Record<string, JobHandler>;
  /** Extra readiness checks (name -> ok). */
  ready?: () => Promise<Record<string, boolean>>;
  onStop?: () => Promise<void>;
  /** Seeds the service's demo data (idempotent); run after setup when DEMO_SEED=true (see demo-seed.ts). */
  demoSeed?: () => Promise<void>;
}

export interface ServiceKit<C extends ServiceConfig = ServiceConfig> {
  config: C;
  logger: Logger;
  clock: Clock;
  db: mongoose.Connection;
  /** The read pool: edge reads use it so they do not queue behind writes (see connections.ts). */
  readDb: mongoose.Connection;
  codec: EventCodec;
  events: EventFactory;
  access: AccessDirectory;
  scheduler: Scheduler;
  metrics: Metrics;
  /** By-`_id` reads for routes, cached and kept fresh by this process's writes (http/edge-reads.ts). */
  edgeReads: EdgeReads;
  /** A versioned write's filter for a service's own documents: compare-and-set on MongoDB, `{_id}` under the document lock on FerretDB. */
  writeFilters: WriteFilters;
  /** The aggregate repository over one collection; its outbox is relayed. */
  /** `shape`: how the state is laid out in its documents (default: its fields at top level). */
  aggregates<S extends object>(collectionName: string, shape?: DocumentShape<S>): AggregateRepository<S>;
  /** Clean-state queries and keyset pages over an aggregate collection, on the read pool. */
  reads<S extends object>(collectionName: string): AggregateReads<S>;
  /** A typed native collection on the write pool (read models, indexes, the service's own documents). */
  collection<T extends object>(name: string): Collection<T>;
  /** A typed native collection on the read pool (list and report queries). */
  readCollection<T extends object>(name: string): Collection<T>;
}

export interface ServiceDefinition<E extends ZodRawShape = ZodRawShape> {
  name: string;
  version?: string;
  description?: string;
  defaultPort: number;
  /** HTTP status of this service's error codes that are not 422 (409 conflicts, 403 refusals): documents them right. */
  errorStatuses?: Record<string, number>;
  /** The service's error catalog (`defineErrors`): its statuses document the routes' problems like errorStatuses. */
  errors?: ErrorTable;
  /** The service's own environment variables (zod shape keyed by variable name). */
  configExtra?: E;
  setup(kit: ServiceKit<ServiceConfig & { extra: Record<string, unknown> }>): Promise<ServiceParts>;
}

export interface RunningService {
  url: string;
  port: number;
  kit: ServiceKit<ServiceConfig & { extra: Record<string, unknown> }>;
  stop(): Promise<void>;
}

export interface StartOptions {
  config?: Partial<ServiceConfig> & { extra?: Record<string, unknown> };
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
  /** Where log lines go (tests capture them); stdout by default. */
  logDestination?: import('pino').DestinationStream;
  /** Runs on a DemoClock movable by POST /internal/clock (default: the DEMO_MODE variable). */
  demoMode?: boolean;
  /** Runs the service's demoSeed after setup (default: the DEMO_SEED variable). */
  demoSeed?: boolean;
}

/** Says which dependency failed at start, with the variable that points at it. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}
