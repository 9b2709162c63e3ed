/**
 * The V8 heap of every service process: the memory budget is 200 MB of RSS per service through an ERP burst.
 * Uncapped, V8 grows its heap lazily while the allocation rate is high: a service whose live data is ~80 MB held
 * 220–340 MB during a 5,000-order burst, mostly garbage not collected yet. The old generation is capped at 160 MB
 * (the order service's live data stays near 110 MB with 20,000 orders arriving at once) and the young generation's
 * semi-spaces at 4 MB (scavenges run more often; they are cheap). Measured: `npm run bench:burst` peaks 187–239 MiB
 * per service instead of 215–340, in the same time; `npm run bench:ingest` the same rate.
 *
 * The Dockerfile sets the same NODE_OPTIONS. A NODE_OPTIONS already set wins (a larger heap for a larger load).
 */
export const SERVICE_NODE_OPTIONS = '--max-old-space-size=160 --max-semi-space-size=4';

/** The environment of a service process started here: this process's, the heap settings, then `extra`. */
export function serviceProcessEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, NODE_OPTIONS: process.env.NODE_OPTIONS || SERVICE_NODE_OPTIONS, ...extra };
}
