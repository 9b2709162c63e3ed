import { assertOwner, isUnread, markRead } from './inbox';

describe('inbox', () => {
  const item = { userId: 'u-1', readAt: null as Date | null };
  const now = new Date('2026-03-01T10:00:00.000Z');

  it('Given an unread item of mine When I mark it read Then it is read at now', () => {
    expect(isUnread(item)).toBe(true);
    expect(markRead(item, 'u-1', now)).toEqual({ userId: 'u-1', readAt: now });
  });

  it('Given a read item When marked again Then the first read time stays', () => {
    const read = markRead(item, 'u-1', now);
    expect(markRead(read, 'u-1', new Date('2026-03-02T00:00:00Z')).readAt).toBe(now);
    expect(isUnread(read)).toBe(false);
  });

  it("Given another user's item or none When I touch it Then 404 NOT_FOUND (never 403)", () => {
    expect(() => markRead(item, 'u-2', now)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', status: 404 }));
    expect(() => assertOwner(null, 'u-1')).toThrow(expect.objectContaining({ status: 404 }));
  });
});
