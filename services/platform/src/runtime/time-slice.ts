import { ingestionPacer } from './ingestion-pacer';

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
  /** `restsForEdge`: the loop is ingestion, which rests between slices while the edge is slowed. */
  constructor(
    private readonly budgetMs = 4,
    private readonly restsForEdge = false,
  ) {}

  /** The slice of an ingestion loop (consuming, decoding, deciding): paced by the edge's needs. */
  static ingestion(): TimeSlice {
    return new TimeSlice(4, true);
  }

  /** True once this turn's sliced work has run for the budget: `if (slice.spent()) await slice.pause();`. */
  spent(): boolean {
    return performance.now() - turnStart() >= this.budgetMs;
  }

  /**
   * Lets the event loop run what is pending (the next turn's budget starts when a slice next checks); an ingestion
   * slice rests first while the edge is slowed (ingestion-pacer.ts).
   */
  async pause(): Promise<void> {
    const rest = this.restsForEdge ? ingestionPacer.restMs : 0;
    if (rest === 0) return new Promise<void>((resolve) => setImmediate(resolve));
    ingestionPacer.rested(rest);
    await new Promise<void>((resolve) => setTimeout(resolve, rest));
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
