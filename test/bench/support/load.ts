import http from 'node:http';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { percentile } from './percentile';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** The failed requests by cause (`ECONNRESET`, `timeout`, ...): what a user whose request failed would have seen. */
  errorCauses: Record<string, number>;
  /** How late this process sent its requests, p99 ms: the client's own delay, inside every latency above. */
  sentLateP99: number;
  /** Per second of due time: p99 and max latency, ms (where in a run the slow requests were). */
  timeline: { second: number; p99: number; max: number }[];
}

export interface Load {
  stop(): void;
  result: Promise<LoadResult>;
}

const TIMEOUT_MS = 10_000;

/** Keep-alive connections for one route's reads, at most `connections` (32). */
export const readAgent = (connections = 32) => new http.Agent({ keepAlive: true, maxSockets: connections });

/**
 * Offers `rate` GET requests per second to one URL, evenly spaced (open loop), for `seconds` or until stopped.
 *
 * Why not autocannon (used before): its rate limit lets each connection send its whole second's quota back to back
 * at the start of every second and then wait, so "1,000 req/s" arrives as bursts that queue; and its
 * coordinated-omission correction takes `1 / rate` (seconds) as the expected interval in milliseconds (1 ms), adding
 * a synthetic sample per millisecond of every response slower than 1 ms. Here request i is due at start + i / rate
 * and its latency runs from that due time (as wrk2 measures), so a stall counts for every request it delays and
 * nothing else is added.
 */
export function offer(
  url: string,
  options: {
    rate: number;
    seconds: number;
    token?: string;
    connections?: number;
    /** Connections to use and keep (a warm-up's, so the measured load does not open new ones); destroyed if not given. */
    agent?: http.Agent;
  },
): Load {
  const agent = options.agent ?? readAgent(options.connections);
  const headers = options.token ? { authorization: `Bearer ${options.token}` } : {};
  const interval = 1000 / options.rate;
  const total = Math.round(options.rate * options.seconds);
  const latencies: number[] = [];
  const perSecond: number[][] = [];
  const late: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const errorCauses: Record<string, number> = {};
  let sent = 0;
  let inFlight = 0;
  let stopped = false;
  let lastDone = 0;
  let finish!: () => void;
  const drained = new Promise<void>((resolve) => (finish = resolve));
  const start = performance.now();
  const settleIfDone = () => {
    if ((stopped || sent === total) && inFlight === 0) finish();
  };

  const send = (due: number) => {
    inFlight += 1;
    late.push(performance.now() - due);
    let counted = false;
    const done = (ok: boolean, status = 0, error?: Error) => {
      if (counted) return; // a response can end and then see its socket fail: one outcome per request
      counted = true;
      inFlight -= 1;
      lastDone = performance.now();
      if (!ok) {
        errors += 1;
        const cause = (error as NodeJS.ErrnoException | undefined)?.code ?? error?.message ?? 'unknown';
        errorCauses[cause] = (errorCauses[cause] ?? 0) + 1;
      } else if (status < 200 || status > 299) non2xx += 1;
      else {
        latencies.push(lastDone - due);
        (perSecond[Math.floor((due - start) / 1000)] ??= []).push(lastDone - due);
      }
      settleIfDone();
    };
    const request = http.get(url, { agent, headers, timeout: TIMEOUT_MS }, (response) => {
      response.resume();
      response.once('end', () => done(true, response.statusCode ?? 0));
      response.once('error', (error) => done(false, 0, error));
    });
    request.once('timeout', () => request.destroy(new Error('timeout')));
    request.once('error', (error) => done(false, 0, error));
  };

  // Sends every request that is due, then sleeps until the next one is: a late timer sends the backlog at once,
  // and its requests are charged from when they were due.
  const tick = () => {
    if (stopped) return settleIfDone();
    const now = performance.now();
    while (sent < total && start + sent * interval <= now) send(start + sent++ * interval);
    if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
    else settleIfDone();
  };
  tick();

  const result = drained.then(() => {
    if (!options.agent) agent.destroy();
    const at = percentilesOf(latencies);
    return {
      rps: (latencies.length + non2xx) / (Math.max(lastDone - start, 1) / 1000),
      p50: at(50),
      p99: at(99),
      non2xx,
      errors,
      errorCauses,
      sentLateP99: percentilesOf(late)(99),
      timeline: [...perSecond.entries()]
        .filter(([, samples]) => samples?.length)
        .map(([second, samples]) => ({
          second,
          p99: percentilesOf(samples)(99),
          max: Math.round(Math.max(...samples)),
        })),
    };
  });
  return {
    stop: () => {
      stopped = true;
      settleIfDone();
    },
    result,
  };
}

/** The niceness the load generator's thread takes while it measures (the platform runs at 0; BENCH_CLIENT_NICE=0 to compare). */
const CLIENT_NICE = Number(process.env.BENCH_CLIENT_NICE ?? -10);

/**
 * Runs `measure` with this thread (the load generator: it sends and reads every request) above the platform's
 * priority, when the machine allows it (root or CAP_SYS_NICE). The generator stands for clients on other machines;
 * here it shares the CPUs with the platform it measures, and whenever it waits for one, responses already sent sit
 * unread and count as the service's latency ("sent late" shows the send side of it: p99 115-185 ms during a burst
 * at the platform's priority). On Linux the priority is this thread's alone: processes started before (the
 * platform, the ERP's process) keep theirs, and the thread goes back to its own afterwards. Answers `measure`'s
 * result and what priority it ran at.
 */
export async function asRemoteClient<T>(measure: () => Promise<T>): Promise<{ result: T; priority: string }> {
  const before = os.getPriority(0);
  const raised = CLIENT_NICE < before && raise(CLIENT_NICE);
  const priority = raised
    ? `load generator at nice ${CLIENT_NICE}, above the platform (it stands for clients on other machines)`
    : `load generator at the platform's priority (${before}${CLIENT_NICE < before ? ': raising it needs CAP_SYS_NICE' : ''}), its own CPU waits counted in the latencies`;
  try {
    return { result: await measure(), priority };
  } finally {
    if (raised) os.setPriority(0, before);
  }
}

function raise(nice: number): boolean {
  try {
    os.setPriority(0, nice);
    return true;
  } catch {
    return false; // not allowed here: measured at the platform's priority, and said so
  }
}

/** ` (3 non-2xx, 2 errors: ECONNRESET 2)`, or nothing when every request was answered 2xx. */
export function describeFailures(r: Pick<LoadResult, 'non2xx' | 'errors' | 'errorCauses'>): string {
  if (!r.non2xx && !r.errors) return '';
  const causes = Object.entries(r.errorCauses).map(([cause, n]) => `${cause} ${n}`);
  return ` (${r.non2xx} non-2xx, ${r.errors} errors${causes.length ? `: ${causes.join(', ')}` : ''})`;
}

/** "0:12.1/14 1:3.2/5 ...": each second's p99 and max latency, ms (`BENCH_TIMELINE=1`: where in a run the slow ones were). */
export const describeTimeline = (r: Pick<LoadResult, 'timeline'>) =>
  r.timeline.map((t) => `${t.second}:${t.p99}/${t.max}`).join(' ');

/** Percentiles of samples in ms, to one decimal (a loopback read takes about one); 0 when there are none. */
function percentilesOf(samples: number[]): (p: number) => number {
  const sorted = [...samples].sort((a, b) => a - b);
  return (p) => (sorted.length ? Math.round(percentile(sorted, p) * 10) / 10 : 0);
}
