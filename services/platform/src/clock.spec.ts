import { DAY_MS, DemoClock, ManualClock, parseDuration } from './clock';

describe('business clock of a demo', () => {
  it('runs ahead of its base by the offset and only moves forward', () => {
    const base = new ManualClock('2026-11-22T09:00:00Z');
    const clock = new DemoClock(base);
    clock.advance(15 * DAY_MS);
    expect(clock.now().toISOString()).toBe('2026-12-07T09:00:00.000Z');
    base.advance(60_000);
    expect(clock.now().toISOString()).toBe('2026-12-07T09:01:00.000Z');
    expect(() => clock.advance(-1)).toThrow(RangeError);
    clock.restore(DAY_MS);
    expect(clock.offsetMs).toBe(15 * DAY_MS);
  });

  it('reads durations in minutes, hours, days and weeks, within bounds', () => {
    expect(parseDuration('15d')).toBe(15 * DAY_MS);
    expect(parseDuration('36h')).toBe(36 * 3_600_000);
    expect(parseDuration('2w')).toBe(14 * DAY_MS);
    expect(parseDuration('90m')).toBe(90 * 60_000);
    for (const bad of ['-3d', '0d', '15', 'd', '1.5d', '9999d', '15y']) expect(parseDuration(bad)).toBeNull();
  });
});
