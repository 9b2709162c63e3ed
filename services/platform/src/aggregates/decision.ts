import type { Envelope, EventPayloads, EventType } from '@portal/contracts';
import type { AggregateRepository } from './aggregate-repository';

/** The envelope of any one of the event types T (a union of envelopes, so a switch on eventType narrows it). */
export type EventOf<T extends EventType> = T extends EventType ? Envelope<T> : never;

/** An event as the domain describes it; the platform wraps it in an envelope (id, time, correlation, cause). */
export type DomainEvent = { [K in EventType]: { type: K; payload: EventPayloads[K] } }[EventType];

/**
 * What a domain rule decided: the aggregate's new state and the events it causes, or null for "nothing to do"
 * (returning the state it was given, with no events, means the same).
 */
export type Decision<S> = { state: S; events: ReadonlyArray<{ type: string; payload: unknown }> } | null;

/** A decision that hands back the very state it was given and no events changes nothing: nothing is written. */
export const unchanged = <S>(decision: NonNullable<Decision<S>>, current: S | null) =>
  current !== null && decision.state === current && decision.events.length === 0;

/**
 * One declarative handler entry: which aggregate an event concerns and what the domain decides. The platform loads
 * the aggregate, calls `decide` (pure, in event order), stores the new state with the enveloped events and the
 * applied event id in one document write, batched with the rest of the Kafka batch.
 */
export interface DecisionEntry<S extends object = object, T extends EventType = EventType> {
  aggregate: AggregateRepository<S>;
  /** The aggregate id this event concerns; null: this entry has nothing to do with the event. */
  id: (event: EventOf<T>) => string | null;
  decide: (current: S | null, event: EventOf<T>) => Decision<S>;
  /** The account the produced events belong to; default: the state's `accountId`, else the event's. */
  accountId?: (state: S, event: EventOf<T>) => string;
  /**
   * An idempotent follow-up once the batch is stored (plan a job, release a hold). Runs on every delivery, also when
   * the event was already applied, so a crash between the write and the follow-up is healed by the redelivery.
   */
  after?: (outcome: { id: string; state: S | null; changed: boolean }, event: EventOf<T>) => Promise<void>;
}

/** Declares an entry with its types inferred: `decides(stores.salesOrders, { id, decide })`. */
export function decides<S extends object, T extends EventType = EventType>(
  aggregate: AggregateRepository<S>,
  entry: Omit<DecisionEntry<S, T>, 'aggregate'>,
): DecisionEntry<S, T> {
  return { aggregate, ...entry };
}
