/** Where every time rule takes "now" from, so tests can move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export class ManualClock implements Clock {
  private current: Date;
  constructor(start: Date | string = '2026-11-22T09:00:00.000Z') {
    this.current = new Date(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date | string): void {
    this.current = new Date(to);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

import { DAY_MS } from './domain/iso-date';

export { DAY_MS };

/**
 * The business clock of a platform marked as a demo (DEMO_MODE=true): the system time plus an offset that only
 * moves forward, so time rules (PA expiry, renewal notices, overdue invoices) can be shown on a running platform.
 */
export class DemoClock implements Clock {
  constructor(
    private readonly base: Clock = systemClock,
    private offset = 0,
  ) {}
  now(): Date {
    return new Date(this.base.now().getTime() + this.offset);
  }
  get offsetMs(): number {
    return this.offset;
  }
  advance(ms: number): void {
    if (!Number.isInteger(ms) || ms < 0) throw new RangeError('the demo clock only moves forward');
    this.offset += ms;
  }
  /** Restores a stored offset (never backwards: a later advance wins). */
  restore(offsetMs: number): void {
    this.offset = Math.max(this.offset, offsetMs);
  }
}

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS };

/** "15d", "36h", "2w", "90m" -> milliseconds; null when it is not such a duration (1 minute .. 3660 days). */
export function parseDuration(text: string): number | null {
  const match = /^(\d{1,6})([mhdw])$/.exec(text.trim());
  if (!match) return null;
  const ms = Number(match[1]) * UNIT_MS[match[2]!]!;
  return ms >= 60_000 && ms <= 3660 * DAY_MS ? ms : null;
}
