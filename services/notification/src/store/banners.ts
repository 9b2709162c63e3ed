import { type AggregateRepository, readsOf } from '@portal/platform';
import type { Banner } from '../domain/banners';

/** Banners per account: one aggregate per (account, key) in `banners`. */
export class BannerStore {
  constructor(readonly repo: AggregateRepository<Banner>) {}

  async ensureIndexes(): Promise<void> {
    await this.repo.collection.createIndex({ accountId: 1, clearedAt: 1 });
  }

  /** Banners of an account that are not cleared (the caller filters by time and audience). */
  async uncleared(accountId: string): Promise<Banner[]> {
    return readsOf<Banner>(this.repo).find({ accountId, clearedAt: null }, { sort: { _id: 1 } });
  }
}
