/**
 * A small in-memory read-through cache. This process's own writes go through it: `written` (a newer version
 * replaces the entry at once) or `forget` (the entry goes, the next read loads). Entries expire after `ttlMs`,
 * which bounds how long a change made elsewhere (another replica) can go unseen. Bounded: when full, the oldest
 * entry goes. An entry read in the second half of its life is reloaded in the background (refresh ahead).
 *
 * Read-your-writes inside the process: a write fences every load that started before it, so a load that may have
 * read the database before the write is neither remembered nor shared with requests that arrive after the write.
 */
export class ReadThroughCache<V> {
  private readonly entries = new Map<string, { value: V; until: number; refreshAt: number }>();
  private readonly loading = new Map<string, Promise<V>>();
  /** The write sequence number of the last write per key, while loads may be in flight. */
  private readonly lastWrite = new Map<string, number>();
  private writeSeq = 0;
  /** Loads that started before this were made when `lastWrite` was last emptied: not remembered. */
  private floorSeq = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  async get(key: string, load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) {
      // Refresh ahead: a key read in the second half of its life is reloaded in the background, so a key that is
      // being read never expires under its readers. (When it did, every request of the key waited for the one
      // database read: at 1,000 req/s each expiry queued tens of requests behind it, the edge's p99.) Nothing is
      // ever answered older than `ttlMs`: an entry that did expire waits for its load, as before.
      if (now >= hit.refreshAt && !this.loading.has(key)) this.load(key, load).catch(() => undefined);
      return hit.value;
    }
    // Concurrent misses for the same key share one database read.
    return this.loading.get(key) ?? this.load(key, load);
  }

  private load(key: string, load: () => Promise<V>): Promise<V> {
    const seq = this.writeSeq;
    const loaded: Promise<V> = load()
      .then((value) => {
        // A write landed while loading: the read may predate it, keep the written value.
        if (seq >= this.floorSeq && (this.lastWrite.get(key) ?? -1) < seq) this.remember(key, value);
        return value;
      })
      .finally(() => {
        if (this.loading.get(key) === loaded) this.loading.delete(key);
      });
    this.loading.set(key, loaded);
    return loaded;
  }

  /**
   * Before (or after) this process writes the key: the entry goes (requests read the database meanwhile) and loads
   * that started earlier are neither remembered nor joined, so nobody is answered with what the write replaces.
   */
  forget(key: string): void {
    // Nothing held and nothing loading: nothing can answer with the old value (earlier loads are fenced already).
    if (!this.loading.has(key) && !this.entries.has(key)) return;
    this.fence(key);
    this.entries.delete(key);
  }

  /** What this process just wrote: kept unless the cache already holds a newer version. */
  written(key: string, value: V): void {
    this.fence(key);
    const held = this.entries.get(key)?.value;
    if (versionOf(held) > versionOf(value)) return;
    this.remember(key, value);
  }

  clear(): void {
    this.entries.clear();
    this.lastWrite.clear();
    this.loading.clear();
    this.floorSeq = ++this.writeSeq;
  }

  /** Whether an entry (fresh or expired) is held for the key. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  get size(): number {
    return this.entries.size;
  }

  private fence(key: string): void {
    this.loading.delete(key);
    if (this.lastWrite.size >= this.maxEntries) {
      this.lastWrite.clear();
      this.floorSeq = this.writeSeq + 1;
    }
    this.lastWrite.set(key, this.writeSeq++);
  }

  private remember(key: string, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    const now = Date.now();
    this.entries.set(key, { value, until: now + this.ttlMs, refreshAt: now + this.ttlMs / 2 });
  }
}

const versionOf = (value: unknown): number => {
  const version = (value as { version?: unknown } | null | undefined)?.version;
  return typeof version === 'number' ? version : -1;
};
