/**
 * The guard against two requests submitted at the same time with the same serial number: one document per
 * (order, serial) whose unique _id makes the second insert fail. A hold is authoritative only while the request
 * it names is open (pending approval or approved); a hold left by a request that was since withdrawn, rejected or
 * booked (or never stored because its submit failed) is stale and is taken over with a compare-and-set.
 * The domain's SERIAL_ALREADY_IN_UPGRADE check (per field, from the requests themselves) runs first; this only
 * closes the race between two concurrent submits.
 */
import type { Collection } from 'mongodb';
import { isDuplicateKey } from '@portal/platform';

interface HoldDoc {
  _id: string;
  orderNumber: string;
  serialNumber: string;
  requestId: string;
  heldAt: Date;
}

/** How long a hold whose request is not stored yet counts as a submit in flight (wall clock: it is a lease). */
export const IN_FLIGHT_MS = 30_000;

export type HolderState = 'open' | 'closed' | 'unknown';

export class SerialHolds {
  constructor(private readonly holds: Collection<HoldDoc>) {}

  /** Takes every serial for the request; returns the serials another open request holds (and takes none then). */
  async reserve(
    orderNumber: string,
    serials: string[],
    requestId: string,
    holder: (requestId: string) => Promise<HolderState>,
  ): Promise<Map<string, string>> {
    const conflicts = new Map<string, string>();
    const taken: string[] = [];
    for (const serialNumber of serials) {
      const _id = `${orderNumber}|${serialNumber}`;
      const heldBy = await this.take(_id, { _id, orderNumber, serialNumber, requestId, heldAt: new Date() }, holder);
      if (heldBy === requestId) taken.push(_id);
      else conflicts.set(serialNumber, heldBy);
    }
    if (conflicts.size > 0) await this.holds.deleteMany({ _id: { $in: taken }, requestId });
    return conflicts;
  }

  /** Gives back what a request holds (its submit failed, or it is closed). */
  async release(requestId: string): Promise<void> {
    await this.holds.deleteMany({ requestId });
  }

  private async isStale(hold: HoldDoc, holder: (requestId: string) => Promise<HolderState>): Promise<boolean> {
    const state = await holder(hold.requestId);
    if (state === 'open') return false;
    if (state === 'closed') return true;
    return Date.now() - new Date(hold.heldAt).getTime() > IN_FLIGHT_MS;
  }

  /** Returns the request that holds the serial after the attempt. */
  private async take(_id: string, doc: HoldDoc, holder: (requestId: string) => Promise<HolderState>): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await this.holds.insertOne(doc);
        return doc.requestId;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      const existing = await this.holds.findOne({ _id });
      if (!existing) continue;
      if (existing.requestId === doc.requestId) return doc.requestId;
      // A stale hold is removed and the insert tried again: only the unique insert decides who holds it.
      if (await this.isStale(existing, holder)) {
        await this.holds.deleteOne({ _id, requestId: existing.requestId });
        continue;
      }
      return existing.requestId;
    }
    throw new Error(`serial hold ${_id}: too many concurrent writers`);
  }
}
