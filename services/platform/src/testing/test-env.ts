import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import request from 'supertest';
import {
  AnyEnvelope,
  AccountSnapshot,
  dlqTopics,
  EventCodec,
  Grant,
  topicCatalog,
  UserAccessSnapshot,
} from '@portal/contracts';
import type { Clock } from '../clock';
import { DevIdentityProvider } from '../identity/dev-idp';
import { createKafka, deleteTopicsWithPrefix, ensureTopics } from '../kafka/kafka';
import { EventPublisher, MessageProducer } from '../kafka/producer';
import { RunningService, ServiceDefinition, startService } from '../runtime/service';
import { erp, erpEvent } from './erp-events';
import { TopicProbe } from './topic-probe';
import { installTestTracing } from './tracing';

export interface TestUser {
  userId: string;
  homeAccountId: string;
  email?: string;
  displayName?: string;
  locale?: string;
  userType?: 'internal' | 'external';
  status?: UserAccessSnapshot['status'];
  grants?: Grant[];
}

let versionCounter = 0;
/** Monotonic snapshot versions across a test run, so a later snapshot always wins in the projections. */
const nextVersion = () => Date.now() * 1000 + (versionCounter++ % 1000);

/**
 * One integration suite's world: its own topic prefix and databases on the real broker and database server
 * chosen by the global setup, a local identity provider, and the services under test running in-process.
 */
export class TestEnv {
  readonly erp = erp;
  readonly codec = new EventCodec();
  private readonly services: RunningService[] = [];
  private readonly probes: TopicProbe[] = [];
  private readonly databases: string[] = [];
  private publisher?: EventPublisher;
  private producer?: MessageProducer;

  private constructor(
    readonly name: string,
    readonly topicPrefix: string,
    readonly kafkaBrokers: string[],
    readonly mongoUrl: string,
    readonly idp: DevIdentityProvider,
    readonly jwksUrl: string,
  ) {}

  static async create(name: string): Promise<TestEnv> {
    const brokers = process.env.KAFKA_BROKERS;
    const mongoUrl = process.env.MONGO_URL;
    installTestTracing();
    if (!brokers || !mongoUrl)
      throw new Error('TestEnv needs KAFKA_BROKERS and MONGO_URL (the jest integration global setup provides them)');
    const slug = name
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-')
      .slice(0, 30);
    const prefix = `t-${slug}-${randomBytes(3).toString('hex')}.`;
    const kafkaBrokers = brokers.split(',');
    // Two partitions are enough to exercise keys on different partitions; a test run creates many topics.
    await ensureTopics(
      kafkaBrokers,
      [...topicCatalog, ...dlqTopics()].map((t) => ({ ...t, partitions: Math.min(t.partitions, 2) })),
      prefix,
    );
    const idp = await DevIdentityProvider.loadOrCreate({ issuer: 'http://test-idp.local', audience: 'portal' });
    const { jwksUrl } = await idp.serve(0);
    return new TestEnv(slug, prefix, kafkaBrokers, mongoUrl, idp, jwksUrl);
  }

  /** Starts a service in-process against this env (free port, own database, own topics). */
  async start(
    definition: ServiceDefinition,
    options: {
      clock?: Clock;
      extra?: Record<string, unknown>;
      database?: string;
      demoMode?: boolean;
      /** Run the service's demoSeed after setup (off unless asked). */
      demoSeed?: boolean;
      /** Capture the service's log lines (level `info` unless TEST_LOG_LEVEL says otherwise). */
      logDestination?: import('pino').DestinationStream;
    } = {},
  ): Promise<RunningService> {
    const mongoDb = options.database ?? `${this.topicPrefix.replace(/\.$/, '')}-${definition.name}`.slice(0, 60);
    if (!this.databases.includes(mongoDb)) this.databases.push(mongoDb);
    const service = await startService(definition, {
      clock: options.clock,
      logDestination: options.logDestination,
      demoMode: options.demoMode ?? false,
      demoSeed: options.demoSeed ?? false,
      env: {},
      config: {
        httpPort: 0,
        kafkaBrokers: this.kafkaBrokers,
        mongoUrl: this.mongoUrl,
        mongoDb,
        topicPrefix: this.topicPrefix,
        jwtIssuer: this.idp.issuer,
        jwtAudience: this.idp.audience,
        jwksUrl: this.jwksUrl,
        logLevel: process.env.TEST_LOG_LEVEL ?? (options.logDestination ? 'info' : 'silent'),
        extra: options.extra,
      },
    });
    this.services.push(service);
    await this.waitForGroupJoin(service);
    return service;
  }

