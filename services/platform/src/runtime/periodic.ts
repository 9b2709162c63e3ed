/**
 * Runs a measurement at start and then every interval, never two at once (a slow database makes the next tick wait,
 * not pile up); `stop()` waits for the one in flight so no query outlives the connection it uses.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly intervalMs: number,
    private readonly run: () => Promise<void>,
  ) {}

  start(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
  }

  /** Waits for the run in flight, or at most `maxWaitMs` when abandoning it is safe (a broker call, not a query). */
  async stop(maxWaitMs?: number): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    if (maxWaitMs === undefined) return void (await this.running);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.running, new Promise((resolve) => (timer = setTimeout(resolve, maxWaitMs)))]);
    clearTimeout(timer);
  }

  private tick(): void {
    if (this.stopped || this.running) return;
    this.running = this.run()
      .catch(() => undefined)
      .finally(() => (this.running = undefined));
  }
}
