// The fault suite (a script, run by `npm run test:fault` and by CI): the five services as real processes on the
// suite's OWN Kafka and FerretDB (other ports, a scratch directory; the shared ones are never touched), ERP orders
// ingested while the database stops for 20 s, the broker stops for 20 s, each service is SIGKILLed, one is
// SIGTERMed under load, and 1 % of the messages are undecodable. After each: every effect exactly once, dead
// letters exactly the poison, /readyz 503 during the outage and 200 after, no manual restart of anything that
// was not killed. Prints one line per fault; exits 1 if any expectation failed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Batch, Effects as EffectsType, Tally } from './effects';
import { SERVICES, ServiceName, ServiceProcesses, until } from './processes';

const ORDERS = Number(process.env.FAULT_ORDERS ?? 150);
const OUTAGE_MS = Number(process.env.FAULT_OUTAGE_MS ?? 20_000);
const ports = {
  kafka: Number(process.env.FAULT_KAFKA_PORT ?? 19492),
  controller: Number(process.env.FAULT_KAFKA_CONTROLLER_PORT ?? 19493),
  mongo: Number(process.env.FAULT_MONGO_PORT ?? 17417),
  services: Number(process.env.FAULT_SERVICE_PORT ?? 18481),
};
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-fault-'));
// Read by deploy/local when first imported: the suite's own state directory and ports.
Object.assign(process.env, {
  LOCAL_STATE_DIR: scratch,
  LOCAL_KAFKA_PORT: String(ports.kafka),
  LOCAL_KAFKA_CONTROLLER_PORT: String(ports.controller),
  LOCAL_MONGO_PORT: String(ports.mongo),
});

const log = (line: string) => console.log(`[fault ${new Date().toISOString().slice(11, 19)}] ${line}`);
const results: { fault: string; ok: boolean; detail: string }[] = [];

