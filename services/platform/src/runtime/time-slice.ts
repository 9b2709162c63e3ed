/**
 * A long synchronous loop (deciding a Kafka batch of 500 events, encoding its writes) holds the event loop: an edge
 * read that arrives meanwhile waits for the whole loop, hundreds of milliseconds on a busy machine. A loop that
 * checks its TimeSlice gives the event loop back once it has run for `budgetMs` (setImmediate: pending I/O, so
 * HTTP requests, goes first), so a read waits at most one slice, and costs nothing while the budget lasts.
 */
export class TimeSlice {
  private since = performance.now();

  constructor(private readonly budgetMs = 4) {}

  /** True once the loop has run for its budget: `if (slice.spent()) await slice.pause();`. */
  spent(): boolean {
    return performance.now() - this.since >= this.budgetMs;
  }

  /** Lets the event loop run what is pending, then starts a new slice. */
  async pause(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.since = performance.now();
  }

  /** `items.map(fn)` in slices, `fn` awaited in order (for loops whose step may itself be async). */
  async map<T, R>(items: readonly T[], fn: (item: T) => R | Promise<R>): Promise<R[]> {
    const results: R[] = [];
    for (const item of items) {
      if (this.spent()) await this.pause();
      results.push(await fn(item));
    }
    return results;
  }
}
