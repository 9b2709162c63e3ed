import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Log } from './log';
import { paths } from './paths';
import { localPorts } from './ports';
import {
  isAlive,
  isPortInUse,
  runningProcess,
  startDetached,
  stopProcess,
  waitUntil,
  type PidRecord,
} from './processes';
import { runStep } from './run-step';
import { requireTool } from './tools';

const name = 'zipkin';
const artifact = 'io.zipkin:zipkin-server:3.5.1:jar:exec';
const jar = path.join(paths.zipkinDir, 'zipkin-server-3.5.1-exec.jar');
const logFile = path.join(paths.logsDir, 'zipkin.log');
const installLog = path.join(paths.logsDir, 'zipkin-install.log');

/** Where a running Zipkin answers: its UI, and the endpoint the services' Zipkin exporter posts spans to. */
export interface TraceStore {
  baseUrl: string;
  uiUrl: string;
  spansUrl: string;
}

export const traceStoreAt = (port: number): TraceStore => {
  const baseUrl = `http://127.0.0.1:${port}`;
  return { baseUrl, uiUrl: `${baseUrl}/zipkin/`, spansUrl: `${baseUrl}/api/v2/spans` };
};

export function zipkinInstalled(): boolean {
  return fs.existsSync(jar);
}

/** Copies Zipkin's executable jar from Maven Central into .local/zipkin once (about 130 MB). */
export async function installZipkin(log: Log): Promise<string> {
  requireTool('java', 'running the local trace store (Zipkin)');
  if (zipkinInstalled()) return jar;
  requireTool('mvn', 'fetching the Zipkin server from Maven Central');
  const began = Date.now();
  log('zipkin: fetching zipkin-server 3.5.1 from Maven Central (first run only, about 130 MB)...');
  await runStep(
    'mvn',
    ['-q', '-B', 'dependency:copy', `-Dartifact=${artifact}`, `-DoutputDirectory=${paths.zipkinDir}`],
    {
      logFile: installLog,
    },
  );
  if (!zipkinInstalled()) throw new Error(`zipkin: Maven finished but ${jar} is missing; see ${installLog}`);
  log(`zipkin: cached in ${path.relative(process.cwd(), jar)} (${((Date.now() - began) / 1000).toFixed(1)} s)`);
  return jar;
}

/** In-memory storage (a restart forgets), loopback only, a small heap: a developer's trace viewer, not production. */
function javaArgs(port: number): { args: string[]; env: NodeJS.ProcessEnv } {
  return {
    args: [
      '-Xms64m',
      '-Xmx384m',
      '-XX:+UseSerialGC',
      '-XX:TieredStopAtLevel=1',
      '-jar',
      jar,
      `--armeria.ports[0].port=${port}`,
      '--armeria.ports[0].ip=127.0.0.1',
      '--armeria.ports[0].protocols=http',
    ],
    env: { ...process.env, STORAGE_TYPE: 'mem', MEM_MAX_SPANS: '200000', JAVA_OPTS: '' },
  };
}

export async function zipkinAnswers(store: TraceStore): Promise<boolean> {
  const response = await fetch(`${store.baseUrl}/health`, { signal: AbortSignal.timeout(1000) });
  await response.body?.cancel();
  return response.status === 200;
}

export interface StartedTraceStore extends TraceStore {
  started: boolean;
}

/** The platform's Zipkin on LOCAL_ZIPKIN_PORT (9411), detached with a pid file like Kafka and FerretDB. */
export async function startZipkin(log: Log): Promise<StartedTraceStore> {
  const port = localPorts().zipkin;
  const store = traceStoreAt(port);
  const running = runningProcess(name);
  if (running) {
    if (running.port !== port)
      throw new Error(
        `the local Zipkin is already running on port ${running.port} but LOCAL_ZIPKIN_PORT asks for ${port}; run \`npm run down\` first`,
      );
    await waitUntil(() => zipkinAnswers(store), { what: 'Zipkin', timeoutMs: 90_000, record: running, logFile });
    return { ...store, started: false };
  }
  if (await isPortInUse(port))
    throw new Error(
      `port ${port} (LOCAL_ZIPKIN_PORT) is in use by a process not started from .local; stop it, set LOCAL_ZIPKIN_PORT to a free port, or leave the trace store out with LOCAL_TRACES=off`,
    );
  await installZipkin(log);
  const began = Date.now();
  log(`zipkin: starting on ${store.baseUrl} (log: ${path.relative(process.cwd(), logFile)})...`);
  const { args, env } = javaArgs(port);
  const record: PidRecord = startDetached({ name, command: 'java', args, env, marker: jar, port, logFile });
  await waitUntil(() => zipkinAnswers(store), { what: 'Zipkin', timeoutMs: 120_000, record, logFile });
  log(`zipkin: ready (${((Date.now() - began) / 1000).toFixed(1)} s)`);
  return { ...store, started: true };
}

export async function stopZipkin(log: Log): Promise<void> {
  if (await stopProcess(name, 15_000)) log('zipkin: stopped');
}

export function zipkinStatus(): string {
  const running = runningProcess(name);
  const installed = zipkinInstalled() ? 'installed' : 'not installed';
  return running
    ? `zipkin: running, pid ${running.pid}, ${traceStoreAt(running.port!).uiUrl} (${installed})`
    : `zipkin: stopped (${installed})`;
}

/** The local Zipkin started by `npm start`/`npm run up`, if it is running (the ERP simulator exports to it). */
export function runningTraceStore(): TraceStore | undefined {
  const running = runningProcess(name);
  return running?.port ? traceStoreAt(running.port) : undefined;
}

/** A Zipkin owned by its caller (a test): on the given port, no pid file, stopped with `stop()`. */
export async function spawnZipkin(port: number, log: string): Promise<TraceStore & { stop(): Promise<void> }> {
  await installZipkin(() => undefined);
  const store = traceStoreAt(port);
  const { args, env } = javaArgs(port);
  fs.mkdirSync(path.dirname(log), { recursive: true });
  const out = fs.openSync(log, 'a');
  const child = spawn('java', args, { env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const record: PidRecord = { pid: child.pid!, marker: jar, startedAt: new Date().toISOString() };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (isAlive(record)) child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitUntil(() => zipkinAnswers(store), { what: 'Zipkin', timeoutMs: 180_000, record, logFile: log });
  } catch (error) {
    await stop();
    throw error;
  }
  return { ...store, stop };
}
