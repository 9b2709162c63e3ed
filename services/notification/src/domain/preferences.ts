import { DomainError } from '@portal/platform/src/errors';
import type { Category } from './rule-table';

/** A user's notification preferences: the optional categories they opted out of (all channels). */
export interface Preferences {
  userId: string;
  optedOut: string[];
}

export const defaultPreferences = (userId: string): Preferences => ({ userId, optedOut: [] });

/**
 * Replaces the opt-outs. Unknown categories are refused (CATEGORY_UNKNOWN), and so are mandatory ones
 * (CATEGORY_MANDATORY): mandatory notifications always go. Result is sorted and without duplicates.
 */
export function setOptOuts(categories: Category[], userId: string, requested: string[]): Preferences {
  const errors = requested.flatMap((categoryId, i) => {
    const category = categories.find((c) => c.id === categoryId);
    if (!category)
      return [{ path: `optedOut.${i}`, code: 'CATEGORY_UNKNOWN', message: `no notification category ${categoryId}` }];
    if (category.mandatory) {
      return [
        {
          path: `optedOut.${i}`,
          code: 'CATEGORY_MANDATORY',
          message: `${categoryId} notifications are mandatory and cannot be turned off`,
        },
      ];
    }
    return [];
  });
  if (errors.length > 0) throw DomainError.fromFieldErrors(errors);
  return { userId, optedOut: [...new Set(requested)].sort() };
}

/** Whether a user gets notifications of a category: always for mandatory ones, otherwise unless opted out. */
export function wants(preferences: Preferences | null | undefined, category: Category): boolean {
  if (category.mandatory) return true;
  return !(preferences?.optedOut ?? []).includes(category.id);
}

/** What the edge shows: every category with whether it is mandatory and whether the user receives it. */
export function preferencesView(categories: Category[], preferences: Preferences) {
  return {
    userId: preferences.userId,
    categories: categories.map((c) => ({
      id: c.id,
      description: c.description,
      mandatory: c.mandatory,
      enabled: wants(preferences, c),
    })),
  };
}
