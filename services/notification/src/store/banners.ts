import type { Collection } from 'mongodb';
import type { AggregateRepository } from '@portal/platform';
import type { Banner } from '../domain/banners';

/** Banners per account: one aggregate per (account, key) in `banners`. */
export class BannerStore {
  readonly collection: Collection<Banner & { _id: string }>;
  constructor(readonly repo: AggregateRepository<Banner>) {
    this.collection = repo.collection as unknown as Collection<Banner & { _id: string }>;
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ accountId: 1, clearedAt: 1 });
  }

  /** Banners of an account that are not cleared (the caller filters by time and audience). */
  async uncleared(accountId: string): Promise<Banner[]> {
    const docs = await this.collection
      .find({ accountId, clearedAt: null } as never)
      .sort({ _id: 1 })
      .toArray();
    return docs.map(({ _id, ...rest }) => {
      const {
        version: _v,
        outbox: _o,
        outboxPendingSince: _p,
        appliedEventIds: _a,
        ...banner
      } = rest as Record<string, unknown>;
      return banner as unknown as Banner;
    });
  }
}
