import type { AnyEnvelope, EventType } from '@portal/contracts';
import type { ServiceKit } from '@portal/platform';
import type { DomainEvent } from '../domain/types';

/** Wraps the domain's event descriptions in envelopes (id, time, correlation and cause from the current request or message). */
export function toEnvelopes(
  kit: Pick<ServiceKit, 'events'>,
  aggregateId: string,
  accountId: string,
  events: DomainEvent[],
): AnyEnvelope[] {
  return events.map(
    (e) =>
      kit.events.create(e.type as EventType, { aggregateId, accountId, payload: e.payload as never }) as AnyEnvelope,
  );
}

/** A domain decision as the aggregate repository wants it: state plus enveloped events, or null for "nothing to do". */
export function asChange<S>(
  kit: Pick<ServiceKit, 'events'>,
  aggregateId: string,
  accountId: (state: S) => string,
  result: { state: S; events: DomainEvent[] } | null,
): { state: S; events: AnyEnvelope[] } | null {
  if (!result) return null;
  return { state: result.state, events: toEnvelopes(kit, aggregateId, accountId(result.state), result.events) };
}
