import { createHash } from 'node:crypto';
import type { Collection } from 'mongodb';
import { DomainError } from '../errors';
import type { RouteResult } from './route';

interface IdempotencyRecord {
  _id: string;
  requestHash: string;
  state: 'in-progress' | 'done';
  status?: number;
  bodyJson?: string;
  headers?: Record<string, string>;
  createdAt: Date;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * `Idempotency-Key` on commands: the first answer is kept and given again for a repeat with the same body; the same
 * key with another body is refused. Keys are scoped to the caller and the route.
 */
export class IdempotencyKeys {
  constructor(private readonly collection: Collection<IdempotencyRecord>) {}

  async run(
    scope: { userId: string; method: string; path: string; key: string; body: unknown },
    execute: () => Promise<RouteResult>,
    now: Date,
  ): Promise<RouteResult & { replayed?: boolean }> {
    if (!/^[A-Za-z0-9_.:-]{1,200}$/.test(scope.key)) {
      throw new DomainError('VALIDATION_FAILED', 'Idempotency-Key must be 1-200 characters of A-Z a-z 0-9 _ . : -', {
        status: 400,
      });
    }
    const _id = sha256(`${scope.userId}\u0000${scope.method}\u0000${scope.path}\u0000${scope.key}`);
    const requestHash = sha256(JSON.stringify(scope.body ?? null));
    try {
      await this.collection.insertOne({ _id, requestHash, state: 'in-progress', createdAt: now });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      return this.repeat(_id, requestHash);
    }
    try {
      const result = await execute();
      await this.collection.updateOne(
        { _id },
        {
          $set: {
            state: 'done',
            status: result.status ?? 200,
            bodyJson: JSON.stringify(result.body ?? null),
            headers: result.headers ?? {},
          },
        },
      );
      return result;
    } catch (error) {
      if (error instanceof DomainError && error.status < 500) {
        const body = { code: error.code, detail: error.message, status: error.status, errors: error.errors };
        await this.collection.updateOne(
          { _id },
          { $set: { state: 'done', status: error.status, bodyJson: JSON.stringify({ __error: body }) } },
        );
      } else {
        await this.collection.deleteOne({ _id }); // a failure of ours: the client may retry with the same key
      }
      throw error;
    }
  }

  private async repeat(_id: string, requestHash: string): Promise<RouteResult & { replayed: boolean }> {
    const record = await this.collection.findOne({ _id });
    if (!record)
      throw new DomainError('IDEMPOTENCY_KEY_IN_PROGRESS', 'the first request with this key is still running', {
        status: 409,
      });
    if (record.requestHash !== requestHash) {
      throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used with another request body', {
        status: 422,
      });
    }
    if (record.state !== 'done')
      throw new DomainError('IDEMPOTENCY_KEY_IN_PROGRESS', 'the first request with this key is still running', {
        status: 409,
      });
    const body = JSON.parse(record.bodyJson ?? 'null');
    if (body && typeof body === 'object' && '__error' in body) {
      const e = body.__error;
      throw new DomainError(e.code, e.detail, { status: e.status, errors: e.errors });
    }
    return { status: record.status, body, headers: record.headers, replayed: true };
  }
}
