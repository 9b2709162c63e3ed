import { isDuplicateKey } from '../aggregates/aggregate-document';
import type { Collection } from 'mongodb';

export interface JobClaim {
  _id: string;
  owner: string;
  leaseUntil: Date;
}

export type ClaimResult = { won: true; ids: string[] } | { won: false; retryAt: number };

/**
 * Who runs one revision of a job: the replica whose insert of `<job>#<rev>.<epoch>` succeeded. A unique `_id`
 * insert is atomic on MongoDB and on FerretDB alike (FerretDB's conditional updates are not), so two replicas
 * never both win. A claim whose lease ran out (its owner died mid-run) is taken over by inserting the next epoch.
 * Claims are removed once the job's document records the outcome; the caller re-reads the job after winning, so
 * a claim inserted again after that removal finds the job already moved on.
 */
export class JobClaims {
  constructor(
    private readonly collection: Collection<JobClaim>,
    private readonly owner: string,
    private readonly leaseMs: number,
  ) {}

  async claim(jobId: string, rev: number): Promise<ClaimResult> {
    for (let epoch = 0; epoch < 100; epoch++) {
      const id = claimId(jobId, rev, epoch);
      const wallNow = Date.now();
      try {
        await this.collection.insertOne({ _id: id, owner: this.owner, leaseUntil: new Date(wallNow + this.leaseMs) });
        return { won: true, ids: Array.from({ length: epoch + 1 }, (_, e) => claimId(jobId, rev, e)) };
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      const held = await this.collection.findOne({ _id: id });
      if (!held) return { won: false, retryAt: wallNow }; // released just now: look again at once
      if (held.leaseUntil.getTime() >= wallNow) return { won: false, retryAt: held.leaseUntil.getTime() + 1 };
      // expired: its owner died mid-run; the next epoch takes over
    }
    throw new Error(`job ${jobId}: too many expired claims`);
  }

  async release(ids: string[]): Promise<void> {
    for (const id of ids) await this.collection.deleteOne({ _id: id });
  }
}

const claimId = (jobId: string, rev: number, epoch: number) => `${jobId}#${rev}.${epoch}`;