  /** Stops one service (e.g. to restart it against the same database). */
  async stop(service: RunningService): Promise<void> {
    await service.stop();
    this.services.splice(this.services.indexOf(service), 1);
  }

  async publish(events: AnyEnvelope[]): Promise<void> {
    if (!this.publisher) {
      this.producer = new MessageProducer(createKafka(`test-${this.name}`, this.kafkaBrokers));
      await this.producer.connect();
      this.publisher = new EventPublisher(this.producer, this.codec, this.topicPrefix);
    }
    await this.publisher.publish(events);
  }

  /** Raw bytes onto a topic (poison messages, foreign producers). */
  async publishRaw(
    topic: string,
    key: string | null,
    value: Buffer,
    headers: Record<string, string> = {},
  ): Promise<void> {
    await this.publish([]);
    await this.producer!.send([{ topic: this.topicPrefix + topic, key, value, headers }]);
  }

  probe(topic: string): TopicProbe {
    const probe = new TopicProbe(
      createKafka(`probe-${this.name}`, this.kafkaBrokers),
      this.topicPrefix + topic,
      this.codec,
    );
    this.probes.push(probe);
    void probe.start();
    return probe;
  }

  /**
   * Publishes the user's access on account.events.v1 (as the account service would), waits until every running
   * service projected it, and returns a token for that user.
   */
  async tokenFor(user: TestUser): Promise<string> {
    const snapshot: UserAccessSnapshot = {
      version: nextVersion(),
      userId: user.userId,
      email: user.email ?? `${user.userId}@example.test`,
      displayName: user.displayName ?? user.userId,
      locale: user.locale ?? 'en-US',
      userType: user.userType ?? 'external',
      homeAccountId: user.homeAccountId,
      status: user.status ?? 'active',
      grants: user.grants ?? [],
    };
    const type = snapshot.status === 'disabled' ? 'UserDisabled' : 'GrantsChanged';
    const payload = type === 'UserDisabled' ? { user: snapshot, reason: null } : { user: snapshot };
    await this.publish([erpEvent(type, user.userId, user.homeAccountId, payload as never) as AnyEnvelope]);
    await this.waitForProjection('access_users', user.userId, snapshot.version);
    return this.idp.mint({
      sub: user.userId,
      email: snapshot.email,
      userType: snapshot.userType === 'internal' ? 'internal' : 'external',
    });
  }

  /** Publishes an account snapshot (features, country, resellers) and waits until the services projected it. */
  async account(accountId: string, details: Partial<Omit<AccountSnapshot, 'version'>> = {}): Promise<void> {
    const account: AccountSnapshot = {
      version: nextVersion(),
      name: accountId,
      country: 'FR',
      region: null,
      accountType: 'business',
      features: [],
      resellerAccountIds: [],
      status: 'active',
      ...details,
    };
    await this.publish([erpEvent('AccountDetailsChanged', accountId, accountId, { account })]);
    await this.waitForProjection('access_accounts', accountId, account.version);
  }

  http(service: RunningService) {
    return request(service.url);
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.services.map((s) => s.stop()));
    await Promise.allSettled(this.probes.map((p) => p.stop()));
    await this.producer?.disconnect();
    await this.idp.close();
    await deleteTopicsWithPrefix(this.kafkaBrokers, this.topicPrefix);
    const connection = await mongoose.createConnection(this.mongoUrl).asPromise();
    for (const name of this.databases)
      await connection
        .useDb(name)
        .dropDatabase()
        .catch(() => undefined);
    await connection.close();
  }

  /** Before a test acts, the service's consumer has joined its group (partitions assigned), so nothing is missed. */
  private async waitForGroupJoin(service: RunningService, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await fetch(`${service.url}/readyz`).catch(() => null);
      const body = (await res?.json().catch(() => null)) as { checks?: { consumerJoined?: boolean } } | null;
      if (body?.checks?.consumerJoined) return;
      if (Date.now() > deadline)
        throw new Error(`${service.kit.config.serviceName}: consumer did not join its group within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  private async waitForProjection(collection: string, id: string, version: number, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (const service of this.services) {
      for (;;) {
        const doc = await service.kit.db.collection(collection).findOne({ _id: id as never });
        if (doc && (doc.version as number) >= version) break;
        if (Date.now() > deadline)
          throw new Error(
            `${service.kit.config.serviceName} did not project ${collection}/${id} within ${timeoutMs} ms`,
          );
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
