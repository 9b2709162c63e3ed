import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import type { Log } from './log';
import { paths } from './paths';
import { localPorts } from './ports';
import { isPortInUse, runningProcess, startDetached, stopProcess, waitUntil, type PidRecord } from './processes';
import { runStep } from './run-step';
import { requireTool } from './tools';

const name = 'kafka';
const classpathFile = path.join(paths.kafkaDir, 'classpath.txt');
const pomHashFile = path.join(paths.kafkaDir, 'pom.sha256');
const propertiesFile = path.join(paths.kafkaStateDir, 'server.properties');
const log4jFile = path.join(paths.kafkaStateDir, 'log4j.properties');
const dataDir = path.join(paths.kafkaStateDir, 'data');
const logFile = path.join(paths.logsDir, 'kafka.log');
const installLog = path.join(paths.installLogsDir, 'kafka-install.log');

function pomHash(): string {
  return crypto.createHash('sha256').update(fs.readFileSync(paths.kafkaPom)).digest('hex');
}

function cachedClasspath(): string | undefined {
  try {
    if (fs.readFileSync(pomHashFile, 'utf8').trim() !== pomHash()) return undefined;
    const classpath = fs.readFileSync(classpathFile, 'utf8').trim();
    // A cleaned ~/.m2 leaves a classpath pointing at nothing.
    const allJarsPresent = classpath.split(path.delimiter).every((jar) => fs.existsSync(jar));
    return allJarsPresent && classpath.length > 0 ? classpath : undefined;
  } catch {
    return undefined;
  }
}

/** Resolves the broker's runtime classpath from Maven Central once; later calls read the cache. */
export async function installKafka(log: Log): Promise<string> {
  requireTool('java', 'running the local Kafka broker');
  const cached = cachedClasspath();
  if (cached) return cached;
  requireTool('mvn', 'resolving the Kafka broker from Maven Central');
  fs.mkdirSync(paths.kafkaDir, { recursive: true });
  const began = Date.now();
  log(`kafka: resolving Apache Kafka 3.9.1 from Maven Central with Maven (first run only, about 15 s)...`);
  await runStep(
    'mvn',
    ['-q', '-B', '-f', paths.kafkaPom, 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`],
    { logFile: installLog },
  );
  fs.writeFileSync(pomHashFile, pomHash() + '\n');
  log(
    `kafka: classpath cached in ${path.relative(process.cwd(), classpathFile)} (${((Date.now() - began) / 1000).toFixed(1)} s)`,
  );
  return fs.readFileSync(classpathFile, 'utf8').trim();
}

function writeConfig(port: number, controllerPort: number): void {
  fs.mkdirSync(paths.kafkaStateDir, { recursive: true });
  const properties = {
    'process.roles': 'broker,controller',
    'node.id': '1',
    'controller.quorum.voters': `1@127.0.0.1:${controllerPort}`,
    listeners: `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names': 'CONTROLLER',
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'inter.broker.listener.name': 'PLAINTEXT',
    'log.dirs': dataDir,
    'num.partitions': '3',
    'offsets.topic.replication.factor': '1',
    'transaction.state.log.replication.factor': '1',
    'transaction.state.log.min.isr': '1',
    'group.initial.rebalance.delay.ms': '0',
    // Topics come from the catalog with their partitions and retention; a typo must not create one.
    'auto.create.topics.enable': 'false',
  };
  fs.writeFileSync(
    propertiesFile,
    Object.entries(properties)
      .map(([key, value]) => `${key}=${value}`)
      .join('\n') + '\n',
  );
  fs.writeFileSync(
    log4jFile,
    [
      'log4j.rootLogger=INFO, stdout',
      'log4j.appender.stdout=org.apache.log4j.ConsoleAppender',
      'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout',
      'log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n',
      'log4j.logger.kafka.request.logger=WARN',
      'log4j.logger.state.change.logger=WARN',
    ].join('\n') + '\n',
  );
}

/** Kafka's cluster id format: 16 random bytes, base64url without padding, never starting with '-'. */
function randomClusterId(): string {
  for (;;) {
    const id = crypto.randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

async function formatStorageOnce(classpath: string, log: Log): Promise<void> {
  if (fs.existsSync(path.join(dataDir, 'meta.properties'))) return;
  log('kafka: formatting storage (first run only)...');
  await runStep(
    'java',
    ['-cp', classpath, 'kafka.tools.StorageTool', 'format', '-t', randomClusterId(), '-c', propertiesFile],
    { logFile: installLog },
  );
}

export async function kafkaAnswers(brokers: string[]): Promise<boolean> {
  const admin = new Kafka({
    clientId: 'local-infra-probe',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0 && cluster.controller !== null;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

export interface StartResult {
  brokers: string[];
  started: boolean;
}

export async function startKafka(log: Log): Promise<StartResult> {
  const ports = localPorts();
  const brokers = [`127.0.0.1:${ports.kafka}`];
  const running = runningProcess(name);
  if (running) {
    if (running.port !== ports.kafka) {
      throw new Error(
        `the local Kafka is already running on port ${running.port} but LOCAL_KAFKA_PORT asks for ${ports.kafka}; run \`npm run infra -- stop kafka\` first`,
      );
    }
    await waitUntil(() => kafkaAnswers(brokers), { what: 'Kafka', timeoutMs: 60_000, record: running, logFile });
    return { brokers, started: false };
  }
  for (const [variable, port] of [
    ['LOCAL_KAFKA_PORT', ports.kafka],
    ['LOCAL_KAFKA_CONTROLLER_PORT', ports.kafkaController],
  ] as const) {
    if (await isPortInUse(port)) {
      throw new Error(
        `port ${port} (${variable}) is in use by a process not started from .local; stop it or set ${variable} to a free port`,
      );
    }
  }
  const classpath = await installKafka(log);
  writeConfig(ports.kafka, ports.kafkaController);
  await formatStorageOnce(classpath, log);
  const began = Date.now();
  log(`kafka: starting broker on ${brokers[0]} (log: ${path.relative(process.cwd(), logFile)})...`);
  const record: PidRecord = startDetached({
    name,
    command: 'java',
    args: [
      '-Xms256m',
      '-Xmx1g',
      `-Dlog4j.configuration=file:${log4jFile}`,
      '-cp',
      classpath,
      'kafka.Kafka',
      propertiesFile,
    ],
    marker: propertiesFile,
    port: ports.kafka,
    logFile,
  });
  await waitUntil(() => kafkaAnswers(brokers), { what: 'Kafka', timeoutMs: 90_000, record, logFile });
  log(`kafka: ready on ${brokers[0]} (${((Date.now() - began) / 1000).toFixed(1)} s)`);
  return { brokers, started: true };
}

export async function stopKafka(log: Log): Promise<void> {
  // A controlled shutdown of a single KRaft node takes a few seconds.
  if (await stopProcess(name, 30_000)) log('kafka: stopped');
  else log('kafka: not running');
}

export function kafkaStatus(): string {
  const running = runningProcess(name);
  const installed = cachedClasspath() ? 'installed' : 'not installed';
  return running
    ? `kafka: running, pid ${running.pid}, 127.0.0.1:${running.port} (${installed})`
    : `kafka: stopped (${installed})`;
}
