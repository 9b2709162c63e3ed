import type { AnyEnvelope, Envelope } from '@portal/contracts';
import { decides, type EventHandlers } from '@portal/platform';
import type { ChangeRequestStatus } from '../domain/types';
import { type ChangeRequestView, type ChangeRequestViews, sortKeyOf } from '../store/change-request-store';
import type { InventoryStore } from '../store/inventory-store';

type Drafted = Envelope<'ChangeRequestDrafted' | 'ChangeRequestDraftEdited' | 'ChangeRequestSubmitted'>;
type StatusEvent =
  | 'ChangeRequestQuoteIssued'
  | 'ChangeRequestQuoteAccepted'
  | 'ChangeRequestQuoteDeclined'
  | 'ChangeRequestStarted'
  | 'ChangeRequestRejected'
  | 'ChangeRequestCancelled'
  | 'ChangeRequestCompleted';

/** The list view of a request after one of its content events. */
function withContent(current: ChangeRequestView | null, event: Drafted): ChangeRequestView {
  const p = event.payload;
  const createdAt = current?.createdAt ?? event.occurredAt;
  const submitted =
    event.eventType === 'ChangeRequestSubmitted' ? (event as Envelope<'ChangeRequestSubmitted'>).payload : null;
  return {
    ...(current ?? { quote: null, billable: null, submittedAt: null }),
    id: event.aggregateId,
    accountId: event.accountId,
    perimeterId: p.perimeterId,
    elementId: p.elementId,
    elementName: p.elementName,
    catalogId: p.catalogId,
    categoryId: p.categoryId,
    articleId: p.articleId,
    articleName: submitted?.articleName ?? current?.articleName ?? null,
    reference: p.reference,
    status: p.status as ChangeRequestStatus,
    billable: submitted ? submitted.billable : (current?.billable ?? null),
    requestedBy: 'requestedBy' in p ? p.requestedBy : (current?.requestedBy ?? event.actor?.userId ?? ''),
    createdAt,
    updatedAt: event.occurredAt,
    submittedAt: submitted ? event.occurredAt : (current?.submittedAt ?? null),
    sortKey: sortKeyOf(createdAt, event.aggregateId),
  };
}

/** What a status event adds to the view besides its status. */
function statusExtra(event: AnyEnvelope): Partial<ChangeRequestView> {
  if (event.eventType !== 'ChangeRequestQuoteIssued') return {};
  const p = event.payload;
  return { quote: { quoteId: p.quoteId, amount: p.amount, validUntil: p.validUntil } };
}

/**
 * The service reads its own topic: the request lists are a read model built from change.events.v1 (a confirmed
 * request shows in the in-progress list once its event made the round trip), and completed RDS changes move the
 * licences held on the element. Idempotent per event id.
 */
export function changeHandlers(views: ChangeRequestViews, inventory: InventoryStore): EventHandlers {
  const content = decides<ChangeRequestView, Drafted['eventType']>(views.repository, {
    id: (event) => event.aggregateId,
    decide: (current, event) => ({ state: withContent(current, event), events: [] }),
  });
  const status = decides<ChangeRequestView, StatusEvent>(views.repository, {
    id: (event) => event.aggregateId,
    decide: (current, event) => {
      if (!current) return null; // content events come first on the same key; nothing to update without them
      const value = (event.payload as { status: string }).status as ChangeRequestStatus;
      return { state: { ...current, status: value, updatedAt: event.occurredAt, ...statusExtra(event) }, events: [] };
    },
    after: async (_outcome, event) => {
      if (event.eventType !== 'ChangeRequestCompleted') return;
      const { elementId, requestId, rdsLicencesDelta } = event.payload;
      await inventory.applyRdsChange(elementId, requestId, rdsLicencesDelta);
    },
  });
  return {
    ChangeRequestDrafted: content,
    ChangeRequestDraftEdited: content,
    ChangeRequestSubmitted: content,
    ChangeRequestQuoteIssued: status,
    ChangeRequestQuoteAccepted: status,
    ChangeRequestQuoteDeclined: status,
    ChangeRequestStarted: status,
    ChangeRequestRejected: status,
    ChangeRequestCancelled: status,
    ChangeRequestCompleted: status,
  };
}
