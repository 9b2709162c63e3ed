/**
 * Ingestion yields to the edge when the process falls behind. During an ERP burst every service ingests flat out
 * and the machine's CPUs are all taken; an edge read then waits in the event loop behind ingestion's slices and for
 * the thread to get a CPU back. While the edge is serving and the event loop runs late, ingestion rests between its
 * time slices (TimeSlice.pause), longer each window the lateness lasts, up to `maxRestMs`; once the loop is on
 * time again or no request comes, the rest halves back to nothing. Ingestion is never stopped: it still takes one
 * slice per rest. Without edge requests (a consumer-only replica, the ingestion benchmark) nothing ever rests.
 */

/** Lateness of the event loop above which the edge counts as slowed (an edge read takes ~1 ms of CPU). */
export const LATENESS_TARGET_MS = 15;
/** The default longest rest after a slice of ingestion (about 6 % of the thread for ingestion when it applies). */
export const DEFAULT_MAX_REST_MS = 64;
const MIN_REST_MS = 2;
/** Lateness is sampled every tick; the rest is decided once per window. */
const TICK_MS = 20;
const TICKS_PER_WINDOW = 5;

/** The decision alone: after each window, the rest that follows every slice of ingestion in the next one. */
export class RestController {
  restMs = 0;

  constructor(
    private readonly maxRestMs = DEFAULT_MAX_REST_MS,
    private readonly targetMs = LATENESS_TARGET_MS,
  ) {}

  /** A window ended: its worst event-loop lateness and the edge requests that came in it. */
  windowEnded(worstLatenessMs: number, edgeRequests: number): number {
    const pressed = this.maxRestMs > 0 && edgeRequests > 0 && worstLatenessMs > this.targetMs;
    if (pressed) this.restMs = Math.min(this.maxRestMs, Math.max(MIN_REST_MS, this.restMs * 2));
    else this.restMs = this.restMs >= 2 * MIN_REST_MS ? this.restMs / 2 : 0;
    return this.restMs;
  }
}

/** The process's pacer (one event loop, so one for every service in the process): started by each service. */
class IngestionPacer {
  private controller = new RestController();
  private timer?: NodeJS.Timeout;
  private users = 0;
  private edgeRequests = 0;
  private worstLateness = 0;
  /** Total rest taken, ms (the `ingestion_rested_seconds_total` metric). */
  restedMs = 0;

  get restMs(): number {
    return this.controller.restMs;
  }

  /** The edge took a request (probes and scrapes are not counted). */
  edgeRequest(): void {
    this.edgeRequests += 1;
  }

  rested(ms: number): void {
    this.restedMs += ms;
  }

  /** The longest rest (0: never rest); resting starts over from none. */
  configure(maxRestMs = DEFAULT_MAX_REST_MS): void {
    this.controller = new RestController(maxRestMs);
  }

  /** A window of sampling ended (what the sampling timer calls; tests call it to set the pressure). */
  observe(worstLatenessMs: number, edgeRequests: number): void {
    this.controller.windowEnded(worstLatenessMs, edgeRequests);
  }

  /** Starts sampling (a service starting); the last `maxRestMs` given wins. */
  start(maxRestMs = DEFAULT_MAX_REST_MS): void {
    this.configure(maxRestMs);
    this.users += 1;
    if (this.timer) return;
    let expected = performance.now() + TICK_MS;
    let ticks = 0;
    this.timer = setInterval(() => {
      const now = performance.now();
      this.worstLateness = Math.max(this.worstLateness, now - expected);
      expected = now + TICK_MS;
      if (++ticks < TICKS_PER_WINDOW) return;
      ticks = 0;
      this.observe(this.worstLateness, this.edgeRequests);
      this.edgeRequests = 0;
      this.worstLateness = 0;
    }, TICK_MS);
    this.timer.unref();
  }

  /** A service stopped: sampling ends with the last one, and nothing rests any more. */
  stop(): void {
    this.users = Math.max(0, this.users - 1);
    if (this.users > 0) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.configure();
  }
}

export const ingestionPacer = new IngestionPacer();
