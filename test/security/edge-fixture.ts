import { Writable } from 'node:stream';
import type { RunningService } from '@portal/platform';
import { TestEnv } from '@portal/platform/src/testing';
import { accountService } from '../../services/account/src/service';
import { changeTicketService } from '../../services/change-ticket/src/service';
import { licensingService } from '../../services/licensing/src/service';
import { notificationService } from '../../services/notification/src/service';
import { orderService } from '../../services/order/src/service';

export const definitions = {
  order: orderService,
  'change-ticket': changeTicketService,
  licensing: licensingService,
  notification: notificationService,
  account: accountService,
};
export type ServiceName = keyof typeof definitions;
export const serviceNames = Object.keys(definitions) as ServiceName[];

interface OpenApi {
  paths: Record<string, Record<string, { security?: unknown[]; parameters?: { in: string; required?: boolean }[] }>>;
}

/** All five services in one env, their log lines captured in memory (the PCI test greps them). */
export async function startAllFive(name: string) {
  const env = await TestEnv.create(name);
  const lines: string[] = [];
  const logDestination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const services = {} as Record<ServiceName, RunningService>;
  for (const service of serviceNames)
    services[service] = await env.start(definitions[service], {
      logDestination,
      ...(service === 'notification' ? { extra: { SMTP_URL: 'smtp://127.0.0.1:9' } } : {}),
    });
  return { env, services, logs: () => lines.join('') };
}

/** A GET the service's document says needs a token and takes no required parameter: where each attack is aimed. */
export async function protectedList(env: TestEnv, service: RunningService): Promise<string> {
  const doc = (await env.http(service).get('/openapi.json')).body as OpenApi;
  const path = Object.entries(doc.paths).find(
    ([p, ops]) =>
      !p.includes('{') &&
      ops.get &&
      (ops.get.security ?? []).length > 0 &&
      !(ops.get.parameters ?? []).some((parameter) => parameter.required),
  )?.[0];
  if (!path) throw new Error(`${service.url}: no protected GET without path parameters in /openapi.json`);
  return path;
}

let shared: ReturnType<typeof startAllFive> | undefined;

/** One set of five services for every security suite of the run (they are heavy: five services each). */
export const sharedEdges = () => (shared ??= startAllFive('edge-security'));

export async function closeSharedEdges(): Promise<void> {
  if (shared) await (await shared).env.close();
}
