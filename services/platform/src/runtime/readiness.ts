import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import type mongoose from 'mongoose';
import type { Logger } from '../logging/logger';

/** How long one readiness question may take before the dependency counts as down. */
export const READINESS_TIMEOUT_MS = 1500;

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  work.catch(() => undefined); // a late failure after the timeout is not an unhandled rejection
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const answers = (work: Promise<unknown>, what: string, ms: number) =>
  withTimeout(work, ms, what).then(
    () => true,
    () => false,
  );

/**
 * `/readyz` asks the database and the broker each time, with a short timeout, instead of trusting a flag set at
 * start: a database that stopped answers "mongodb: false" within ~1.5 s, and true again once it is back.
 */
export function dependencyChecks(options: { mongoUrl: string; kafkaBrokers: string[]; timeoutMs?: number }): {
  check: () => Promise<{ mongodb: boolean; kafka: boolean }>;
  close: () => Promise<void>;
} {
  const ms = options.timeoutMs ?? READINESS_TIMEOUT_MS;
  // Its own connection: the service's pool may be one busy connection (FerretDB), and a ping queued behind a long
  // write would report a healthy database as down.
  const mongo = new MongoClient(options.mongoUrl, {
    maxPoolSize: 1,
    serverSelectionTimeoutMS: ms,
    connectTimeoutMS: ms,
    socketTimeoutMS: ms * 2,
  });
  // Its own short-fused client: the service's clients retry for long, which is right for work, wrong for a probe.
  const kafka = new Kafka({
    clientId: 'readiness',
    brokers: options.kafkaBrokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: ms,
    requestTimeout: ms,
    retry: { retries: 0 },
  });
  const askBroker = async () => {
    const admin = kafka.admin();
    try {
      await admin.connect();
      await admin.describeCluster();
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  };
  const check = async () => {
    const [mongodb, broker] = await Promise.all([
      answers(
        mongo.connect().then(() => mongo.db('admin').command({ ping: 1 })),
        'mongodb',
        ms,
      ),
      answers(askBroker(), 'kafka', ms),
    ]);
    return { mongodb, kafka: broker };
  };
  return { check, close: () => mongo.close().catch(() => undefined) };
}

/** Logs the database connection's ups and downs; the driver reconnects by itself, nobody has to restart. */
export function watchConnection(db: mongoose.Connection, logger: Logger): void {
  // `_closeCalled`: mongoose's own mark of a close we asked for (shutdown), which is not an outage.
  db.on('disconnected', () => {
    if (!(db as unknown as { _closeCalled?: boolean })._closeCalled)
      logger.warn('mongodb: disconnected; the driver keeps trying to reconnect');
  });
  db.on('reconnected', () => logger.info('mongodb: reconnected'));
  // Without a listener an 'error' event would be thrown out of the emitter and end the process.
  db.on('error', (error: Error) => logger.warn({ err: error }, 'mongodb: connection error'));
}
