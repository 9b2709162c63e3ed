import type { Collection } from 'mongodb';
import { asBuffer } from '../outbox/bytes';

/**
 * Dead letters and the messages parked behind them, per consumer group, in the service's own database.
 * A key with an active dead letter is blocked: later messages of that key are parked (not applied) until the
 * dead letter is replayed or discarded, so per-key order survives a poison message.
 */
export type DeadLetterStatus = 'dead' | 'parked' | 'replay-requested' | 'discard-requested' | 'replayed' | 'discarded';

export interface DeadLetter {
  _id: string;
  group: string;
  topic: string;
  partition: number;
  offset: string;
  offsetNumber: number;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
  status: DeadLetterStatus;
  error: string | null;
  attempts: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface FailedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

const BLOCKING: DeadLetterStatus[] = ['dead', 'parked', 'replay-requested', 'discard-requested'];

export class DeadLetterStore {
  constructor(private readonly collection: Collection<DeadLetter>) {}

  static idOf(m: Pick<FailedMessage, 'topic' | 'partition' | 'offset'>): string {
    return `${m.topic}/${m.partition}/${m.offset}`;
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ group: 1, status: 1 });
  }

  /** Upsert by topic/partition/offset, so recording the same message twice (after a crash) is harmless. */
  async record(
    group: string,
    message: FailedMessage,
    status: 'dead' | 'parked',
    error: string | null,
    attempts: number,
    now: Date,
  ): Promise<void> {
    const { topic, partition, offset, key, value, headers } = message;
    await this.collection.updateOne(
      { _id: DeadLetterStore.idOf(message) },
      {
        $set: { status, error, attempts, updatedAt: now },
        $setOnInsert: {
          group,
          topic,
          partition,
          offset,
          offsetNumber: Number(offset),
          key,
          value,
          headers,
          createdAt: now,
        },
      },
      { upsert: true },
    );
  }

  async blockedKeys(group: string): Promise<Set<string>> {
    const docs = await this.collection
      .find({ group, status: { $in: BLOCKING } }, { projection: { topic: 1, key: 1 } })
      .toArray();
    return new Set(docs.filter((d) => d.key !== null).map((d) => blockKey(d.topic, d.key!)));
  }

  async pendingRequests(group: string): Promise<DeadLetter[]> {
    const docs = await this.collection
      .find({ group, status: { $in: ['replay-requested', 'discard-requested'] } })
      .sort({ createdAt: 1 })
      .toArray();
    return docs.map(withBuffer);
  }

  async parkedBehind(group: string, topic: string, key: string): Promise<DeadLetter[]> {
    const parked = (await this.collection.find({ group, topic, key, status: 'parked' }).toArray()).map(withBuffer);
    return parked.sort((a, b) => a.partition - b.partition || a.offsetNumber - b.offsetNumber);
  }

  async hasBlocking(group: string, topic: string, key: string): Promise<boolean> {
    return (await this.collection.countDocuments({ group, topic, key, status: { $in: BLOCKING } })) > 0;
  }

  async setStatus(id: string, status: DeadLetterStatus, now: Date, error?: string): Promise<void> {
    await this.collection.updateOne(
      { _id: id },
      { $set: { status, updatedAt: now, ...(error === undefined ? {} : { error }) } },
    );
  }

  /** For the CLI: what is dead or parked (or everything, with `all`). */
  async list(group?: string, all = false): Promise<DeadLetter[]> {
    const filter = { ...(group ? { group } : {}), ...(all ? {} : { status: { $in: BLOCKING } }) };
    return this.collection.find(filter).sort({ createdAt: 1 }).toArray();
  }

  /** For the CLI: ask the owning consumer to replay or discard a dead letter (or a single parked message). */
  async request(id: string, action: 'replay' | 'discard', now: Date): Promise<DeadLetter | null> {
    const status: DeadLetterStatus = action === 'replay' ? 'replay-requested' : 'discard-requested';
    const result = await this.collection.findOneAndUpdate(
      { _id: id, status: { $in: ['dead', 'parked'] } },
      { $set: { status, updatedAt: now } },
      { returnDocument: 'after' },
    );
    return result ?? null;
  }
}

const withBuffer = (doc: DeadLetter): DeadLetter => ({ ...doc, value: asBuffer(doc.value) });

export const blockKey = (topic: string, key: string) => `${topic}\u0000${key}`;
