import type { EventPayloads } from '@portal/contracts';

/** Every event type of change.events.v1. */
export type ChangeEventType = Extract<keyof EventPayloads, `ChangeRequest${string}`>;

/** An event an aggregate causes, before the messaging layer wraps it in an envelope. */
export type ChangeEvent = { [K in ChangeEventType]: { type: K; payload: EventPayloads[K] } }[ChangeEventType];

export const event = <K extends ChangeEventType>(type: K, payload: EventPayloads[K]) =>
  ({ type, payload }) as ChangeEvent;
