import { getPath, instantAt, stringsAt } from './paths';

describe('paths into event data', () => {
  const event = {
    occurredAt: new Date('2026-03-01T10:00:00Z'),
    actor: { userId: 'u-1' },
    payload: {
      user: { userId: 'u-2' },
      approvers: ['u-3', '', 7, 'u-4'],
      dueOn: '2026-04-01',
      at: 1767225600000,
      bad: 'nope',
    },
  };

  it('Given a nested path When read Then the value is returned', () => {
    expect(getPath(event, 'payload.user.userId')).toBe('u-2');
    expect(getPath(event, 'actor.userId')).toBe('u-1');
  });

  it('Given a path through a missing or scalar field When read Then undefined', () => {
    expect(getPath(event, 'payload.missing.userId')).toBeUndefined();
    expect(getPath(event, 'payload.dueOn.length.x')).toBeUndefined();
    expect(getPath(null, 'a')).toBeUndefined();
  });

  it('Given a string or an array When strings are read Then only non-empty strings come back', () => {
    expect(stringsAt(event, 'payload.user.userId')).toEqual(['u-2']);
    expect(stringsAt(event, 'payload.approvers')).toEqual(['u-3', 'u-4']);
    expect(stringsAt(event, 'payload.user')).toEqual([]);
  });

  it('Given a Date, an ISO date, epoch millis or garbage When an instant is read Then a Date or null', () => {
    expect(instantAt(event, 'occurredAt')?.toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(instantAt(event, 'payload.dueOn')?.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(instantAt(event, 'payload.at')?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(instantAt(event, 'payload.bad')).toBeNull();
    expect(instantAt(event, 'payload.none')).toBeNull();
  });
});
