// Edge benchmark (a script, not a test): one read route per service at 1,000 req/s (evenly, open loop) for 20 s after
// 15 s of warm-up, next to bare Express serving the same body in the same run. The platform runs as real processes on
// the shared broker and database.
//   npm run bench:edge [-- --rate 1000 --seconds 20 --warmup 15 --only order,account]
// Last line: `edge: <rps> req/s of <bare> bare = <ratio>, p99 <ms> ms` for the service with the lowest ratio
// (p99 is the worst of all services).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../../deploy/local/paths';
import { runBenchmark } from './support/run';
import { asRemoteClient, describeFailures, describeTimeline, offer, LoadResult } from './support/load';
import { startPlatform } from './support/platform';
import { seededEnv, setUpReadRoutes } from './support/read-routes';
import { cpuMs, describeMainThread, mainThreadTime } from './support/cpu-time';
import { describeTimes, processTimes } from './support/process-metrics';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '20' },
    // Unmeasured load first, per route and for bare Express alike: JIT warm-up, and the platform's start-up work
    // (group joins, first fetches, cache fills) out of the way.
    // 15 s: V8 still tiered code up to its optimizing compiler 10-30 s after start at this rate (see the README).
    warmup: { type: 'string', default: '15' },
    // A subset of the services, for profiling one edge (the last line then covers only those).
    only: { type: 'string' },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);

/**
 * Warm-up load (unmeasured), then the measured run: its rate, latency and CPU per request, and for a service (given
 * its base URL) what its own metrics saw meanwhile.
 */
async function measured(target: {
  pid: number;
  url: string;
  token?: string;
  serviceUrl?: string;
}): Promise<LoadResult & { cpuPerRequest: number; own?: string }> {
  await offer(target.url, { rate, seconds: warmup, token: target.token }).result;
  const timesBefore = target.serviceUrl ? await processTimes(target.serviceUrl) : undefined;
  const before = cpuMs(target.pid);
  const threadBefore = mainThreadTime(target.pid);
  const result = await offer(target.url, { rate, seconds, token: target.token }).result;
  const requests = result.rps * seconds;
  const cpuPerRequest = requests > 0 ? (cpuMs(target.pid) - before) / requests : 0;
  const thread = describeMainThread(threadBefore, mainThreadTime(target.pid));
  const own = timesBefore && describeTimes(timesBefore, await processTimes(target.serviceUrl!));
  return { ...result, cpuPerRequest, own: own && `${own}${thread && `; ${thread}`}` };
}

async function startBare(bodies: Record<string, string>): Promise<{ url: string; pid: number; stop: () => void }> {
  const file = path.join(os.tmpdir(), `bench-bare-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(bodies));
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/support/bare-express.ts'], {
    cwd: repoRoot,
    env: { ...process.env, BARE_BODIES: file },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /port (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`bare Express exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => child.kill('SIGTERM') };
}

const fmt = (r: LoadResult & { cpuPerRequest: number }) =>
  `${r.rps.toFixed(0).padStart(6)} req/s, p50 ${String(r.p50).padStart(4)} ms, p99 ${String(r.p99).padStart(4)} ms, ` +
  `CPU ${r.cpuPerRequest.toFixed(2)} ms/req, sent late p99 ${r.sentLateP99} ms` +
  describeFailures(r);

async function main(): Promise<string> {
  const platform = await startPlatform('edge', { env: seededEnv });
  let bare: { url: string; pid: number; stop: () => void } | undefined;
  let last = '';
  try {
    const routes = await setUpReadRoutes(platform);
    const express = (bare = await startBare(Object.fromEntries(routes.map((r) => [r.path, r.body]))));
    console.log(
      `edge benchmark: ${rate} req/s offered evenly for ${warmup} s (warm-up) + ${seconds} s per run, node ${process.version}, ${new Date().toISOString()}`,
    );
    const rows: { service: string; edge: LoadResult; bare: LoadResult }[] = [];
    const only = values.only?.split(',');
    const { priority } = await asRemoteClient(async () => {
      for (const route of routes.filter((r) => !only || only.includes(r.service))) {
        const { token } = route;
        const pid = platform.pids[route.service];
        const edge = await measured({ pid, url: route.url + route.path, token, serviceUrl: route.url });
        const reference = await measured({ pid: express.pid, url: express.url + route.path, token });
        rows.push({ service: route.service, edge, bare: reference });
        console.log(`  ${route.service.padEnd(14)} GET ${route.path} (${route.body.length} B)`);
        console.log(`    service      ${fmt(edge)}`);
        console.log(`    bare Express ${fmt(reference)}`);
        console.log(`    in the service: ${edge.own}`);
        if (process.env.BENCH_TIMELINE) {
          console.log(`    service per second p99/max: ${describeTimeline(edge)}`);
          console.log(`    bare per second p99/max: ${describeTimeline(reference)}`);
        }
      }
    });
    console.log(`  ${priority}`);
    const ratio = (row: (typeof rows)[number]) => (row.edge.non2xx ? 0 : row.edge.rps / row.bare.rps);
    const worst = rows.reduce((a, b) => (ratio(b) < ratio(a) ? b : a));
    const p99 = Math.max(...rows.map((r) => r.edge.p99));
    last = `edge: ${worst.edge.rps.toFixed(0)} req/s of ${worst.bare.rps.toFixed(0)} bare = ${ratio(worst).toFixed(2)}, p99 ${p99} ms`;
  } finally {
    bare?.stop();
    await platform.stop();
  }
  return last;
}

runBenchmark(main);
