import fs from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { DevIdentityProvider } from '@portal/platform';
import { type LocalInfra, ensureLocalInfra } from '../deploy/local/infra';
import type { Log } from '../deploy/local/log';
import { paths, repoRoot } from '../deploy/local/paths';
import { type PidRecord, isPortInUse, startDetached, waitUntil } from '../deploy/local/processes';
import { serviceArgs } from '../deploy/local/service-build';
import { ensureCatalogTopics } from '../deploy/local/topics';
import {
  type ServiceDefinition,
  devIdentity,
  implementedServices,
  mailCatcher,
  serviceEnv,
  type ServiceEnvironment,
} from './services';
import { startLocalTraces, traceEnv } from './traces';
import { type PlatformRecord, processName, runningServices, stopPlatform, writePlatformRecord } from './platform-state';

export interface PlatformRun {
  record: PlatformRecord;
  /** Set by a signal handler; startup stops spawning once it is true. */
  stopping: boolean;
}

const seedMarker = path.join(paths.runDir, 'seeded.json');
const seedModule = path.join(repoRoot, 'deploy', 'local', 'seed', 'seed.ts');
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function checkNotStopping(run: PlatformRun): void {
  if (run.stopping) throw new Error('stopped while starting');
}

async function answers200(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
  await response.body?.cancel();
  return response.status === 200;
}

async function startIdentityProvider(run: PlatformRun, log: Log): Promise<void> {
  if (await isPortInUse(devIdentity.port)) {
    throw new Error(
      `port ${devIdentity.port} for the dev identity provider (DEV_IDP_PORT) is in use by another process`,
    );
  }
  checkNotStopping(run);
  const logFile = path.join(paths.logsDir, 'dev-idp.log');
  const record = startDetached({
    name: processName.idp,
    command: process.execPath,
    args: ['--import', 'tsx', 'scripts/idp-server.ts'],
    marker: 'scripts/idp-server.ts',
    port: devIdentity.port,
    cwd: repoRoot,
    logFile,
  });
  const jwks = `http://127.0.0.1:${devIdentity.port}/.well-known/jwks.json`;
  await waitUntil(() => answers200(jwks), { what: 'the dev identity provider', timeoutMs: 30_000, record, logFile });
  log(`dev identity provider: ${jwks}`);
}

/** The local SMTP catcher: the notification service sends real mails to it; GET /mails lists them. */
async function startMailCatcher(run: PlatformRun, log: Log): Promise<void> {
  if (await isPortInUse(mailCatcher.smtpPort))
    throw new Error(`port ${mailCatcher.smtpPort} for the SMTP catcher (SMTP_CATCHER_SMTP_PORT) is in use`);
  checkNotStopping(run);
  const entry = 'services/notification/src/dev/smtp-catcher.ts';
  const logFile = path.join(paths.logsDir, 'smtp-catcher.log');
  const record = startDetached({
    name: processName.mailCatcher,
    command: process.execPath,
    args: ['--import', 'tsx', entry],
    marker: entry,
    port: mailCatcher.smtpPort,
    cwd: repoRoot,
    env: {
      ...process.env,
      SMTP_CATCHER_SMTP_PORT: String(mailCatcher.smtpPort),
      SMTP_CATCHER_HTTP_PORT: String(mailCatcher.httpPort),
    },
    logFile,
  });
  await waitUntil(() => answers200(`${mailCatcher.url}/mails`), {
    what: 'the SMTP catcher',
    timeoutMs: 30_000,
    record,
    logFile,
  });
  log(`SMTP catcher: smtp://127.0.0.1:${mailCatcher.smtpPort}, received mails at ${mailCatcher.url}/mails`);
}

async function startService(
  service: ServiceDefinition,
  infra: ServiceEnvironment,
  run: PlatformRun,
): Promise<PidRecord> {
  if (await isPortInUse(service.port)) {
    throw new Error(`port ${service.port} for ${service.name} is in use by another process`);
  }
  checkNotStopping(run);
  const args = serviceArgs(service.name);
  return startDetached({
    name: processName.service(service.name),
    command: process.execPath,
    args,
    marker: args.at(-1)!,
    port: service.port,
    cwd: repoRoot,
    env: serviceEnv(service, infra),
    logFile: path.join(paths.logsDir, `${service.name}.log`),
  });
}

async function waitUntilReady(service: ServiceDefinition, record: PidRecord, log: Log): Promise<void> {
  const began = Date.now();
  await waitUntil(() => answers200(`http://127.0.0.1:${service.port}/readyz`), {
    what: `${service.name} (GET /readyz)`,
    timeoutMs: 120_000,
    record,
    logFile: path.join(paths.logsDir, `${service.name}.log`),
  });
  log(`${service.name}: ready (${seconds(began)})`);
}

