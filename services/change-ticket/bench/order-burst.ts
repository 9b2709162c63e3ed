// Change-ticket's order ingestion under a burst (a script, not a test): the service in-process on its own topic
// prefix and database, N order snapshots (order.events.v1, two elements each, spread over a few contracts of one
// account so perimeters grow large) published at once; prints the seconds until the service's consumer group has
// committed every offset, and the latency of GET /elements (first page of the largest perimeter) read one after
// the other during the burst (404 until the perimeter exists).
//   npx tsx services/change-ticket/bench/order-burst.ts [--orders 1500 --contracts 3 --service <path to service.ts>]
// `--service` runs another build of the service (e.g. an older checkout) against the same harness.
// Last line: `order-burst: <n> orders, caught up in <s> s (<rate> orders/s), read p50 <ms> ms, p99 <ms> ms`.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ServiceDefinition } from '@portal/platform';
import { createKafka } from '@portal/platform';
import { bearer, TestEnv } from '@portal/platform/src/testing';
import { runBenchmark } from '../../../test/bench/support/run';
import { ACME, salesOrderRecorded } from '../test/order-snapshots';

const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '1500' },
    contracts: { type: 'string', default: '3' },
    timeout: { type: 'string', default: '900' },
    service: { type: 'string' },
  },
});
const count = Number(values.orders);
const contracts = Number(values.contracts);
const timeoutMs = Number(values.timeout) * 1000;

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;

async function main(): Promise<string> {
  const modulePath = values.service ? path.resolve(values.service) : path.join(__dirname, '..', 'src', 'service');
  const { changeTicketService } = (await import(modulePath)) as { changeTicketService: ServiceDefinition };
  const env = await TestEnv.create('bench-order-burst');
  const admin = createKafka('bench-order-burst', env.kafkaBrokers).admin();
  try {
    const svc = await env.start(changeTicketService);
    const token = await env.tokenFor({
      userId: 'u-vic',
      homeAccountId: ACME,
      grants: [{ accountId: ACME, role: 'visitor', contractNumber: null, section: 'requests' }],
    });
    await admin.connect();
    const topic = `${env.topicPrefix}order.events.v1`;
    const group = `${env.topicPrefix}change-ticket`;
    const snapshots = Array.from({ length: count }, (_, i) =>
      salesOrderRecorded(`SO-${String(i).padStart(6, '0')}`, `C-BURST-${i % contracts}`),
    );
    console.log(`order-burst: ${count} orders over ${contracts} contracts, service ${modulePath}`);

    const started = Date.now();
    for (let i = 0; i < snapshots.length; i += 500) await env.publish(snapshots.slice(i, i + 500));
    console.log(`  published in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const reads: number[] = [];
    let caughtUp: number | null = null;
    let lastReport = started;
    while (Date.now() - started < timeoutMs) {
      const t0 = performance.now();
      const answer = await env
        .http(svc)
        .get('/elements')
        .query({ perimeter: 'C-BURST-0', limit: 20 })
        .set(bearer(token));
      reads.push(performance.now() - t0);
      if (answer.status !== 200 && answer.status !== 404) throw new Error(`GET /elements answered ${answer.status}`);
      const ends = await admin.fetchTopicOffsets(topic);
      const [committed] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
      const behind = ends.reduce(
        (sum, end) =>
          sum +
          Math.max(
            0,
            Number(end.high) - Number(committed?.partitions.find((p) => p.partition === end.partition)?.offset ?? 0),
          ),
        0,
      );
      if (Date.now() - lastReport > 10_000) {
        console.log(`  ${((Date.now() - started) / 1000).toFixed(0)} s: ${behind} messages behind`);
        lastReport = Date.now();
      }
      if (behind === 0) {
        caughtUp = (Date.now() - started) / 1000;
        break;
      }
    }
    const sorted = reads.sort((a, b) => a - b);
    const p50 = percentile(sorted, 50).toFixed(0);
    const p99 = percentile(sorted, 99).toFixed(0);
    const seconds = caughtUp === null ? `> ${timeoutMs / 1000}` : caughtUp.toFixed(1);
    const rate = caughtUp === null ? '-' : (count / caughtUp).toFixed(0);
    return `order-burst: ${count} orders, caught up in ${seconds} s (${rate} orders/s), read p50 ${p50} ms, p99 ${p99} ms (${reads.length} reads)`;
  } finally {
    await admin.disconnect().catch(() => undefined);
    await env.close();
  }
}

runBenchmark(main);
