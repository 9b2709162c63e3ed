import { type Log, consoleLog } from './log';
import { ferretDbStatus, installFerretDb, startFerretDb, stopFerretDb } from './ferretdb';
import { installKafka, kafkaStatus, startKafka, stopKafka } from './kafka';
import { installZipkin, zipkinStatus } from './zipkin';

export type InfraPart = 'kafka' | 'mongo';
export const infraParts: InfraPart[] = ['kafka', 'mongo'];

export interface LocalInfra {
  kafkaBrokers: string[];
  mongoUrl: string;
  /** What this call started (and so what its caller should stop). */
  started: InfraPart[];
}

export function brokersFromEnv(): string[] | undefined {
  const raw = process.env.KAFKA_BROKERS?.trim();
  if (!raw) return undefined;
  return raw
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
}

/**
 * Kafka and MongoDB for local runs: KAFKA_BROKERS / MONGO_URL when set (nothing local is started
 * for them), otherwise the local broker and FerretDB under .local/, installed on first use.
 */
export async function ensureLocalInfra(options: { log?: Log } = {}): Promise<LocalInfra> {
  const log = options.log ?? consoleLog;
  const envBrokers = brokersFromEnv();
  const envMongoUrl = process.env.MONGO_URL?.trim() || undefined;
  const [kafka, mongo] = await Promise.allSettled([
    envBrokers ? { brokers: envBrokers, started: false } : startKafka(log),
    envMongoUrl ? { mongoUrl: envMongoUrl, started: false } : startFerretDb(log),
  ]);
  const started: InfraPart[] = [];
  if (kafka.status === 'fulfilled' && kafka.value.started) started.push('kafka');
  if (mongo.status === 'fulfilled' && mongo.value.started) started.push('mongo');
  if (kafka.status === 'rejected' || mongo.status === 'rejected') {
    // Nobody else knows what this call started, so it cleans up before failing.
    await stopLocalInfra(started, { log });
    throw kafka.status === 'rejected' ? kafka.reason : (mongo as PromiseRejectedResult).reason;
  }
  return { kafkaBrokers: kafka.value.brokers, mongoUrl: mongo.value.mongoUrl, started };
}

/** Downloads and builds what the local infrastructure and the trace test need (Zipkin too), without starting it. */
export async function installLocalInfra(options: { log?: Log } = {}): Promise<void> {
  const log = options.log ?? consoleLog;
  await Promise.all([installKafka(log), installFerretDb(log), installZipkin(log)]);
}

export async function stopLocalInfra(which: InfraPart[] = infraParts, options: { log?: Log } = {}): Promise<void> {
  const log = options.log ?? consoleLog;
  // Services may still be flushing to Kafka, so the database goes last.
  if (which.includes('kafka')) await stopKafka(log);
  if (which.includes('mongo')) await stopFerretDb(log);
}

export function infraStatus(): string[] {
  return [kafkaStatus(), ferretDbStatus(), zipkinStatus()];
}
