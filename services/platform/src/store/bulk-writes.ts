import type { AnyBulkWriteOperation, Collection, Document, OptionalUnlessRequiredId } from 'mongodb';
import { isDuplicateKey } from '../aggregates/aggregate-document';

/** Statements per update command: FerretDB wedges on update commands of ~100 statements (platform README). */
export const UPDATES_PER_COMMAND = 40;
/**
 * Documents per insert command: inserts are FerretDB's cheapest write (~20,000 documents/s in batches of 500). Not
 * more: the driver encodes a command in one synchronous call (~50 ms for 1,000 elements on a busy machine), and the
 * edge's reads wait meanwhile.
 */
export const INSERTS_PER_COMMAND = 250;

/** Consecutive slices of at most `size` items. */
export const chunksOf = <T>(items: readonly T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
};

/**
 * Inserts the documents in one unordered command; answers the indexes of those whose `_id` already existed (a
 * duplicate key means "exists": the caller takes its update path). Any other failure throws.
 */
export async function insertUnlessExists<D extends Document>(collection: Collection<D>, docs: D[]): Promise<number[]> {
  if (docs.length === 0) return [];
  try {
    await collection.insertMany(docs as OptionalUnlessRequiredId<D>[], { ordered: false });
    return [];
  } catch (error) {
    const failures = [(error as { writeErrors?: unknown }).writeErrors ?? []].flat() as Array<{
      index: number;
      code: number;
    }>;
    if (failures.length === 0 || failures.some((f) => !isDuplicateKey(f))) throw error;
    return failures.map((f) => f.index);
  }
}

/** `insertUnlessExists` in commands of `INSERTS_PER_COMMAND`; answers the ids that existed. */
export async function insertNew<D extends { _id: string }>(collection: Collection<D>, docs: D[]): Promise<string[]> {
  const existed: string[] = [];
  for (const chunk of chunksOf(docs, INSERTS_PER_COMMAND))
    existed.push(...(await insertUnlessExists(collection, chunk)).map((index) => chunk[index]!._id));
  return existed;
}

/** Bulk writes in order, in commands of at most `UPDATES_PER_COMMAND` statements. */
export async function bulkInChunks<D extends Document>(
  collection: Collection<D>,
  operations: AnyBulkWriteOperation<D>[],
): Promise<void> {
  for (const chunk of chunksOf(operations, UPDATES_PER_COMMAND)) await collection.bulkWrite(chunk, { ordered: true });
}
