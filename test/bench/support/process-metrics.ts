// What a service process did with its time, read from its own /metrics (prom-client's default metrics): the
// event-loop delay since the previous scrape (prom-client resets that histogram at each scrape) and the time spent
// in garbage collection. A read that waits behind a long synchronous task or a GC pause shows here first.

export interface ProcessTimes {
  /** Longest and 99th-percentile event-loop delay since the previous scrape, ms. */
  loopMaxMs: number;
  loopP99Ms: number;
  /** Seconds of GC so far, per kind (major, minor, incremental, weakcb). */
  gcSeconds: Record<string, number>;
  /** Route requests answered so far (not probes or scrapes), cumulative per histogram bucket `le` (seconds). */
  served: Map<number, number>;
  /** Database commands so far, per `<pool> <command>` (db_command_duration_seconds): count and seconds. */
  commands: Map<string, { n: number; seconds: number }>;
}

const sample = (text: string, name: string) => {
  const match = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.eE+-]+)$`, 'm').exec(text);
  return match ? Number(match[1]) : NaN;
};

export async function processTimes(baseUrl: string): Promise<ProcessTimes> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const gcSeconds: Record<string, number> = {};
  for (const m of text.matchAll(/^nodejs_gc_duration_seconds_sum\{[^}]*kind="(\w+)"[^}]*\} ([0-9.eE+-]+)$/gm))
    gcSeconds[m[1]!] = Number(m[2]);
  const served = new Map<number, number>();
  for (const m of text.matchAll(/^http_request_duration_seconds_bucket\{([^}]*)\} ([0-9.eE+-]+)$/gm)) {
    const labels = m[1]!;
    if (/route="\/(metrics|readyz|healthz)"/.test(labels)) continue;
    const le = Number(/le="([^"]+)"/.exec(labels)?.[1]?.replace('+Inf', 'Infinity'));
    served.set(le, (served.get(le) ?? 0) + Number(m[2]));
  }
  const commands = new Map<string, { n: number; seconds: number }>();
  for (const m of text.matchAll(/^db_command_duration_seconds_(count|sum)\{([^}]*)\} ([0-9.eE+-]+)$/gm)) {
    const pool = /pool="(\w+)"/.exec(m[2]!)?.[1];
    const command = /command="(\w+)"/.exec(m[2]!)?.[1];
    const entry = commands.get(`${pool} ${command}`) ?? { n: 0, seconds: 0 };
    if (m[1] === 'count') entry.n = Number(m[3]);
    else entry.seconds = Number(m[3]);
    commands.set(`${pool} ${command}`, entry);
  }
  return {
    served,
    commands,
    loopMaxMs: sample(text, 'nodejs_eventloop_lag_max_seconds') * 1000,
    loopP99Ms: sample(text, 'nodejs_eventloop_lag_p99_seconds') * 1000,
    gcSeconds,
  };
}

/** "event loop max 420 ms, p99 80 ms; GC 3.1 s (major 1.2 s)" between two readings of one process. */
export function describeTimes(before: ProcessTimes, after: ProcessTimes): string {
  const gc = (kind?: string) =>
    Object.entries(after.gcSeconds)
      .filter(([k]) => !kind || k === kind)
      .reduce((sum, [k, v]) => sum + v - (before.gcSeconds[k] ?? 0), 0);
  // The service's own timing (request parsed -> answer finished): what the client saw beyond it waited to be read.
  const buckets = [...after.served.keys()].sort((a, b) => a - b);
  const count = (le: number) => (after.served.get(le) ?? 0) - (before.served.get(le) ?? 0);
  const total = count(Infinity);
  const p99 = buckets.find((le) => total > 0 && count(le) >= 0.99 * total);
  const server = total
    ? `; in the service p99 <= ${p99 === Infinity ? '> 2.5 s' : `${(p99! * 1000).toFixed(0)} ms`}`
    : '';
  return (
    `event loop max ${after.loopMaxMs.toFixed(0)} ms, p99 ${after.loopP99Ms.toFixed(0)} ms; ` +
    `GC ${gc().toFixed(1)} s (major ${gc('major').toFixed(1)} s)${server}`
  );
}

/** "db per order: write insert 0.21 (1.2 s), read find 1.00 (3.1 s)" between two readings, largest time first. */
export function describeCommands(before: ProcessTimes, after: ProcessTimes, orders: number): string {
  const rows = [...after.commands]
    .map(([name, c]) => {
      const was = before.commands.get(name) ?? { n: 0, seconds: 0 };
      return { name, n: c.n - was.n, seconds: c.seconds - was.seconds };
    })
    .filter((r) => r.n > 0)
    .sort((a, b) => b.seconds - a.seconds);
  return `db per order: ${rows.map((r) => `${r.name} ${(r.n / orders).toFixed(2)} (${r.seconds.toFixed(1)} s)`).join(', ')}`;
}
