// The fuzz suite (a script, run by `npm run test:fuzz` and by CI): schemathesis against each service's
// /openapi.json, with a real token of a user this suite creates for itself (a site admin of its own account, so
// whatever it disables or deletes is its own), bounded examples per operation and a time budget per service.
// Passes when no answer is a 5xx and every answer matches its documented schema.
//   npm run test:fuzz [-- --max-examples 10 --max-time 90]
// Uses KAFKA_BROKERS / MONGO_URL when set, otherwise the local Kafka and FerretDB (started if needed).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { TestEnv } from '@portal/platform/src/testing';
import type { RunningService } from '@portal/platform';
import { ensureLocalInfra, stopLocalInfra } from '../../deploy/local/infra';
import { definitions, serviceNames, ServiceName } from '../security/edge-fixture';

const { values } = parseArgs({
  options: {
    'max-examples': { type: 'string', default: process.env.FUZZ_MAX_EXAMPLES ?? '8' },
    'max-time': { type: 'string', default: process.env.FUZZ_MAX_TIME ?? '75' },
    only: { type: 'string' },
  },
});
const repoRoot = path.resolve(__dirname, '..', '..');
const reportDir = path.join(repoRoot, '.local', 'fuzz-report');
const CHECKS = 'not_a_server_error,response_schema_conformance';

function schemathesis(): string {
  const venv = path.join(repoRoot, '.local', 'fuzz-venv', 'bin', 'schemathesis');
  if (fs.existsSync(venv)) return venv;
  throw new Error(
    `schemathesis not found at ${path.relative(repoRoot, venv)}: python3 -m venv .local/fuzz-venv && .local/fuzz-venv/bin/pip install schemathesis==4.32.5`,
  );
}

interface Outcome {
  service: ServiceName;
  exit: number | null;
  requests: number;
  serverErrors: number;
  schemaViolations: number;
}

/** Runs schemathesis on one service; counts requests and 5xx from its HAR log, failed checks from its JUnit report. */
async function fuzz(service: ServiceName, url: string, token: string): Promise<Outcome> {
  const har = path.join(reportDir, `${service}.har`);
  const junit = path.join(reportDir, `${service}.junit.xml`);
  const output = path.join(reportDir, `${service}.log`);
  for (const file of [har, junit]) fs.rmSync(file, { force: true });
  const args = [
    'run',
    `${url}/openapi.json`,
    '--checks',
    CHECKS,
    '--max-examples',
    values['max-examples']!,
    '--max-time',
    values['max-time']!,
    '--header',
    `Authorization: Bearer ${token}`,
    // One worker: hypothesis's lambda descriptions are not thread-safe (runtime errors with 2 workers).
    '--workers',
    '1',
    '--seed',
    '11',
    '--request-timeout',
    '20',
    '--phases',
    'examples,coverage,fuzzing',
    '--report',
    'junit,har',
    '--report-har-path',
    har,
    '--report-junit-path',
    junit,
    '--generation-database',
    'none',
    '--no-color',
  ];
  const log = fs.openSync(output, 'w');
  const exit = await new Promise<number | null>((resolve) => {
    // Its working directory is the report folder: schemathesis keeps a `.schemathesis/` cache where it runs.
    const child = spawn(schemathesis(), args, { cwd: reportDir, stdio: ['ignore', log, log] });
    child.once('exit', (code) => resolve(code));
  });
  fs.closeSync(log);
  const entries = fs.existsSync(har)
    ? (JSON.parse(fs.readFileSync(har, 'utf8')) as { log: { entries: { response: { status: number } }[] } }).log.entries
    : [];
  const text = fs.existsSync(junit) ? fs.readFileSync(junit, 'utf8') : '';
  const summary = fs
    .readFileSync(output, 'utf8')
    .split('\n')
    .filter((l) => /generated|Runtime Error|failed|passed/.test(l));
  console.log(summary.map((l) => `  ${l.trim()}`).join('\n'));
  return {
    service,
    exit,
    requests: entries.length,
    serverErrors: entries.filter((e) => e.response.status >= 500).length,
    schemaViolations: (text.match(/Response violates schema/g) ?? []).length,
  };
}

async function main() {
  const infra = await ensureLocalInfra({ log: (line) => console.log(line) });
  process.env.KAFKA_BROKERS = infra.kafkaBrokers.join(',');
  process.env.MONGO_URL = infra.mongoUrl;
  fs.mkdirSync(reportDir, { recursive: true });
  const env = await TestEnv.create('fuzz');
  const outcomes: Outcome[] = [];
  try {
    const services = {} as Record<ServiceName, RunningService>;
    const wanted = values.only ? (values.only.split(',') as ServiceName[]) : serviceNames;
    for (const name of wanted)
      services[name] = await env.start(definitions[name], {
        ...(name === 'notification' ? { extra: { SMTP_URL: 'smtp://127.0.0.1:9' } } : {}),
      });
    await env.account('acc-fuzz', { name: 'Fuzz Ltd', country: 'FR', accountType: 'premier' });
    const token = await env.tokenFor({
      userId: 'u-fuzz-admin',
      email: 'fuzz.admin@fuzz.example',
      homeAccountId: 'acc-fuzz',
      grants: ['site-admin', 'vip-admin', 'manager', 'operations'].map((role) => ({
        accountId: 'acc-fuzz',
        role,
        contractNumber: null,
        section: null,
      })),
    });
    for (const name of wanted) {
      console.log(`\n== fuzz ${name} (${services[name].url})`);
      outcomes.push(await fuzz(name, services[name].url, token));
    }
  } finally {
    await env.close();
    await stopLocalInfra(infra.started, { log: () => undefined });
  }
  console.log('\nfuzz suite');
  for (const o of outcomes)
    console.log(
      `  ${o.exit === 0 ? 'ok  ' : 'FAIL'} ${o.service}: ${o.requests} requests, ${o.serverErrors} 5xx, ${o.schemaViolations} schema violations (schemathesis exit ${o.exit})`,
    );
  console.log(`  reports: ${path.relative(process.cwd(), reportDir)}/`);
  process.exitCode = outcomes.every((o) => o.exit === 0) ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