async function main() {
  const kafka = await import('../../deploy/local/kafka');
  const ferret = await import('../../deploy/local/ferretdb');
  const { ensureCatalogTopics } = await import('../../deploy/local/topics');
  const { Effects } = await import('./effects');
  const quiet = () => undefined;
  const { brokers } = await kafka.startKafka(log);
  const { mongoUrl } = await ferret.startFerretDb(log);
  await ensureCatalogTopics(brokers, log);
  const services = new ServiceProcesses({ kafkaBrokers: brokers, mongoUrl, basePort: ports.services, logDir: scratch });
  const effects: EffectsType = new Effects(brokers, mongoUrl);
  try {
    await effects.connect();
    for (const name of SERVICES) services.start(name);
    await allReady(services, 180_000);
    log(`five services ready on ports ${ports.services}-${ports.services + 4}; scratch ${scratch}`);

    // 1 % undecodable messages interleaved with the orders.
    await check('1 % undecodable messages', services, effects, await effects.publish('POISON', ORDERS * 2, 100));

    // The database stops for 20 s mid-ingest.
    {
      const batch = await effects.publish('DBOUT', ORDERS);
      await midIngest(effects, batch);
      await ferret.stopFerretDb(quiet);
      const seen = await outage(services, 'mongodb');
      await ferret.startFerretDb(quiet);
      await check('database stopped 20 s mid-ingest', services, effects, batch, seen);
    }

    // The broker stops for 20 s mid-ingest.
    {
      const batch = await effects.publish('KFOUT', ORDERS);
      await midIngest(effects, batch);
      await kafka.stopKafka(quiet);
      const seen = await outage(services, 'kafka');
      await kafka.startKafka(quiet);
      await check('broker stopped 20 s mid-ingest', services, effects, batch, seen);
    }

    // Each service SIGKILLed mid-ingest (its supervisor starts it again: here, the suite).
    for (const name of SERVICES) {
      const batch = await effects.publish(`KILL${SERVICES.indexOf(name)}`, ORDERS);
      await midIngest(effects, batch);
      await services.signal(name, 'SIGKILL');
      services.start(name);
      await check(`SIGKILL of ${name} mid-ingest`, services, effects, batch);
    }

    // SIGTERM under load: a clean stop (exit 0) that loses nothing.
    {
      const batch = await effects.publish('TERM', ORDERS);
      await midIngest(effects, batch);
      const code = await services.signal('order', 'SIGTERM');
      services.start('order');
      await check('SIGTERM of order under load', services, effects, batch, undefined, code === 0 ? '' : `exit ${code}`);
    }
  } finally {
    await services.stopAll();
    await effects.close();
    await kafka.stopKafka(quiet);
    await ferret.stopFerretDb(quiet);
  }
  console.log('\nfault suite');
  for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.fault}: ${r.detail}`);
  if (results.every((r) => r.ok)) fs.rmSync(scratch, { recursive: true, force: true });
  else console.log(`  logs kept in ${scratch}`);
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + Math.max(0, b), 0);

async function allReady(services: ServiceProcesses, timeoutMs: number) {
  for (const name of SERVICES)
    await until(`${name} /readyz 200`, async () => (await services.readiness(name)).status === 200, timeoutMs);
}

/** Lands the fault while the batch is being ingested: some of it stored, not all. */
async function midIngest(effects: EffectsType, batch: Batch) {
  const quarter = Math.ceil(batch.orderNumbers.length / 4);
  await until('ingest under way', async () => (await effects.storedByOrder(batch)) >= quarter, 120_000, 100);
}

/** Holds the outage for OUTAGE_MS while asking every /readyz; returns what they said (503 naming the dependency). */
async function outage(services: ServiceProcesses, dependency: string): Promise<Record<ServiceName, boolean>> {
  const named = Object.fromEntries(SERVICES.map((s) => [s, false])) as Record<ServiceName, boolean>;
  const ends = Date.now() + OUTAGE_MS;
  while (Date.now() < ends) {
    for (const name of SERVICES) {
      const { status, down } = await services.readiness(name);
      if (status === 503 && down.includes(dependency)) named[name] = true;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return named;
}

async function check(
  fault: string,
  services: ServiceProcesses,
  effects: EffectsType,
  batch: Batch,
  readyDuringOutage?: Record<ServiceName, boolean>,
  extraProblem = '',
) {
  const began = Date.now();
  const problems: string[] = extraProblem ? [extraProblem] : [];
  let tally: Tally | undefined;
  try {
    await allReady(services, 120_000);
    await until(
      'every effect applied',
      async () => {
        tally = await effects.tally(batch);
        return Object.values(tally.lost).every((n) => n <= 0);
      },
      180_000,
      1000,
    );
  } catch (error) {
    problems.push((error as Error).message);
  }
  tally ??= await effects.tally(batch);
  const dead = await services.dead();
  if (dead.length > 0) problems.push(`died: ${dead.join(', ')}`);
  const lost = Object.entries(tally.lost).filter(([, n]) => n !== 0);
  const doubled = Object.entries(tally.doubled).filter(([, n]) => n !== 0);
  if (lost.length) problems.push(`lost ${lost.map(([k, n]) => `${n} in ${k}`).join(', ')}`);
  if (doubled.length) problems.push(`doubled ${doubled.map(([k, n]) => `${n} in ${k}`).join(', ')}`);
  for (const [group, { poison, other }] of Object.entries(tally.deadLetters))
    if (poison !== batch.poisonKeys.length || other !== 0)
      problems.push(`dlq.${group}: ${poison}/${batch.poisonKeys.length} poison, ${other} other`);
  if (readyDuringOutage) {
    const silent = Object.entries(readyDuringOutage).filter(([, named]) => !named);
    if (silent.length) problems.push(`/readyz never 503 naming the outage: ${silent.map(([s]) => s).join(', ')}`);
  }
  const applied = Object.entries(tally.applied)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const detail =
    `${batch.orderNumbers.length} orders${batch.poisonKeys.length ? ` + ${batch.poisonKeys.length} poison` : ''}; ` +
    `applied: ${applied}; lost ${sum(tally.lost)}, doubled ${sum(tally.doubled)}; ` +
    `recovered in ${((Date.now() - began) / 1000).toFixed(1)} s` +
    (problems.length ? `; PROBLEMS: ${problems.join('; ')}` : '');
  results.push({ fault, ok: problems.length === 0, detail });
  log(`${problems.length ? 'FAIL' : 'ok'} ${fault}: ${detail}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
