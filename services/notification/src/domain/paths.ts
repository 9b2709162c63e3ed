/**
 * Dotted paths into event data ("payload.user.userId", "actor.userId", "occurredAt"): how rules and banner
 * settings name a field of any event without code per event type.
 */
export function getPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const part of path.split('.')) {
    if (current === null || current === undefined || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** The strings at a path: one string, an array of strings, or nothing (anything else is ignored). */
export function stringsAt(root: unknown, path: string): string[] {
  const value = getPath(root, path);
  if (typeof value === 'string') return value.length > 0 ? [value] : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.length > 0);
  return [];
}

/** An instant at a path: a Date, epoch milliseconds, or an ISO string (an ISO date means 00:00 UTC). */
export function instantAt(root: unknown, path: string): Date | null {
  const value = getPath(root, path);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value);
  if (typeof value === 'string' && value.length > 0) {
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}
