// The whole platform for a benchmark: the five services as real processes (tsx, as `npm start` runs them) on the
// shared broker and database, under a topic prefix and databases of their own, with a dev identity provider.
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import mongoose from 'mongoose';
import { AnyEnvelope, dlqTopics, EventCodec, topicCatalog, UserAccessSnapshot } from '@portal/contracts';
import { createKafka, DevIdentityProvider, ensureTopics, EventPublisher, MessageProducer } from '@portal/platform';
import { deleteTopicsWithPrefix } from '@portal/platform/src/kafka/kafka';
import { erpEvent, until as waitUntil } from '@portal/platform/src/testing';
import { ensureLocalInfra, LocalInfra, stopLocalInfra } from '../../../deploy/local/infra';
import { repoRoot } from '../../../deploy/local/paths';
import { serviceArgs } from '../../../deploy/local/service-build';
import { serviceProcessEnv } from '../../../deploy/local/service-node-options';

export const serviceNames = ['order', 'change-ticket', 'licensing', 'notification', 'account'] as const;
export type ServiceName = (typeof serviceNames)[number];

export interface BenchPlatform {
  prefix: string;
  kafkaBrokers: string[];
  urls: Record<ServiceName, string>;
  pids: Record<ServiceName, number>;
  database(service: ServiceName): string;
  publish(events: AnyEnvelope[]): Promise<void>;
  /** Publishes the user's access (as the account service would) and waits until every service projected it. */
  tokenFor(user: Omit<UserAccessSnapshot, 'version' | 'locale' | 'displayName'>): Promise<string>;
  mint(userId: string, email: string): Promise<string>;
  /** Resident set size of each service process, MiB. */
  rss(): Record<ServiceName, ResidentMemory>;
  stop(): Promise<void>;
}

/**
 * A process's resident memory, MiB: `total` (VmRSS) is `anon` (its heap, stacks, buffers: its own) plus `file`
 * (mapped files, mostly the node binary's pages, which every node process on the machine shares).
 */
export interface ResidentMemory {
  total: number;
  anon: number;
  file: number;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The platform's `until`, with errors of `check` meaning "not yet" (the services are still starting). */
export const until = <T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 120_000) =>
  waitUntil(what, () => check().catch(() => null), timeoutMs, 200);

/** A TCP port free right now on the loopback (for a child process's HTTP_PORT). */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });

export async function startPlatform(
  name: string,
  options: { env?: Partial<Record<ServiceName, Record<string, string>>>; log?: (line: string) => void } = {},
): Promise<BenchPlatform> {
  const log = options.log ?? ((line: string) => console.log(line));
  const infra: LocalInfra = await ensureLocalInfra({ log });
  const prefix = `bench-${name}-${randomBytes(3).toString('hex')}.`;
  const database = (service: ServiceName) => `${prefix}${service}`.replace(/\./g, '-');
  await ensureTopics(infra.kafkaBrokers, [...topicCatalog, ...dlqTopics()], prefix);
  const idp = await DevIdentityProvider.loadOrCreate({ issuer: 'http://bench-idp.local', audience: 'portal' });
  const { jwksUrl } = await idp.serve(0);
  const logDir = path.join(repoRoot, '.local', 'logs', 'bench');
  fs.mkdirSync(logDir, { recursive: true });
  log(`platform: topic prefix ${prefix}, logs in ${path.relative(repoRoot, logDir)}/`);

  const children = new Map<ServiceName, ChildProcess>();
  const urls = {} as Record<ServiceName, string>;
  for (const service of serviceNames) {
    const port = await freePort();
    const out = fs.openSync(path.join(logDir, `${prefix}${service}.log`), 'w');
    // BENCH_NODE_ARGS: node flags for the services only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile them.
    const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeArgs, ...serviceArgs(service)], {
      cwd: repoRoot,
      env: serviceProcessEnv({
        KAFKA_BROKERS: infra.kafkaBrokers.join(','),
        MONGO_URL: infra.mongoUrl,
        MONGO_DB: database(service),
        TOPIC_PREFIX: prefix,
        HTTP_PORT: String(port),
        JWT_ISSUER: idp.issuer,
        JWT_AUDIENCE: idp.audience,
        JWKS_URL: jwksUrl,
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        ...options.env?.[service],
      }),
      stdio: ['ignore', out, out],
    });
    children.set(service, child);
    urls[service] = `http://127.0.0.1:${port}`;
  }
  try {
    for (const service of serviceNames)
      await until(`${service} ready`, async () => (await fetch(`${urls[service]}/readyz`)).ok, 180_000);
  } catch (error) {
    for (const child of children.values()) child.kill('SIGTERM');
    throw error;
  }
  log('platform: five services ready');

  const codec = new EventCodec();
  const producer = new MessageProducer(createKafka(`bench-${name}`, infra.kafkaBrokers));
  await producer.connect();
  const publisher = new EventPublisher(producer, codec, prefix);
  const connection = await mongoose.createConnection(infra.mongoUrl).asPromise();
  const mint = (userId: string, email: string) => idp.mint({ sub: userId, email, userType: 'external' });

  return {
    prefix,
    kafkaBrokers: infra.kafkaBrokers,
    urls,
    pids: Object.fromEntries([...children].map(([s, c]) => [s, c.pid!])) as Record<ServiceName, number>,
    database,
    publish: (events) => publisher.publish(events),
    async tokenFor(user) {
      const snapshot: UserAccessSnapshot = { ...user, version: Date.now(), locale: 'en-US', displayName: user.userId };
      await publisher.publish([erpEvent('GrantsChanged', user.userId, user.homeAccountId, { user: snapshot })]);
      for (const service of serviceNames)
        await until(`${service} projected ${user.userId}`, async () => {
          const doc = await connection
            .useDb(database(service))
            .collection('access_users')
            .findOne({ _id: user.userId as never });
          return doc && (doc.version as number) >= snapshot.version;
        });
      return mint(user.userId, user.email);
    },
    mint,
    rss() {
      const rss = {} as Record<ServiceName, ResidentMemory>;
      for (const [service, child] of children) {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const mib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
        rss[service] = { total: mib('VmRSS'), anon: mib('RssAnon'), file: mib('RssFile') + mib('RssShmem') };
      }
      return rss;
    },
    async stop() {
      await Promise.all(
        [...children.values()].map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        ),
      );
      await producer.disconnect();
      await idp.close();
      for (const service of serviceNames)
        await connection
          .useDb(database(service))
          .dropDatabase()
          .catch(() => null);
      await connection.close();
      await deleteTopicsWithPrefix(infra.kafkaBrokers, prefix).catch(() => null);
      await stopLocalInfra(infra.started);
    },
  };
}
