import type { ChangeRequest, ChangeRequestStatus, HistoryEntry } from './types';

/** The request after an action: new status and fields, one more history line, updatedAt moved to now. */
export function transition(
  request: ChangeRequest,
  changes: Partial<ChangeRequest> & { status: ChangeRequestStatus },
  history: { action: string; by: string; note?: string | null },
  now: Date,
): ChangeRequest {
  const entry: HistoryEntry = {
    at: now,
    action: history.action,
    status: changes.status,
    by: history.by,
    note: history.note ?? null,
  };
  return { ...request, ...changes, updatedAt: now, history: [...request.history, entry] };
}

export const REASON_MAX_LENGTH = 1000;

export const trimmedOrNull = (value: string | null | undefined): string | null => {
  if (value === undefined || value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};
