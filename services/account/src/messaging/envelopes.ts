import type { AnyEnvelope } from '@portal/contracts';
import type { ServiceKit } from '@portal/platform';
import type { DomainEvent } from '../domain/types';

/**
 * Wraps the events an aggregate decided into envelopes. Keys: account events by accountId, user events by userId,
 * address book / wallet events by accountId, renewals by requestId, documents by documentId (the aggregate id).
 */
export function envelopes(
  kit: ServiceKit,
  events: DomainEvent[],
  ids: { aggregateId: string; accountId: string },
): AnyEnvelope[] {
  return events.map(
    (e) =>
      kit.events.create(e.type, {
        aggregateId: ids.aggregateId,
        accountId: ids.accountId,
        payload: e.payload as never,
      }) as AnyEnvelope,
  );
}
