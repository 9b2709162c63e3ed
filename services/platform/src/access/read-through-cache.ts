/**
 * A small in-memory read-through cache of versioned projection documents. This process's own projection writes
 * go through it (a newer version replaces the entry at once); entries expire after `ttlMs`, which bounds how long
 * a change applied by another replica can go unseen. Bounded: when full, it starts over.
 */
export class ReadThroughCache<V extends { version: number } | null> {
  private readonly entries = new Map<string, { value: V; until: number }>();
  private readonly loading = new Map<string, Promise<V>>();
  private readonly lastWrite = new Map<string, number>();
  private writeSeq = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  async get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    // Concurrent misses for the same key share one database read.
    const pending = this.loading.get(key);
    if (pending) return pending;
    const seq = this.writeSeq;
    const loaded = load().finally(() => this.loading.delete(key));
    this.loading.set(key, loaded);
    const value = await loaded;
    // A write landed while loading: the read may predate it, keep the written value.
    if ((this.lastWrite.get(key) ?? -1) < seq) this.remember(key, value);
    return value;
  }

  /**
   * Before this process writes the key: the entry goes (requests read the database meanwhile) and loads that
   * started earlier are not remembered, so nobody is answered from the cache with what the write replaces.
   */
  writing(key: string): void {
    this.lastWrite.set(key, this.writeSeq++);
    this.entries.delete(key);
  }

  /** What this process just wrote: kept unless the cache already holds a newer version. */
  written(key: string, value: V): void {
    this.lastWrite.set(key, this.writeSeq++);
    const hit = this.entries.get(key);
    if (hit?.value && value && hit.value.version > value.version) return;
    this.remember(key, value);
  }

  clear(): void {
    this.entries.clear();
    this.lastWrite.clear();
  }

  private remember(key: string, value: V): void {
    if (this.entries.size >= this.maxEntries) {
      this.entries.clear();
      this.lastWrite.clear();
    }
    this.entries.set(key, { value, until: Date.now() + this.ttlMs });
  }
}
