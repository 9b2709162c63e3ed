// Burst benchmark (a script, not a test): the whole platform up (five processes, shared broker and database, own
// topic prefix), N ERP orders published at once; prints the seconds until every consumer group of the five
// services has zero lag, the read latency of one edge route per service offered 200 req/s during the burst, and
// each service's peak RSS and the seconds until its own consumer group had zero lag.
//   npm run bench:burst [-- --count 5000 --rate 200 --timeout 1800 --warmup 0 --read-warmup 5]
// --read-warmup S: the reads run S seconds before the burst, unmeasured, on the connections the measured reads then
// use (a portal in use when the ERP books: the read path JIT-compiled, as the edge benchmark's warm-up does; 0: the
// reads start cold with the burst, as every figure before 2026-12-03 11:30 UTC).
// --warmup N: N orders go through first, with the reads on, unmeasured (the ingestion code JIT-compiled, as in a
// platform that has run for a while; without it the burst is the first ingestion the fresh processes do).
// Last line: `burst: <n> orders, all caught up in <s> s, read p99 <ms> ms` (p99: the worst route).
import type { Agent } from 'node:http';
import { parseArgs } from 'node:util';
import type { Admin } from 'kafkajs';
import { createKafka } from '@portal/platform';
import { groupLag, topicSize } from './support/lag';
import { runBenchmark } from './support/run';
import { asRemoteClient, describeFailures, describeTimeline, offer, readAgent } from './support/load';
import { startErpProcess } from './support/erp-process';
import { describeMainThread, mainThreadTime } from './support/cpu-time';
import { describeCommands, describeTimes, processTimes } from './support/process-metrics';
import { BenchPlatform, ResidentMemory, ServiceName, serviceNames, sleep, startPlatform } from './support/platform';
import { seededEnv, setUpReadRoutes } from './support/read-routes';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    rate: { type: 'string', default: '200' },
    timeout: { type: 'string', default: '1800' },
    warmup: { type: 'string', default: '0' },
    'read-warmup': { type: 'string', default: '5' },
  },
});
const count = Number(values.count);
const warmupCount = Number(values.warmup);
const rate = Number(values.rate);
const readWarmupSeconds = Number(values['read-warmup']);
const timeoutMs = Number(values.timeout) * 1000;

async function main(): Promise<string> {
  const platform = await startPlatform('burst', { env: seededEnv });
  const admin = createKafka('bench-burst-admin', platform.kafkaBrokers).admin();
  let last = '';
  const agents: Agent[] = [];
  try {
    await admin.connect();
    const routes = await setUpReadRoutes(platform);
    console.log(
      `burst benchmark: ${count} ERP orders at once, reads at ${rate} req/s per route, node ${process.version}, ${new Date().toISOString()}`,
    );
    const orderPrefix = platform.prefix.slice(-7, -1).toUpperCase();
    const erpOf = (orders: number, prefix: string) =>
      startErpProcess({
        kafkaBrokers: platform.kafkaBrokers,
        prefix: platform.prefix,
        count: orders,
        orderPrefix: prefix,
      });
    // One load per route at `rate`, until stopped (or for `seconds`), on connections kept across loads.
    agents.push(...routes.map(() => readAgent()));
    const offerReads = (seconds = timeoutMs / 1000) =>
      routes.map((r, i) => offer(r.url + r.path, { rate, seconds, token: r.token, agent: agents[i] }));
    if (warmupCount > 0) {
      // Unmeasured: the same shape of work (reads on, orders at once), then the measured burst starts from idle.
      const warm = await erpOf(warmupCount, `W${orderPrefix}`);
      const before = await topicSize(admin, `${platform.prefix}order.events.v1`);
      const warmLoads = offerReads();
      const warmStarted = Date.now();
      await warm.publish();
      const { caughtUpAt } = await untilCaughtUp(admin, platform, before, warmupCount, warmStarted);
      warmLoads.forEach((l) => l.stop());
      await Promise.all(warmLoads.map((l) => l.result));
      const took = caughtUpAt ? `${((caughtUpAt - warmStarted) / 1000).toFixed(1)} s` : 'not within the timeout';
      console.log(`  warm-up: ${warmupCount} orders caught up in ${took} (not measured)`);
    }
    if (readWarmupSeconds > 0) {
      const warmReads = await Promise.all(offerReads(readWarmupSeconds).map((l) => l.result));
      const p99 = Math.max(...warmReads.map((r) => r.p99));
      console.log(`  reads warmed up for ${readWarmupSeconds} s, p99 ${p99} ms (not measured)`);
    }
    const orderEventsBefore = await topicSize(admin, `${platform.prefix}order.events.v1`);

    // When: the reads run and the ERP (a process of its own) publishes every order as fast as it can.
    const erp = await erpOf(count, orderPrefix);
    const timesBefore = await Promise.all(serviceNames.map((s) => processTimes(platform.urls[s])));
    const threadsBefore = serviceNames.map((s) => mainThreadTime(platform.pids[s]));
    const started = Date.now();
    const { result: run, priority } = await asRemoteClient(async () => {
      const loads = offerReads();
      const published = await erp.publish();
      console.log(`  published in ${published.toFixed(1)} s (the ERP's process)`);
      // Then: wait until every order went through the order service and every group has nothing left to consume.
      const caught = await untilCaughtUp(admin, platform, orderEventsBefore, count, started);
      loads.forEach((l) => l.stop());
      const timesAfter = await Promise.all(serviceNames.map((s) => processTimes(platform.urls[s])));
      const threadsAfter = serviceNames.map((s) => mainThreadTime(platform.pids[s]));
      return { ...caught, timesAfter, threadsAfter, reads: await Promise.all(loads.map((l) => l.result)) };
    });
    const { caughtUpAt, lags, groupCaughtUpAt, peakRss, timesAfter, threadsAfter, reads } = run;
    console.log(`  ${priority}`);
    const seconds = caughtUpAt ? (caughtUpAt - started) / 1000 : null;

    console.log(
      seconds === null
        ? `  NOT caught up after ${timeoutMs / 1000} s, lags ${JSON.stringify(lags)}`
        : `  every consumer group at zero lag after ${seconds.toFixed(1)} s`,
    );
    routes.forEach((route, i) => {
      const r = reads[i]!;
      console.log(
        `  ${route.service.padEnd(14)} GET ${route.path.padEnd(32)} ${r.rps.toFixed(0).padStart(4)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms` +
          ` (sent late p99 ${r.sentLateP99} ms)` +
          `${describeFailures(r)}, peak RSS ${describeRss(peakRss[route.service])}` +
          `, group caught up ${caughtUpText(groupCaughtUpAt[route.service], started, lags[route.service])}`,
      );
      const thread = describeMainThread(threadsBefore[i]!, threadsAfter[i]!);
      console.log(`  ${''.padEnd(14)} ${describeTimes(timesBefore[i]!, timesAfter[i]!)}${thread && `; ${thread}`}`);
      console.log(`  ${''.padEnd(14)} ${describeCommands(timesBefore[i]!, timesAfter[i]!, count)}`);
      if (process.env.BENCH_TIMELINE) console.log(`  ${''.padEnd(14)} per second p99/max: ${describeTimeline(r)}`);
    });
    const p99 = Math.max(...reads.map((r) => r.p99));
    last = `burst: ${count} orders, all caught up in ${seconds === null ? `> ${timeoutMs / 1000}` : seconds.toFixed(1)} s, read p99 ${p99} ms`;
  } finally {
    agents.forEach((a) => a.destroy());
    await admin.disconnect();
    await platform.stop();
  }
  return last;
}

