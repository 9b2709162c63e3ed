// Order service replicas: the same ERP lifecycles (2-5 events per order) through 1 instance, then through 2
// instances in one consumer group with one SIGKILLed mid-way; each run on fresh topics and a fresh database,
// checked for every effect exactly once and per-key order. Prints the throughput of both and where CPU went
// (the order processes vs the database server, read from /proc), since on FerretDB the database is the limit.
//   npm run bench:replicas [-- --events 10000]
// Uses KAFKA_BROKERS / MONGO_URL when set, otherwise the local Kafka and FerretDB (started if needed).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureLocalInfra, stopLocalInfra } from '../../deploy/local/infra';
import { runScenario, type ScenarioResult } from '../replicas/support/scenario';
import { summary } from '../replicas/support/verify';
import { runBenchmark } from './support/run';

const { values } = parseArgs({ options: { events: { type: 'string', default: '10000' } } });
const events = Number(values.events);
const TICKS = 100; // USER_HZ: /proc reports CPU time in 1/100 s

/** CPU seconds used so far by the database server processes (found by their program's name). */
function databaseCpuSeconds(): number {
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const program = path.basename(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '');
      if (program !== 'ferretdb' && program !== 'mongod') continue;
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / TICKS;
}

runBenchmark(async () => {
  const infra = await ensureLocalInfra({ log: (line) => console.log(line) });
  const run = async (replicas: number, killAt?: number) => {
    const db = databaseCpuSeconds();
    const result: ScenarioResult = await runScenario({
      label: `bench-replicas-${replicas}`,
      kafkaBrokers: infra.kafkaBrokers,
      mongoUrl: infra.mongoUrl,
      replicas,
      events,
      killAt,
      victim: 'publishing',
      timeoutMs: 30 * 60_000,
      log: (line) => console.log(line),
    });
    const dbCpu = databaseCpuSeconds() - db;
    const rate = events / result.seconds;
    console.log(
      `${replicas} instance(s)${killAt ? ', one SIGKILLed' : ''}: ${summary(result.verdict)}; ${result.seconds.toFixed(1)} s = ` +
        `${rate.toFixed(0)} events/s; database server CPU ${dbCpu.toFixed(1)} s ` +
        `(${((100 * dbCpu) / result.seconds).toFixed(0)}% of one core)`,
    );
    for (const finding of result.verdict.findings) console.log(`  ${finding}`);
    if (result.verdict.findingCount > 0 || result.verdict.duplicateEventIds > 0)
      throw new Error(`${replicas} instance(s): not exactly once (see above)`);
    return rate;
  };
  const one = await run(1);
  const two = await run(2, 0.4);
  await stopLocalInfra(infra.started);
  return `replicas: 1 instance ${one.toFixed(0)} events/s, 2 instances ${two.toFixed(0)} events/s = ${(two / one).toFixed(2)}x`;
});
