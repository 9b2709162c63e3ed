import type { Collection } from 'mongodb';

/** Who follows an aggregate (e.g. the requester of a change request), from the rule table's `follows`. */
export class FollowerStore {
  constructor(private readonly collection: Collection<{ _id: string; userIds: string[] }>) {}

  /** Idempotent: adding the same users again changes nothing. */
  async add(aggregateId: string, userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    await this.collection.updateOne(
      { _id: aggregateId },
      { $addToSet: { userIds: { $each: userIds } } },
      { upsert: true },
    );
  }

  async of(aggregateId: string): Promise<string[]> {
    return (await this.collection.findOne({ _id: aggregateId }))?.userIds ?? [];
  }
}
