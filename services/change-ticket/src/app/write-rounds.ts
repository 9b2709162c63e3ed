/**
 * Groups work that arrives while a write is in progress into the next write: the platform hands an old-style
 * handler the messages of a Kafka batch one key at a time, every key of a unit of work at once, so the messages
 * in flight together are applied with one set of reads and bulk writes instead of several round trips each. Each
 * caller resolves once the round holding its item is stored (so offsets still follow effects) and rejects with it
 * if that write fails, so the platform retries each message alone and dead-letters the one at fault.
 */
export class WriteRounds<T> {
  private queued: Array<{ item: T; resolve: () => void; reject: (error: unknown) => void }> = [];
  private running = false;

  constructor(
    private readonly write: (items: T[]) => Promise<unknown>,
    private readonly maxItems = 500,
  ) {}

  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queued.push({ item, resolve, reject });
      if (!this.running) void this.next();
    });
  }

  private async next(): Promise<void> {
    this.running = true;
    while (this.queued.length > 0) {
      // The calls of a batch arrive a few ticks apart (each message is decoded and dispatched on its own): let them
      // all join, or every other round would hold one item.
      await new Promise((resolve) => setImmediate(resolve));
      const round = this.queued.splice(0, this.maxItems);
      try {
        await this.write(round.map((r) => r.item));
        for (const r of round) r.resolve();
      } catch (error) {
        for (const r of round) r.reject(error);
      }
    }
    this.running = false;
  }
}
