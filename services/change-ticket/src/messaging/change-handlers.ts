import type { AnyEnvelope, Envelope } from '@portal/contracts';
import type { EventHandlers } from '@portal/platform';
import type { ChangeRequestStatus } from '../domain/types';
import { type ChangeRequestView, type ChangeRequestViews, sortKeyOf } from '../store/change-request-store';
import type { InventoryStore } from '../store/inventory-store';

type Drafted = Envelope<'ChangeRequestDrafted' | 'ChangeRequestDraftEdited' | 'ChangeRequestSubmitted'>;

/**
 * The service reads its own topic: the request lists are a read model built from change.events.v1 (a confirmed
 * request shows in the in-progress list once its event made the round trip), and completed RDS changes move the
 * licences held on the element. Idempotent per event id.
 */
export function changeHandlers(views: ChangeRequestViews, inventory: InventoryStore): EventHandlers {
  const upsertContent = async (event: Drafted) => {
    const p = event.payload;
    await views.repository.mutate(
      event.aggregateId,
      (current) => {
        const createdAt = current?.state.createdAt ?? event.occurredAt;
        const submitted =
          event.eventType === 'ChangeRequestSubmitted' ? (event as Envelope<'ChangeRequestSubmitted'>).payload : null;
        const view: ChangeRequestView = {
          ...(current?.state ?? { quote: null, billable: null, submittedAt: null }),
          id: event.aggregateId,
          accountId: event.accountId,
          perimeterId: p.perimeterId,
          elementId: p.elementId,
          elementName: p.elementName,
          catalogId: p.catalogId,
          categoryId: p.categoryId,
          articleId: p.articleId,
          articleName: submitted?.articleName ?? current?.state.articleName ?? null,
          reference: p.reference,
          status: p.status as ChangeRequestStatus,
          billable: submitted ? submitted.billable : (current?.state.billable ?? null),
          requestedBy: 'requestedBy' in p ? p.requestedBy : (current?.state.requestedBy ?? event.actor?.userId ?? ''),
          createdAt,
          updatedAt: event.occurredAt,
          submittedAt: submitted ? event.occurredAt : (current?.state.submittedAt ?? null),
          sortKey: sortKeyOf(createdAt, event.aggregateId),
        };
        return { state: view, events: [] };
      },
      { appliedEventId: event.eventId },
    );
  };

  const updateStatus =
    (extra: (event: AnyEnvelope) => Partial<ChangeRequestView> = () => ({})) =>
    async (event: AnyEnvelope) => {
      await views.repository.mutate(
        event.aggregateId,
        (current) => {
          if (!current) return null; // content events come first on the same key; nothing to update without them
          const status = (event.payload as { status: string }).status as ChangeRequestStatus;
          return { state: { ...current.state, status, updatedAt: event.occurredAt, ...extra(event) }, events: [] };
        },
        { appliedEventId: event.eventId },
      );
    };

  return {
    ChangeRequestDrafted: upsertContent,
    ChangeRequestDraftEdited: upsertContent,
    ChangeRequestSubmitted: upsertContent,
    ChangeRequestQuoteIssued: updateStatus((e) => {
      const p = (e as Envelope<'ChangeRequestQuoteIssued'>).payload;
      return { quote: { quoteId: p.quoteId, amount: p.amount, validUntil: p.validUntil } };
    }),
    ChangeRequestQuoteAccepted: updateStatus(),
    ChangeRequestQuoteDeclined: updateStatus(),
    ChangeRequestStarted: updateStatus(),
    ChangeRequestRejected: updateStatus(),
    ChangeRequestCancelled: updateStatus(),
    ChangeRequestCompleted: async (event) => {
      await inventory.applyRdsChange(event.payload.elementId, event.payload.requestId, event.payload.rdsLicencesDelta);
      await updateStatus()(event);
    },
  };
}
