// What the kernel says about a process's time (Linux /proc): the CPU it used, and how long its main thread (the
// event loop) waited for a CPU while it had work. On a saturated machine the second is where a read's latency goes
// that no profile of the service shows.
import fs from 'node:fs';

/** CPU time (user + system) a process has used so far, ms: per request, it shows cost apart from contention. */
export function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

export interface MainThreadTime {
  ranMs: number;
  /** Time runnable but waiting on the run queue. */
  waitedMs: number;
}

/** The main thread's run and run-queue wait so far (`schedstat`, ns), or null where the kernel does not say. */
export function mainThreadTime(pid: number): MainThreadTime | null {
  try {
    const [ran, waited] = fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').trim().split(' ').map(Number);
    return { ranMs: ran! / 1e6, waitedMs: waited! / 1e6 };
  } catch {
    return null;
  }
}

/** "main thread ran 7.1 s, waited for a CPU 18.3 s" between two readings ('' when either is missing). */
export function describeMainThread(before: MainThreadTime | null, after: MainThreadTime | null): string {
  if (!before || !after) return '';
  const s = (ms: number) => (ms / 1000).toFixed(1);
  return `main thread ran ${s(after.ranMs - before.ranMs)} s, waited for a CPU ${s(after.waitedMs - before.waitedMs)} s`;
}
