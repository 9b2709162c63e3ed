import { randomUUID } from 'node:crypto';
import type { Collection } from 'mongodb';

export const LEASE_MS = 10_000;

export interface Lease {
  _id: string;
  owner: string;
  until: Date;
}

/**
 * One replica at a time publishes a service's outbox: it holds a lease document, taken when free or expired (a
 * unique `_id` makes two takers collide, which even FerretDB enforces) and renewed only once half spent, so a flush
 * after nearly every write does not cost a write of its own.
 */
export class RelayLease {
  private readonly owner = randomUUID();
  /** Until when this replica holds the lease (wall clock, ms). */
  private until = 0;

  constructor(private readonly leases: Collection<Lease>) {}

  async hold(): Promise<boolean> {
    const now = new Date();
    if (this.until - now.getTime() > LEASE_MS / 2) return true;
    try {
      await this.leases.findOneAndUpdate(
        { _id: 'outbox-relay', $or: [{ owner: this.owner }, { until: { $lt: now } }] },
        { $set: { owner: this.owner, until: new Date(now.getTime() + LEASE_MS) } },
        { upsert: true },
      );
      this.until = now.getTime() + LEASE_MS;
      return true;
    } catch (error) {
      this.until = 0;
      if ((error as { code?: number }).code === 11000) return false;
      throw error;
    }
  }

  async release(): Promise<void> {
    this.until = 0;
    await this.leases.deleteOne({ _id: 'outbox-relay', owner: this.owner }).catch(() => undefined);
  }
}
