import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '@portal/contracts';

/** What an event caused by the current request or message inherits: its correlation, its cause, its actor. */
export interface Correlation {
  correlationId: string;
  causationId: string | null;
  actor: Actor | null;
}

const storage = new AsyncLocalStorage<Correlation>();

export const runWithCorrelation = <T>(correlation: Correlation, fn: () => T): T => storage.run(correlation, fn);

export const currentCorrelation = (): Correlation | undefined => storage.getStore();
