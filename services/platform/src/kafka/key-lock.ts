import { TimeSlice } from '../runtime/time-slice';

/** Serializes work per key inside one process: batch handling and dead-letter replay never interleave on a key. */
export class KeyLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.runAll([key], fn);
  }

  /**
   * Holds every key at once. The keys are taken synchronously, in one step, so two callers whose key sets overlap
   * queue one behind the other and can never wait on each other (no lock-order deadlock).
   */
  async runAll<T>(keys: Iterable<string>, fn: () => Promise<T>): Promise<T> {
    const unique = [...new Set(keys)];
    const previous = unique.map((key) => this.tails.get(key)).filter((p): p is Promise<unknown> => p !== undefined);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    for (const key of unique) this.tails.set(key, held);
    try {
      await Promise.all(previous);
      return await fn();
    } finally {
      release();
      for (const key of unique) if (this.tails.get(key) === held) this.tails.delete(key);
    }
  }
}

/** Runs fn over items with at most `limit` in flight, started in `slice`'s time slices. */
export async function forEachLimited<T>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<void>,
  slice = new TimeSlice(),
): Promise<void> {
  let index = 0;
  // Hundreds of keys start in one go, each running until its first I/O: in time slices, so the edge's reads run
  // between them (see TimeSlice).
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (index < items.length) {
      if (slice.spent()) await slice.pause();
      if (index < items.length) await fn(items[index++]!);
    }
  });
  await Promise.all(workers);
}
