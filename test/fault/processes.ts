import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { until as waitUntil } from '@portal/platform/src/testing';
import { serviceArgs } from '../../deploy/local/service-build';
import { serviceProcessEnv } from '../../deploy/local/service-node-options';

export const SERVICES = ['order', 'change-ticket', 'licensing', 'notification', 'account'] as const;
export type ServiceName = (typeof SERVICES)[number];

const repoRoot = path.resolve(__dirname, '..', '..');

export interface ServiceProcess {
  name: ServiceName;
  port: number;
  child: ChildProcess;
  exited: Promise<number | null>;
  starts: number;
}

/**
 * The five services as real processes (`node --import tsx services/<name>/src/main.ts`), exactly as `npm start`
 * runs them, against the suite's own broker and database; their logs go to `<dir>/<name>.log`.
 */
export class ServiceProcesses {
  readonly running = new Map<ServiceName, ServiceProcess>();

  constructor(
    private readonly options: { kafkaBrokers: string[]; mongoUrl: string; basePort: number; logDir: string },
  ) {}

  portOf(name: ServiceName): number {
    return this.options.basePort + SERVICES.indexOf(name);
  }

  start(name: ServiceName): ServiceProcess {
    const port = this.portOf(name);
    const log = fs.openSync(path.join(this.options.logDir, `${name}.log`), 'a');
    const child = spawn(process.execPath, serviceArgs(name), {
      cwd: repoRoot,
      stdio: ['ignore', log, log],
      env: serviceProcessEnv({
        HTTP_PORT: String(port),
        KAFKA_BROKERS: this.options.kafkaBrokers.join(','),
        MONGO_URL: this.options.mongoUrl,
        MONGO_DB: `fault-${name}`,
        TOPIC_PREFIX: '',
        LOG_LEVEL: 'info',
        SMTP_URL: 'smtp://127.0.0.1:9', // nothing listens: mails are retried, which is not what this suite measures
      }),
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const previous = this.running.get(name);
    const record = { name, port, child, exited, starts: (previous?.starts ?? 0) + 1 };
    this.running.set(name, record);
    return record;
  }

  /** Sends the signal and waits for the exit code. */
  async signal(name: ServiceName, signal: NodeJS.Signals): Promise<number | null> {
    const record = this.running.get(name)!;
    record.child.kill(signal);
    return record.exited;
  }

  /** Names of services whose process ended without being asked to. */
  async dead(): Promise<ServiceName[]> {
    return [...this.running.values()]
      .filter((r) => r.child.exitCode !== null || r.child.signalCode !== null)
      .map((r) => r.name);
  }

  async readiness(name: ServiceName): Promise<{ status: number; down: string[] }> {
    try {
      const res = await fetch(`http://127.0.0.1:${this.portOf(name)}/readyz`, { signal: AbortSignal.timeout(4000) });
      const body = (await res.json()) as { down?: string[] };
      return { status: res.status, down: body.down ?? [] };
    } catch {
      return { status: 0, down: ['(no answer)'] };
    }
  }

  async stopAll(): Promise<void> {
    await Promise.all(
      [...this.running.values()].map(async (r) => {
        if (r.child.exitCode === null && r.child.signalCode === null) {
          r.child.kill('SIGTERM');
          const timer = setTimeout(() => r.child.kill('SIGKILL'), 30_000);
          await r.exited;
          clearTimeout(timer);
        }
      }),
    );
  }
}

/** The platform's `until`, with errors of `check` meaning "not yet" (services and the broker come and go here). */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs: number, everyMs = 250) {
  await waitUntil(what, () => check().catch(() => false), timeoutMs, everyMs);
}
