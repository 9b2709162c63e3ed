/**
 * The V8 heap of every service process: the memory budget is 200 MB of RSS per service through an ERP burst.
 * Uncapped, V8 grows its heap lazily while the allocation rate is high: a service whose live data is ~80 MB held
 * 215–340 MiB during a 5,000-order burst, mostly garbage not collected yet. The old generation is capped at 192 MB
 * (the order service's live data stayed near 110 MB with 20,000 orders arriving at once; ~35 MB less since
 * dependencies' source maps are no longer kept, runtime/source-maps.ts) and the young generation's
 * semi-spaces at 4 MB (8 MB until the evening of 2026-12-02, see below). Measured on 2026-12-02 with 8 MB: `npm run bench:burst` peaks at 193–249 MiB per service, as fast;
 * `npm run bench:ingest` (20,000 orders at once) at 240 MiB instead of 389, for 10–15 % of its rate (more GC work:
 * 1,770 events/s against 2,057 uncapped in the same hour). 160 MB and 4 MB semi-spaces kept the burst at 179–241
 * MiB but cost the ingestion 15–30 %. On Node 26 with compiled services, three interleaved pairs the same evening:
 * semi-spaces of 4 MB put the order service's burst peak at 180–182 MiB against 185–194 with 8 MB (the others 5–10
 * MiB lower too), caught up as fast; `bench:ingest` 0.83 and 0.79 against 0.78 and 0.63: no cost left to see.
 *
 * The Dockerfile sets the same NODE_OPTIONS. A NODE_OPTIONS already set wins (a larger heap for a larger load).
 */
export const SERVICE_NODE_OPTIONS = '--max-old-space-size=192 --max-semi-space-size=4';

/**
 * glibc's allocator: a freed block larger than its mmap threshold raises the threshold to that size (up to 32 MB),
 * so later buffers of that size (Kafka fetch responses, BSON commands) come from the heap arenas, whose freed pages
 * stay resident. A fixed threshold of 128 KiB keeps large buffers mapped on their own and returned when freed.
 * Measured on 2026-12-02 (`bench:burst`, Node 26, two interleaved pairs): 4–7 MiB less RSS per service at the
 * peak, caught up as fast. The Dockerfile sets the same. One already set wins.
 */
export const SERVICE_MALLOC_ENV = { MALLOC_MMAP_THRESHOLD_: '131072' };

/** The environment of a service process started here: this process's, the memory settings, then `extra`. */
export function serviceProcessEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...SERVICE_MALLOC_ENV,
    ...process.env,
    NODE_OPTIONS: process.env.NODE_OPTIONS || SERVICE_NODE_OPTIONS,
    ...extra,
  };
}
