import type { EventPayloads, EventType, Grant, UserAccessSnapshot, AccountSnapshot, Address } from '@portal/contracts';

export type { Grant, UserAccessSnapshot, AccountSnapshot, Address };

/** What an aggregate says happened: the messaging layer wraps it into an envelope (`kit.events.create`). */
export type DomainEvent = { [K in EventType]: { type: K; payload: EventPayloads[K] } }[EventType];

export type AccountEvent<K extends EventType> = { type: K; payload: EventPayloads[K] };

/** The result of a command on an aggregate: its new state and the events the change causes. */
export interface Decision<S> {
  state: S;
  events: DomainEvent[];
}

export type UserType = 'internal' | 'external' | 'system';

/** Who acts (the platform's one grantee type; routes pass `granteeOf(principal)`). */
export type { Grantee } from '@portal/platform/src/domain';

/** Account view needed by access rules (who resells it). */
export interface AccountRef {
  accountId: string;
  accountType: AccountSnapshot['accountType'];
  resellerAccountIds: string[];
  status?: AccountSnapshot['status'];
}
