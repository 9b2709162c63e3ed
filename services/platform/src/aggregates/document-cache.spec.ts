import type { AggregateDocument } from './aggregate-document';
import { DocumentCache } from './document-cache';

const entry = (eventId: string) =>
  ({ eventId, eventType: 'E', topic: 't', key: 'k', value: Buffer.from(''), trace: {} }) as const;
const doc = (id: string, version: number, outbox: string[]): AggregateDocument => ({
  _id: id,
  version,
  outbox: outbox.map(entry),
  outboxPendingSince: outbox.length ? new Date(0) : null,
  appliedEventIds: [],
});

describe('DocumentCache: what clearing may do without reading the document', () => {
  it('Given every entry published and the copy evicted, When asked, Then the version written is clearable', () => {
    const cache = new DocumentCache(1);
    cache.put('a', doc('a', 3, ['e1', 'e2']));
    cache.markPublished('a', ['e1', 'e2']);
    cache.put('b', doc('b', 1, [])); // evicts a
    expect(cache.get('a')).toBeUndefined();
    expect(cache.publishedVersion('a')).toBe(3);
    cache.cleared('a');
    expect(cache.publishedVersion('a')).toBeUndefined();
  });

  it('Given an entry not yet published, When asked, Then nothing is clearable blind', () => {
    const cache = new DocumentCache();
    cache.put('a', doc('a', 1, ['e1', 'e2']));
    cache.markPublished('a', ['e1']);
    expect(cache.publishedVersion('a')).toBeUndefined();
  });

  it('Given a later write with a new entry, When asked, Then the marks follow that version and wait for its entry', () => {
    const cache = new DocumentCache();
    cache.put('a', doc('a', 1, ['e1']));
    cache.markPublished('a', ['e1']);
    cache.put('a', doc('a', 2, ['e1', 'e2']));
    expect(cache.publishedVersion('a')).toBeUndefined();
    cache.markPublished('a', ['e2']);
    expect(cache.publishedVersion('a')).toBe(2);
  });

  it('Given marks for a document this process never held, When asked, Then its version is unknown', () => {
    const cache = new DocumentCache();
    cache.markPublished('a', ['e1']);
    expect(cache.publishedVersion('a')).toBeUndefined();
  });
});
