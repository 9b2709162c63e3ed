import { newestFirstAfter, newestFirstKey, parseNewestFirstKey } from './newest-first';

describe('newest-first keys', () => {
  it('Given two instants, When keyed newest first, Then the later sorts first as a string, then by id', () => {
    const later = newestFirstKey(new Date('2026-11-22T00:00:00Z'), 'A');
    const earlier = newestFirstKey(new Date('2026-11-01T00:00:00Z'), 'A');
    expect(later < earlier).toBe(true);
    expect(
      newestFirstKey(new Date('2026-11-22T00:00:00Z'), 'A') < newestFirstKey(new Date('2026-11-22T00:00:00Z'), 'B'),
    ).toBe(true);
  });

  it('Given a key of an id holding a bar, When parsed, Then the instant and the whole id come back', () => {
    const at = new Date('2026-11-22T10:11:12.345Z');
    expect(parseNewestFirstKey(newestFirstKey(at, 'UR-1|x'))).toEqual({ at, id: 'UR-1|x' });
  });

  it('Given a cursor key, When turned into a filter, Then it reads older instants or the same one with a greater id', () => {
    const at = new Date('2026-11-22T00:00:00Z');
    expect(newestFirstAfter('issuedOn', newestFirstKey(at, 'INV-9'), (d) => d.toISOString().slice(0, 10))).toEqual({
      $or: [{ issuedOn: { $lt: '2026-11-22' } }, { issuedOn: '2026-11-22', _id: { $gt: 'INV-9' } }],
    });
    expect(newestFirstAfter('issuedOn', undefined)).toEqual({});
  });
});
