import { Heap } from 'heap-js';

/** What this process knows of a pending job: when it is due and which revision of the document that was. */
export interface DueEntry {
  id: string;
  dueAt: number;
  rev: number;
  /** The job's kind, for the due/overdue gauges (absent in entries read before kinds were kept). */
  kind?: string;
}

/**
 * The pending jobs this process knows of, earliest first. A re-plan or a cancel replaces or drops the entry in the
 * index; the heap keeps stale copies that `takeDue` recognises and skips (cheaper than removing from a heap).
 */
export class DueQueue {
  private readonly current = new Map<string, DueEntry>();
  private readonly heap = new Heap<DueEntry>((a, b) => a.dueAt - b.dueAt);

  put(entry: DueEntry): void {
    const known = this.current.get(entry.id);
    if (known && known.rev > entry.rev) return; // an older view (e.g. a resync read before our own write)
    this.current.set(entry.id, entry);
    this.heap.push(entry);
  }

  /** Forgets the job unless a newer revision than `rev` is known. */
  drop(id: string, rev = Number.POSITIVE_INFINITY): void {
    const known = this.current.get(id);
    if (known && known.rev <= rev) this.current.delete(id);
  }

  get(id: string): DueEntry | undefined {
    return this.current.get(id);
  }

  /** Removes and returns every entry due at `now` (they are re-put if they must run later). */
  takeDue(now: number, limit: number): DueEntry[] {
    const due: DueEntry[] = [];
    while (due.length < limit) {
      const top = this.heap.peek();
      if (!top || top.dueAt > now) break;
      this.heap.pop();
      if (this.current.get(top.id) !== top) continue; // replaced or dropped since
      this.current.delete(top.id);
      due.push(top);
    }
    this.compactIfStale();
    return due;
  }

  idsWithPrefix(prefix: string): string[] {
    return [...this.current.keys()].filter((id) => id.startsWith(prefix));
  }

  /** Per kind: how many known jobs are due at `now`, and how many of those have waited past `overdueAfterMs`. */
  backlog(now: number, overdueAfterMs: number): Array<{ kind: string; due: number; overdue: number }> {
    const byKind = new Map<string, { kind: string; due: number; overdue: number }>();
    for (const entry of this.current.values()) {
      if (entry.dueAt > now) continue;
      const kind = entry.kind ?? 'unknown';
      const counts = byKind.get(kind) ?? { kind, due: 0, overdue: 0 };
      counts.due++;
      if (now - entry.dueAt > overdueAfterMs) counts.overdue++;
      byKind.set(kind, counts);
    }
    return [...byKind.values()];
  }

  get size(): number {
    return this.current.size;
  }

  /** Re-plans leave stale heap entries behind; rebuild when they outnumber the live ones. */
  private compactIfStale(): void {
    if (this.heap.size() <= 1024 || this.heap.size() <= 2 * this.current.size) return;
    this.heap.clear();
    for (const entry of this.current.values()) this.heap.push(entry);
  }
}