/**
 * Polls until `order.events.v1` carries `count` more events than `orderEventsBefore` and every group is at zero lag
 * on two polls in a row (a relay may still be publishing when the consumers downstream look idle); `caughtUpAt` is
 * the first of the two (null after the timeout). Also: when each group last reached zero lag, and each service's
 * peak RSS meanwhile.
 */
async function untilCaughtUp(
  admin: Admin,
  platform: BenchPlatform,
  orderEventsBefore: number,
  count: number,
  started: number,
) {
  const peakRss = Object.fromEntries(serviceNames.map((s) => [s, { total: 0, anon: 0, file: 0 }])) as Record<
    ServiceName,
    ResidentMemory
  >;
  const groupCaughtUpAt = Object.fromEntries(serviceNames.map((s) => [s, null])) as Record<ServiceName, number | null>;
  let caughtUpAt: number | null = null;
  let zeroStreak = 0;
  let lags: Record<string, number | null> = {};
  while (Date.now() - started < timeoutMs) {
    for (const [service, rss] of Object.entries(platform.rss()))
      if (rss.total > peakRss[service as ServiceName].total) peakRss[service as ServiceName] = rss;
    lags = Object.fromEntries(
      await Promise.all(serviceNames.map(async (s) => [s, await groupLag(admin, platform.prefix + s)] as const)),
    );
    const recorded = (await topicSize(admin, `${platform.prefix}order.events.v1`)) - orderEventsBefore;
    // Per group: when its lag last came down to zero once every order was recorded (null while it has lag).
    for (const s of serviceNames)
      groupCaughtUpAt[s] = recorded >= count && lags[s] === 0 ? (groupCaughtUpAt[s] ?? Date.now()) : null;
    const idle = recorded >= count && Object.values(lags).every((lag) => lag === 0);
    zeroStreak = idle ? zeroStreak + 1 : 0;
    if (zeroStreak === 1) caughtUpAt = Date.now();
    if (zeroStreak >= 2) return { caughtUpAt, lags, groupCaughtUpAt, peakRss };
    await sleep(500);
  }
  return { caughtUpAt: null, lags, groupCaughtUpAt, peakRss };
}

/** "247 MiB (own 201, shared files 46)": what the process holds itself, and the node binary's shared pages. */
const describeRss = (m: ResidentMemory) =>
  `${m.total.toFixed(0)} MiB (own ${m.anon.toFixed(0)}, shared files ${m.file.toFixed(0)})`;

/** Seconds from the publication to a group's zero lag, or what it still had to read. */
const caughtUpText = (at: number | null, started: number, lag: number | null | undefined) =>
  at === null ? `never (lag ${lag ?? 'unknown'})` : `in ${((at - started) / 1000).toFixed(1)} s`;

runBenchmark(main);
