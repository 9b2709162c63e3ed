import fs from 'node:fs';
import path from 'node:path';
import { type InfraPart, stopLocalInfra } from '../deploy/local/infra';
import type { Log } from '../deploy/local/log';
import { paths } from '../deploy/local/paths';
import { runningProcess, stopProcess } from '../deploy/local/processes';
import { stopZipkin } from '../deploy/local/zipkin';
import { services } from './services';

/** What one `npm start` / `npm run up` started, so stopping never touches what it found running. */
export interface PlatformRecord {
  mode: 'foreground' | 'detached';
  runnerPid: number;
  infraStarted: InfraPart[];
  /** Whether this run started the local Zipkin (then it stops it). */
  traceStoreStarted?: boolean;
}

const recordFile = path.join(paths.runDir, 'platform.json');

export const processName = {
  idp: 'dev-idp',
  mailCatcher: 'smtp-catcher',
  service: (name: string) => `service-${name}`,
};

export function readPlatformRecord(): PlatformRecord | undefined {
  try {
    return JSON.parse(fs.readFileSync(recordFile, 'utf8')) as PlatformRecord;
  } catch {
    return undefined;
  }
}

export function writePlatformRecord(record: PlatformRecord): void {
  fs.mkdirSync(paths.runDir, { recursive: true });
  fs.writeFileSync(recordFile, JSON.stringify(record, null, 2) + '\n');
}

export function runningServices(): string[] {
  return services.filter((service) => runningProcess(processName.service(service.name))).map((service) => service.name);
}

/** Services first (they flush to Kafka and MongoDB on SIGTERM), then the IdP, then the infrastructure. */
export async function stopPlatform(infraStarted: InfraPart[], log: Log, traceStoreStarted = false): Promise<void> {
  await Promise.all(
    services.map(async (service) => {
      if (await stopProcess(processName.service(service.name), 30_000)) log(`${service.name}: stopped`);
    }),
  );
  if (await stopProcess(processName.idp, 5_000)) log('dev identity provider: stopped');
  if (await stopProcess(processName.mailCatcher, 5_000)) log('SMTP catcher: stopped');
  // After the services, which flush their last spans to it on SIGTERM.
  if (traceStoreStarted) await stopZipkin(log);
  if (infraStarted.length > 0) await stopLocalInfra(infraStarted, { log });
  fs.rmSync(recordFile, { force: true });
}
