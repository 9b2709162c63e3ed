// End-to-end benchmark (a script, not a test): orders assigned to a Smart Account, then the ERP ships and confirms
// them at 5 orders/s; measured from that publish to the "licences deposited" e-mail arriving at an SMTP server.
// The whole platform runs as real processes on the shared broker and database under its own topic prefix:
// ERP → licensing (deposit) → licensing.events.v1 → notification (scheduler sends the e-mail) → SMTP.
//   npm run bench:e2e [-- --count 60 --rate 5]
// Last line: `e2e: erp→email p50 <ms> ms, p99 <ms> ms`.
import { parseArgs } from 'node:util';
import { EventCodec } from '@portal/contracts';
import { createKafka } from '@portal/platform';
import { erp } from '@portal/platform/src/testing';
import { startSmtpCatcher } from '../../services/notification/src/dev/smtp-catcher';
import { runBenchmark } from './support/run';
import { percentile } from './support/percentile';
import { groupLag } from './support/lag';
import { serviceNames, sleep, startPlatform, until } from './support/platform';
import { seededEnv } from './support/read-routes';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '60' }, rate: { type: 'string', default: '5' } },
});
const count = Number(values.count);
const rate = Number(values.rate);

async function main(): Promise<string> {
  const smtp = await startSmtpCatcher({ smtpPort: 0, httpPort: null, keep: 100_000 });
  const platform = await startPlatform('e2e', { env: { ...seededEnv, notification: { SMTP_URL: smtp.smtpUrl } } });
  let last = '';
  try {
    // Given: orders booked for ACME and assigned to its Smart Account (the demo seed's), waiting for shipment.
    const sam = await platform.tokenFor({
      userId: 'u-sam',
      email: 'sam.admin@acme.example',
      homeAccountId: 'acc-acme',
      userType: 'external',
      status: 'active',
      grants: [{ accountId: 'acc-acme', role: 'site-admin', contractNumber: null, section: null }],
    });
    const run = platform.prefix.slice(-7, -1).toUpperCase();
    const orderNumbers = Array.from({ length: count }, (_, i) => `SO-E2E-${run}-${i}`);
    await platform.publish(
      orderNumbers.map((orderNumber) => {
        const booked = erp.salesOrderBooked('acc-acme', { orderNumber });
        booked.payload.lines.push({
          lineNumber: 2,
          sku: 'DNA-ADV-3Y',
          kind: 'software',
          description: 'DNA Advantage 3 years',
          quantity: 25,
          unitPrice: { amountMinor: 90000, currency: 'EUR' },
          serialNumbers: [],
        });
        return booked;
      }),
    );
    const licensing = platform.urls.licensing;
    const auth = { authorization: `Bearer ${sam}`, 'content-type': 'application/json' };
    for (const orderNumber of orderNumbers) {
      await until(
        `licensing knows ${orderNumber}`,
        async () => (await fetch(`${licensing}/orders/${orderNumber}`, { headers: auth })).ok,
      );
      const assigned = await fetch(`${licensing}/orders/${orderNumber}/smart-account-assignment`, {
        method: 'PUT',
        headers: auth,
        body: JSON.stringify({ smartAccountId: 'sa-acme', virtualAccountId: 'va-acme-default', termsAccepted: true }),
      });
      if (!assigned.ok) throw new Error(`assigning ${orderNumber}: ${assigned.status} ${await assigned.text()}`);
    }
    // The platform has worked through the set-up (bookings, assignments, their e-mails) before the clock starts:
    // otherwise the first shipments queue behind it and the figure measures the set-up, not the path.
    const admin = createKafka('bench-e2e-admin', platform.kafkaBrokers).admin();
    await admin.connect();
    const settling = Date.now();
    let mails = -1;
    let mailsChangedAt = Date.now();
    await until(
      'the platform caught up with the set-up',
      async () => {
        if (smtp.mails.length !== mails) [mails, mailsChangedAt] = [smtp.mails.length, Date.now()];
        for (const service of serviceNames) if ((await groupLag(admin, platform.prefix + service)) !== 0) return false;
        return Date.now() - mailsChangedAt >= 1000; // and no e-mail for a second: the scheduler is done too
      },
      300_000,
    );
    await admin.disconnect();
    console.log(`  set-up worked through ${((Date.now() - settling) / 1000).toFixed(1)} s after the last assignment`);
    console.log(
      `e2e benchmark: ${count} assigned orders shipped and confirmed at ${rate}/s, node ${process.version}, ${new Date().toISOString()}`,
    );

    // Where the time goes, per hop: when the order service published each order's snapshot and when licensing
    // published the deposit (the Kafka message timestamps: set by the producer at send, so the observer's own fetch
    // wait is not counted).
    const snapshotsAt = new Map<string, number[]>();
    const depositedAt = new Map<string, number>();
    const codec = new EventCodec();
    const observer = createKafka('bench-e2e-observer', platform.kafkaBrokers).consumer({
      groupId: `${platform.prefix}observer`,
      maxWaitTimeInMs: 20,
    });
    await observer.connect();
    await observer.subscribe({
      topics: [`${platform.prefix}order.events.v1`, `${platform.prefix}licensing.events.v1`],
      fromBeginning: true,
    });
    await observer.run({
      eachMessage: async ({ message }) => {
        const event = await codec.decode(message.value);
        const at = Number(message.timestamp);
        if (event.eventType === 'LicencesDeposited') depositedAt.set(event.aggregateId, at);
        if (event.eventType === 'SalesOrderUpdated')
          snapshotsAt.set(event.aggregateId, [...(snapshotsAt.get(event.aggregateId) ?? []), at]);
      },
    });

    // When: the ERP ships and confirms them, `rate` orders a second.
    const sentAt = new Map<string, number>();
    const started = Date.now();
    for (const [i, orderNumber] of orderNumbers.entries()) {
      const due = started + (i * 1000) / rate;
      if (due > Date.now()) await sleep(due - Date.now());
      sentAt.set(orderNumber, Date.now());
      await platform.publish([
        erp.salesOrderShipped('acc-acme', orderNumber),
        erp.salesOrderConfirmed('acc-acme', orderNumber),
      ]);
    }

    // Then: each order's "licences deposited" e-mail arrives; latency = first such mail - publish.
    const arrived = new Map<string, number>();
    await until(
      'every deposit e-mail',
      async () => {
        for (const mail of smtp.mails) {
          const orderNumber = /Licences of order (\S+) deposited/.exec(mail.subject ?? '')?.[1];
          if (orderNumber && sentAt.has(orderNumber) && !arrived.has(orderNumber))
            arrived.set(orderNumber, Date.parse(mail.receivedAt));
        }
        return arrived.size === count;
      },
      300_000,
    );
    await observer.disconnect();
    const sorted = (values: number[]) => values.sort((a, b) => a - b);
    const latencies = sorted(orderNumbers.map((n) => arrived.get(n)! - sentAt.get(n)!));
    // The order's last snapshot before its deposit is the one licensing deposited from (the confirmation).
    const snapshotOf = (n: string) =>
      Math.max(...(snapshotsAt.get(n) ?? [NaN]).filter((t) => t <= depositedAt.get(n)!));
    const hop = (from: (n: string) => number, to: (n: string) => number) =>
      sorted(orderNumbers.map((n) => to(n) - from(n)));
    const spread = (v: number[]) => `p50 ${percentile(v, 50)} ms, p99 ${percentile(v, 99)} ms`;
    const sent = (n: string) => sentAt.get(n)!;
    const deposited = (n: string) => depositedAt.get(n) ?? NaN;
    console.log(`  ERP publish -> order snapshot published          ${spread(hop(sent, snapshotOf))}`);
    console.log(`  order snapshot -> LicencesDeposited published    ${spread(hop(snapshotOf, deposited))}`);
    console.log(`  LicencesDeposited -> e-mail at the SMTP server   ${spread(hop(deposited, (n) => arrived.get(n)!))}`);
    // Other e-mails the platform sent meanwhile (bookings, assignments) share the sender with the measured ones.
    const others = smtp.mails.filter((m) => !/Licences of order \S+ deposited/.test(m.subject ?? ''));
    const during = others.filter((m) => Date.parse(m.receivedAt) >= started).length;
    console.log(`  other e-mails: ${others.length - during} before the shipments, ${during} during the run`);
    console.log(`  ${count} e-mails, latency min ${latencies[0]} ms, max ${latencies[latencies.length - 1]} ms`);
    last = `e2e: erp→email p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms`;
  } finally {
    await platform.stop();
    await smtp.close();
  }
  return last;
}

runBenchmark(main);
