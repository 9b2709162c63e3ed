import type { Envelope, EventType } from '@portal/contracts';
import type { DecisionEntry } from '../aggregates/decision';

export interface HandlerContext {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  attempt: number;
}

/** An old-style handler: does its own reads and writes, one message at a time. */
export type EventHandler<T extends EventType> = (event: Envelope<T>, ctx: HandlerContext) => Promise<void>;

/**
 * A declarative handler table: event type -> what to do with it. Preferably decision entries (the platform loads,
 * decides and writes a whole Kafka batch at once); a function is still accepted and runs one message at a time.
 */
export type EventHandlers = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [K in EventType]?: EventHandler<K> | DecisionEntry<any, K> | DecisionEntry<any, K>[];
};

/** Everything registered for one event type, from every table. */
export interface HandlersOf {
  functions: EventHandler<EventType>[];
  entries: DecisionEntry[];
}

export class HandlerTable {
  private readonly table = new Map<string, HandlersOf>();

  constructor(tables: EventHandlers[]) {
    for (const handlers of tables) {
      for (const [type, handler] of Object.entries(handlers)) {
        const of = this.table.get(type) ?? { functions: [], entries: [] };
        if (typeof handler === 'function') of.functions.push(handler as EventHandler<EventType>);
        else of.entries.push(...([handler].flat() as DecisionEntry[]));
        this.table.set(type, of);
      }
    }
  }

  of(eventType: string): HandlersOf | undefined {
    return this.table.get(eventType);
  }
}
