import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { paths, repoRoot } from '../../deploy/local/paths';
import { tailOfFile } from '../../deploy/local/processes';
import { serviceArgs } from '../../deploy/local/service-build';
import { spawnZipkin, type TraceStore } from '../../deploy/local/zipkin';
import { TestEnv, until as waitUntil } from '@portal/platform/src/testing';
import { startSmtpCatcher, type SmtpCatcher } from '../../services/notification/src/dev/smtp-catcher';
import { serviceProcessEnv } from '../../deploy/local/service-node-options';

/**
 * One trace from the ERP to the e-mail, on real processes (jest's module loader keeps OpenTelemetry from patching,
 * so the services run as they do in production) exporting to a Zipkin this test owns: the ERP simulator publishes
 * the shipment and the confirmation of an order assigned to a Smart Account; order publishes its snapshots, from
 * which licensing deposits the licences;
 * notification e-mails the site admin. Zipkin's query API must then hold one trace with spans of order, licensing
 * and notification, the messaging spans linked parent to child across the three processes.
 */
jest.setTimeout(600_000);

interface ZipkinSpan {
  traceId: string;
  id: string;
  parentId?: string;
  name: string;
  kind?: string;
  localEndpoint?: { serviceName?: string };
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });

const until = <T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 90_000) =>
  waitUntil(what, check, timeoutMs, 250);

