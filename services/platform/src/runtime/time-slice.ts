/**
 * When the sliced work of the current event-loop turn began: one budget for the whole process. Cleared in the next
 * check phase, where paused slices resume and start the next turn's budget.
 */
let turnStartedAt: number | undefined;

function turnStart(): number {
  if (turnStartedAt === undefined) {
    turnStartedAt = performance.now();
    setImmediate(() => (turnStartedAt = undefined));
  }
  return turnStartedAt;
}

/**
 * A long synchronous loop (deciding a Kafka batch of 500 events, encoding its writes) holds the event loop: an edge
 * read that arrives meanwhile waits for the whole loop, hundreds of milliseconds on a busy machine. A loop that
 * checks its TimeSlice gives the event loop back once the turn has run sliced work for `budgetMs` (setImmediate:
 * pending I/O, so HTTP requests, goes first), so a read waits at most about one budget, and checking costs nothing
 * while the budget lasts.
 *
 * The budget is the turn's, not the slice's: several sliced loops run at once in a service (each partition's unit
 * decoded, decided and prepared for writing, old-style handlers' keys started), and with a budget per slice one turn
 * ran each of them for its full budget back to back. A slice that resumes always takes one step before it checks
 * again, so every loop advances.
 */
export class TimeSlice {
  constructor(private readonly budgetMs = 4) {}

  /** True once this turn's sliced work has run for the budget: `if (slice.spent()) await slice.pause();`. */
  spent(): boolean {
    return performance.now() - turnStart() >= this.budgetMs;
  }

  /** Lets the event loop run what is pending (the next turn's budget starts when a slice next checks). */
  async pause(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
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
