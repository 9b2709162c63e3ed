import { type AggregateRepository, readsOf } from '@portal/platform';
import type { Preferences } from '../domain/preferences';

export interface PreferencesState {
  optedOut: string[];
  updatedAt: Date;
}

/** Preferences per user (`preferences`, id = user id). */
export class PreferencesStore {
  constructor(readonly repo: AggregateRepository<PreferencesState>) {}

  async get(userId: string): Promise<Preferences> {
    const stored = await this.repo.read(userId);
    return { userId, optedOut: stored?.state.optedOut ?? [] };
  }

  async many(userIds: string[]): Promise<Map<string, Preferences>> {
    const stored = await readsOf<PreferencesState>(this.repo).getMany(userIds);
    return new Map([...stored].map(([userId, state]) => [userId, { userId, optedOut: state.optedOut ?? [] }]));
  }

  async save(preferences: Preferences, now: Date): Promise<void> {
    await this.repo.mutate(preferences.userId, () => ({
      state: { optedOut: preferences.optedOut, updatedAt: now },
      events: [],
    }));
  }
}
