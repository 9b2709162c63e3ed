import { DomainError, type Page, type Principal, isInternal } from '@portal/platform';
import { STATUS_GROUPS, type StatusGroup } from '../domain/status-machine';
import type { ChangeRequestStatus } from '../domain/types';
import type { ChangeRequestView } from '../store/change-request-store';
import { perimeterFor } from './access';
import type { ChangeTicketApp } from './context';

export type ChangeRequestLine = Omit<ChangeRequestView, 'sortKey'>;

/** A status filter: a group (in-progress, drafts, closed) or one status. */
const statusesOf = (filter: string | undefined): readonly ChangeRequestStatus[] | undefined =>
  filter
    ? filter in STATUS_GROUPS
      ? STATUS_GROUPS[filter as StatusGroup]
      : [filter as ChangeRequestStatus]
    : undefined;

/**
 * A page of the request lists, newest first. Customers list one perimeter; operators may leave it out (their work
 * queue over every account). A keyset page on the views' unique `sortKey`, pushed down to the database.
 */
export async function changeRequestsPage(
  app: ChangeTicketApp,
  principal: Principal,
  query: { perimeter?: string; status?: string; elementId?: string; cursor?: string; limit: number },
): Promise<Page<ChangeRequestLine>> {
  const perimeter = query.perimeter ? await perimeterFor(app, principal, query.perimeter) : null;
  if (!perimeter && !isInternal(principal)) {
    throw DomainError.fromFieldErrors([
      { path: 'perimeter', code: 'FIELD_REQUIRED', message: 'choose the perimeter you work in' },
    ]);
  }
  const { items, nextCursor } = await app.views.page({
    perimeterId: perimeter?.id,
    statuses: statusesOf(query.status),
    elementId: query.elementId,
    cursor: query.cursor,
    limit: query.limit,
  });
  return { items: items.map(({ sortKey: _s, ...line }) => line), nextCursor };
}
