/**
 * Runs a measurement at start and then every interval, never two at once. With `maxDutyCycle` a slow run pushes
 * the next one further away (a count that took 15 s with a 5 % duty cycle waits 300 s), so measuring never costs
 * the database more than that share of its time. `stop()` waits for the run in flight so no query outlives the
 * connection it uses.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly intervalMs: number,
    private readonly run: () => Promise<void>,
    private readonly maxDutyCycle?: number,
  ) {}

  start(): void {
    this.tick();
  }

  /** Waits for the run in flight, or at most `maxWaitMs` when abandoning it is safe (a broker call, not a query). */
  async stop(maxWaitMs?: number): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    if (maxWaitMs === undefined) return void (await this.running);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.running, new Promise((resolve) => (timer = setTimeout(resolve, maxWaitMs)))]);
    clearTimeout(timer);
  }

  private tick(): void {
    if (this.stopped) return;
    const began = Date.now();
    this.running = this.run()
      .catch(() => undefined)
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        const took = Date.now() - began;
        const delay = this.maxDutyCycle ? Math.max(this.intervalMs, took / this.maxDutyCycle) : this.intervalMs;
        this.timer = setTimeout(() => this.tick(), Math.max(0, delay - took));
        this.timer.unref();
      });
  }
}
