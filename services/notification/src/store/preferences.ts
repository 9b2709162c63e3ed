import type { Collection } from 'mongodb';
import type { AggregateRepository } from '@portal/platform';
import type { Preferences } from '../domain/preferences';

export interface PreferencesState {
  optedOut: string[];
  updatedAt: Date;
}

/** Preferences per user (`preferences`, id = user id). */
export class PreferencesStore {
  readonly collection: Collection<PreferencesState & { _id: string }>;
  constructor(readonly repo: AggregateRepository<PreferencesState>) {
    this.collection = repo.collection as unknown as Collection<PreferencesState & { _id: string }>;
  }

  async get(userId: string): Promise<Preferences> {
    const stored = await this.repo.read(userId);
    return { userId, optedOut: stored?.state.optedOut ?? [] };
  }

  async many(userIds: string[]): Promise<Map<string, Preferences>> {
    if (userIds.length === 0) return new Map();
    const docs = await this.collection.find({ _id: { $in: userIds } } as never).toArray();
    return new Map(docs.map((d) => [d._id, { userId: d._id, optedOut: d.optedOut ?? [] }]));
  }

  async save(preferences: Preferences, now: Date): Promise<void> {
    await this.repo.mutate(preferences.userId, () => ({
      state: { optedOut: preferences.optedOut, updatedAt: now },
      events: [],
    }));
  }
}