describe('one trace from the ERP to the e-mail (real processes, Zipkin)', () => {
  let zipkin: TraceStore & { stop(): Promise<void> };
  let smtp: SmtpCatcher;
  let env: TestEnv;
  const children: { name: string; child: ChildProcess; log: string }[] = [];
  const urls = new Map<string, string>();
  const url = (name: string) => urls.get(name)!;

  const exporterEnv = () => ({
    OTEL_TRACES_EXPORTER: 'zipkin',
    OTEL_EXPORTER_ZIPKIN_ENDPOINT: zipkin.spansUrl,
    OTEL_BSP_SCHEDULE_DELAY: '200',
  });

  async function startProcess(name: string, extra: Record<string, string> = {}): Promise<void> {
    const port = await freePort();
    const log = path.join(paths.logsDir, `trace-test-${name}.log`);
    fs.mkdirSync(paths.logsDir, { recursive: true });
    const out = fs.openSync(log, 'w');
    const child = spawn(process.execPath, serviceArgs(name), {
      cwd: repoRoot,
      env: serviceProcessEnv({
        ...exporterEnv(),
        OTEL_SERVICE_NAME: name,
        HTTP_PORT: String(port),
        KAFKA_BROKERS: env.kafkaBrokers.join(','),
        MONGO_URL: env.mongoUrl,
        MONGO_DB: `${env.topicPrefix.replace(/\.$/, '')}-${name}`,
        TOPIC_PREFIX: env.topicPrefix,
        JWT_ISSUER: env.idp.issuer,
        JWT_AUDIENCE: env.idp.audience,
        JWKS_URL: env.jwksUrl,
        LOG_LEVEL: 'info',
        ...extra,
      }),
      stdio: ['ignore', out, out],
    });
    fs.closeSync(out);
    children.push({ name, child, log });
    urls.set(name, `http://127.0.0.1:${port}`);
  }

  beforeAll(async () => {
    zipkin = await spawnZipkin(await freePort(), path.join(paths.logsDir, 'trace-test-zipkin.log'));
    smtp = await startSmtpCatcher({ smtpPort: 0, httpPort: 0 });
    env = await TestEnv.create('trace-e2e');
    await startProcess('order');
    await startProcess('licensing');
    await startProcess('notification', { SMTP_URL: smtp.smtpUrl, EMAIL_RETRY_DELAYS_MS: '1000' });
    for (const { name, log, child } of children)
      await until(
        `${name} ready`,
        async () => {
          if (child.exitCode !== null) throw new Error(`${name} exited:\n${tailOfFile(log)}`);
          const res = await fetch(`${url(name)}/readyz`).catch(() => undefined);
          return res?.status === 200 ? true : undefined;
        },
        240_000,
      ); // three processes compiling TypeScript at once on a loaded 2-core machine
  });

  afterAll(async () => {
    for (const { child } of children) child.kill('SIGTERM');
    await Promise.all(
      children.map(({ child }) => (child.exitCode !== null ? undefined : new Promise((r) => child.once('exit', r)))),
    );
    // Each clean-up runs even if another fails (a database gone at the end must not leave Zipkin running).
    await Promise.allSettled([env?.close(), smtp?.close(), zipkin?.stop()]);
  });

  it('Given an order assigned to a Smart Account, When the ERP ships and confirms it, Then one trace holds order, licensing and notification spans linked producer to consumer', async () => {
    // Given: Acme, its site admin Sam (the e-mail's recipient), an internal user, an active Smart Account
    await env.account('acc-trace', { name: 'Acme SAS' });
    const grant = { accountId: 'acc-trace', role: 'site-admin', contractNumber: null, section: null };
    const sam = await env.tokenFor({
      userId: 'u-sam-trace',
      email: 'sam.trace@acme.example',
      homeAccountId: 'acc-trace',
      grants: [grant],
    });
    const ivan = await env.tokenFor({ userId: 'u-ivan-trace', homeAccountId: 'acc-vendor', userType: 'internal' });
    const licensing = request(url('licensing'));
    const created = await until('licensing knows the internal user', async () => {
      const res = await licensing
        .post('/smart-accounts')
        .auth(ivan, { type: 'bearer' })
        .send({
          domainIdentifier: 'trace.acme.example',
          name: 'ACME trace',
          ownerAccountId: 'acc-trace',
          status: 'active',
          virtualAccounts: [{ name: 'DEFAULT' }],
          userEmails: ['sam.trace@acme.example'],
        });
      return res.status === 201 ? res.body : undefined;
    });
    await env.publish([
      env.erp.salesOrderBooked('acc-trace', {
        orderNumber: 'SO-TR1',
        webOrderNumber: 'WEB-TR1',
        lines: [
          {
            lineNumber: 1,
            sku: 'DNA-ADV-3Y',
            kind: 'software',
            description: 'DNA Advantage',
            quantity: 10,
            unitPrice: { amountMinor: 10000, currency: 'EUR' },
            serialNumbers: [],
          },
        ],
      }),
    ]);
    await until('licensing has SO-TR1 and Sam may see it', async () =>
      (await licensing.get('/orders/SO-TR1').auth(sam, { type: 'bearer' })).status === 200 ? true : undefined,
    );
    await until('the order service has SO-TR1', async () =>
      (await request(url('order')).get('/sales-orders/SO-TR1').auth(sam, { type: 'bearer' })).status === 200
        ? true
        : undefined,
    );
    const assigned = await licensing
      .put('/orders/WEB-TR1/smart-account-assignment')
      .auth(sam, { type: 'bearer' })
      .send({
        smartAccountId: created.smartAccountId,
        virtualAccountId: created.virtualAccounts[0].virtualAccountId,
        termsAccepted: true,
      });
    expect(assigned.status).toBe(200);
    // Tracing is on without any exporter-specific set-up: the request's log line carries a real trace id.
    const requestLine = await until('the log line of the assignment request', async () =>
      fs
        .readFileSync(children.find((c) => c.name === 'licensing')!.log, 'utf8')
        .split('\n')
        .find((line) => line.includes('"route":"/orders/:orderRef/smart-account-assignment"')),
    );
    expect(JSON.parse(requestLine).trace_id).toMatch(/^(?!0{32})[0-9a-f]{32}$/);
    await until('notification projected Sam as site admin', async () =>
      (await request(url('notification')).get('/me/notification-preferences').auth(sam, { type: 'bearer' })).status ===
      200
        ? true
        : undefined,
    );

    // When: the ERP simulator (a real process, tracing) publishes the shipment and the confirmation in one batch
    const deposits = env.probe('licensing.events.v1');
    const file = path.join(paths.logsDir, `trace-test-events-${env.topicPrefix}json`);
    fs.writeFileSync(
      file,
      JSON.stringify([
        env.erp.salesOrderShipped('acc-trace', 'SO-TR1'),
        env.erp.salesOrderConfirmed('acc-trace', 'SO-TR1'),
      ]),
    );
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/erp.ts',
        'publish',
        '--file',
        file,
        '--prefix',
        env.topicPrefix,
        '--brokers',
        env.kafkaBrokers.join(','),
      ],
      { cwd: repoRoot, env: { ...process.env, ...exporterEnv(), OTEL_SERVICE_NAME: 'erp-simulator' } },
    );
    const traceId = /trace ([0-9a-f]{32})/.exec(stdout)?.[1];
    expect(traceId).toBeDefined();

    // Then: the licences are deposited, with the ERP's trace in the Kafka headers, and Sam gets the e-mail
    const deposited = await deposits.waitForMessage(
      (m) => m.event?.eventType === 'LicencesDeposited' && m.event.aggregateId === 'SO-TR1',
      90_000,
    );
    expect(deposited.headers.traceparent).toContain(traceId);
    await until('the e-mail to Sam', async () =>
      smtp.mails.some((m) => m.envelopeTo.includes('sam.trace@acme.example')) ? true : undefined,
    );

    // And: Zipkin holds one trace with the messaging spans of the three services, each consumer a child of its producer
    const spans = await until('order, licensing and notification spans in Zipkin', async () => {
      const res = await fetch(`${zipkin.baseUrl}/api/v2/trace/${traceId}`);
      if (res.status !== 200) return undefined;
      const trace = (await res.json()) as ZipkinSpan[];
      const services = new Set(trace.map((s) => s.localEndpoint?.serviceName));
      const consumed = trace.some((s) => s.localEndpoint?.serviceName === 'notification' && s.kind === 'CONSUMER');
      return ['erp-simulator', 'order', 'licensing', 'notification'].every((s) => services.has(s)) && consumed
        ? trace
        : undefined;
    });
    const find = (service: string, kind: string, name: string) => {
      const span = spans.find((s) => s.localEndpoint?.serviceName === service && s.kind === kind && s.name === name);
      if (!span)
        throw new Error(
          `no ${kind} span "${name}" of ${service} in ${JSON.stringify(spans.map((s) => [s.localEndpoint?.serviceName, s.kind, s.name]))}`,
        );
      return span;
    };
    const byId = new Map(spans.map((s) => [s.id, s]));
    const ancestors = (span: ZipkinSpan): string[] =>
      span.parentId && byId.has(span.parentId) ? [span.parentId, ...ancestors(byId.get(span.parentId)!)] : [];

    const erpPublish = find('erp-simulator', 'PRODUCER', 'erp publish');
    const orderConsume = find('order', 'CONSUMER', 'erp.sales-orders.v1 process');
    const licensingConsumes = spans.filter(
      (s) =>
        s.localEndpoint?.serviceName === 'licensing' && s.kind === 'CONSUMER' && s.name === 'order.events.v1 process',
    );
    const notificationConsumes = spans.filter(
      (s) =>
        s.localEndpoint?.serviceName === 'notification' &&
        s.kind === 'CONSUMER' &&
        s.name === 'licensing.events.v1 process',
    );

    expect(spans.every((s) => s.traceId === traceId)).toBe(true);
    expect(orderConsume.parentId).toBe(erpPublish.id);
    expect(licensingConsumes.length).toBeGreaterThan(0);
    // licensing reads order's sales order snapshots: its consume is the child of order's publish, which descends
    // (through order's database write) from order's consume of the ERP's message
    for (const consume of licensingConsumes) {
      expect(byId.get(consume.parentId ?? '')).toMatchObject({
        kind: 'PRODUCER',
        name: 'order.events.v1 publish',
        localEndpoint: { serviceName: 'order' },
      });
      const chain = ancestors(consume);
      expect(chain).toContain(erpPublish.id);
      const orderConsumes = spans.filter(
        (s) => s.localEndpoint?.serviceName === 'order' && s.kind === 'CONSUMER' && s.name === orderConsume.name,
      );
      expect(orderConsumes.some((c) => chain.includes(c.id))).toBe(true);
    }
    // notification's consume is the direct child of licensing's publish: the link crosses Kafka ...
    const licensingPublishes = notificationConsumes
      .map((consume) => byId.get(consume.parentId ?? ''))
      .filter((parent): parent is ZipkinSpan => parent !== undefined);
    expect(licensingPublishes.length).toBeGreaterThan(0);
    for (const publish of licensingPublishes) {
      expect(publish).toMatchObject({
        kind: 'PRODUCER',
        name: 'licensing.events.v1 publish',
        localEndpoint: { serviceName: 'licensing' },
      });
      // ... and that outbox publish descends (through the database write) from the consume of the ERP's message.
      expect(ancestors(publish).some((id) => licensingConsumes.some((c) => c.id === id))).toBe(true);
    }
  });
});