async function kafkaClusterId(brokers: string[]): Promise<string> {
  const admin = new Kafka({ clientId: 'platform-runner', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    return (await admin.describeCluster()).clusterId;
  } finally {
    await admin.disconnect();
  }
}

/** Seeds once per Kafka cluster and database: a wiped .local gets a new cluster id and is seeded again. */
async function seedIfNew(infra: LocalInfra, log: Log): Promise<void> {
  if (!fs.existsSync(seedModule)) {
    log('seed: deploy/local/seed/seed.ts does not exist yet; skipped');
    return;
  }
  const dataId = { clusterId: await kafkaClusterId(infra.kafkaBrokers), mongoUrl: infra.mongoUrl };
  try {
    const seeded = JSON.parse(fs.readFileSync(seedMarker, 'utf8')) as typeof dataId;
    if (seeded.clusterId === dataId.clusterId && seeded.mongoUrl === dataId.mongoUrl) {
      log('seed: demo data already present');
      return;
    }
  } catch {
    // never seeded
  }
  const began = Date.now();
  log('seed: publishing demo accounts, users, contracts, catalog and orders...');
  const { seedDemo } = (await import(seedModule)) as {
    seedDemo: (options: { brokers: string[]; prefix: string; log: Log }) => Promise<void>;
  };
  await seedDemo({ brokers: infra.kafkaBrokers, prefix: '', log });
  fs.writeFileSync(seedMarker, JSON.stringify(dataId) + '\n');
  log(`seed: done (${seconds(began)})`);
}

async function demoToken(): Promise<string> {
  const provider = await DevIdentityProvider.loadOrCreate({
    keyDir: devIdentity.keyDir,
    issuer: devIdentity.issuer,
    audience: devIdentity.audience,
  });
  return provider.mint({ sub: 'u-olivia', email: 'olivia.ops@acme.example', userType: 'external' }, 8 * 3600);
}

/**
 * Infrastructure, topics, dev identity provider, services, demo seed; prints the URLs and a demo
 * token. Everything runs detached with pid files in .local/run; on failure what started is stopped.
 */
export async function startPlatform(run: PlatformRun, log: Log): Promise<void> {
  const alreadyRunning = runningServices();
  if (alreadyRunning.length > 0) {
    throw new Error(`already running: ${alreadyRunning.join(', ')} (from \`npm run up\`?); run \`npm run down\` first`);
  }
  const began = Date.now();
  try {
    const [infraStart, tracesStart] = await Promise.allSettled([ensureLocalInfra({ log }), startLocalTraces(log)]);
    // Recorded before any failure is thrown, so the clean-up below stops whichever of the two did start.
    if (infraStart.status === 'fulfilled') run.record.infraStarted = infraStart.value.started;
    if (tracesStart.status === 'fulfilled') run.record.traceStoreStarted = tracesStart.value.started;
    writePlatformRecord(run.record);
    if (infraStart.status === 'rejected') throw infraStart.reason;
    if (tracesStart.status === 'rejected') throw tracesStart.reason;
    const [infra, traces] = [infraStart.value, tracesStart.value];
    checkNotStopping(run);
    await ensureCatalogTopics(infra.kafkaBrokers, log);
    await startIdentityProvider(run, log);
    await startMailCatcher(run, log);

    const toStart = implementedServices();
    if (toStart.length === 0) throw new Error('no service has a src/main.ts yet');
    log(
      `services: starting ${toStart.map((s) => s.name).join(', ')} (logs in ${path.relative(process.cwd(), paths.logsDir)}/)...`,
    );
    const records = new Map<string, PidRecord>();
    const environment = { ...infra, traceEnv: traceEnv(traces.store) };
    for (const service of toStart) records.set(service.name, await startService(service, environment, run));
    await Promise.all(toStart.map((service) => waitUntilReady(service, records.get(service.name)!, log)));

    checkNotStopping(run);
    await seedIfNew(infra, log);
    const token = await demoToken();
    log(`\nplatform ready in ${seconds(began)}`);
    for (const service of toStart) log(`  ${service.name.padEnd(13)} http://127.0.0.1:${service.port}/docs`);
    log(`  mails         ${mailCatcher.url}/mails`);
    log(`  Kafka         ${infra.kafkaBrokers.join(',')}`);
    log(`  MongoDB       ${infra.mongoUrl}`);
    log(traces.line);
    log(`\ndemo token (olivia.ops@acme.example, 8 h; more with \`npm run token -- <email>\`):\n${token}\n`);
  } catch (error) {
    if (!run.stopping) {
      log('start failed; stopping what was started...');
      run.stopping = true;
      await stopPlatform(run.record.infraStarted, log, run.record.traceStoreStarted);
    }
    throw error;
  }
}
