import type { Warning } from './types';

/** Other confirmed, not yet closed requests on the same element: the change still goes through, with a warning. */
export function changesInProgressWarning(requestId: string | null, openRequestIdsOnElement: string[]): Warning[] {
  const others = [...new Set(openRequestIdsOnElement.filter((id) => id !== requestId))].sort();
  if (others.length === 0) return [];
  return [
    {
      code: 'CHANGES_IN_PROGRESS_ON_ELEMENT',
      detail: `${others.length} other change request(s) already in progress on this element`,
      requestIds: others,
    },
  ];
}
