import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { paths } from './paths';

/** What a pid file under .local/run holds. */
export interface PidRecord {
  pid: number;
  /** A string the process's command line contains, so a recycled pid is never mistaken for ours. */
  marker: string;
  port?: number;
  startedAt: string;
}

function pidFile(name: string): string {
  return path.join(paths.runDir, `${name}.pid`);
}

export function readPid(name: string): PidRecord | undefined {
  try {
    return JSON.parse(fs.readFileSync(pidFile(name), 'utf8')) as PidRecord;
  } catch {
    return undefined;
  }
}

export function writePid(name: string, record: PidRecord): void {
  fs.mkdirSync(paths.runDir, { recursive: true });
  fs.writeFileSync(pidFile(name), JSON.stringify(record) + '\n');
}

export function removePid(name: string): void {
  fs.rmSync(pidFile(name), { force: true });
}

export function isAlive(record: PidRecord): boolean {
  try {
    process.kill(record.pid, 0);
  } catch {
    return false;
  }
  // No /proc (macOS): trust the signal check.
  return commandLineOf(record.pid)?.includes(record.marker) ?? true;
}

/** A process's command line, arguments joined by spaces; undefined when it is gone or there is no /proc (macOS). */
export function commandLineOf(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return undefined;
  }
}

/** The pid record of a running process started by us, or undefined (a stale pid file is removed). */
export function runningProcess(name: string): PidRecord | undefined {
  const record = readPid(name);
  if (!record) return undefined;
  if (isAlive(record)) return record;
  removePid(name);
  return undefined;
}

export interface DetachedStart {
  name: string;
  command: string;
  args: string[];
  marker: string;
  logFile: string;
  port?: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** Starts a process in its own process group so Ctrl-C in the terminal does not reach it; we stop it in order. */
export function startDetached(options: DetachedStart): PidRecord {
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const out = fs.openSync(options.logFile, 'a');
  // The log is appended across runs; the header shows where this run's lines begin.
  fs.writeSync(out, `\n--- ${new Date().toISOString()} starting ${options.name}\n`);
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  if (child.pid === undefined) throw new Error(`could not start ${options.name} (${options.command})`);
  child.unref();
  const record: PidRecord = {
    pid: child.pid,
    marker: options.marker,
    port: options.port,
    startedAt: new Date().toISOString(),
  };
  writePid(options.name, record);
  return record;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGTERM, wait up to timeoutMs, then SIGKILL. Returns false when nothing of ours was running. */
export async function stopProcess(name: string, timeoutMs: number): Promise<boolean> {
  const record = runningProcess(name);
  if (!record) return false;
  process.kill(record.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(record) && Date.now() < deadline) await sleep(100);
  if (isAlive(record)) {
    process.kill(record.pid, 'SIGKILL');
    while (isAlive(record)) await sleep(50);
  }
  removePid(name);
  return true;
}

export function isPortInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export function tailOfFile(file: string, lines = 20): string {
  try {
    const text = fs.readFileSync(file, 'utf8');
    const thisRun = text.slice(text.lastIndexOf('\n--- ') + 1);
    return thisRun.trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${file})`;
  }
}

export interface WaitOptions {
  what: string;
  timeoutMs: number;
  /** Stops waiting early when the process died; the error then shows the log's tail. */
  record?: PidRecord;
  logFile?: string;
}

export async function waitUntil(check: () => Promise<boolean>, options: WaitOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (options.record && !isAlive(options.record)) {
      throw new Error(
        `${options.what} exited while starting. Last lines of ${options.logFile}:\n${tailOfFile(options.logFile ?? '')}`,
      );
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${options.what} did not answer within ${options.timeoutMs / 1000}s. Last lines of ${options.logFile}:\n${tailOfFile(options.logFile ?? '')}`,
      );
    }
    await sleep(250);
  }
}
