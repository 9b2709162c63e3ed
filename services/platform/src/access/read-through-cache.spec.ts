import { ReadThroughCache } from './read-through-cache';

type Doc = { version: number; name: string } | null;

describe('read-through cache of versioned documents', () => {
  it('given a cached entry, then it answers without loading until the entry expires', async () => {
    const cache = new ReadThroughCache<Doc>(60_000);
    const load = jest.fn(async () => ({ version: 1, name: 'a' }));
    await cache.get('u', load);
    expect(await cache.get('u', load)).toEqual({ version: 1, name: 'a' });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('given concurrent misses, then one load answers them all', async () => {
    const cache = new ReadThroughCache<Doc>(60_000);
    const load = jest.fn(async () => ({ version: 1, name: 'a' }));
    await Promise.all([cache.get('u', load), cache.get('u', load), cache.get('u', load)]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('given a write of this process, then the newer version answers and an older one never replaces it', async () => {
    const cache = new ReadThroughCache<Doc>(60_000);
    await cache.get('u', async () => null);
    cache.forget('u');
    cache.written('u', { version: 2, name: 'b' });
    cache.written('u', { version: 1, name: 'stale' });
    expect(await cache.get('u', async () => null)).toEqual({ version: 2, name: 'b' });
  });

  it('given a load that started before a write, then what it read is not remembered', async () => {
    const cache = new ReadThroughCache<Doc>(60_000);
    let finish!: (doc: Doc) => void;
    const slow = cache.get('u', () => new Promise<Doc>((resolve) => (finish = resolve)));
    cache.forget('u');
    finish({ version: 1, name: 'before the write' });
    await slow;
    expect(await cache.get('u', async () => ({ version: 2, name: 'after' }))).toEqual({ version: 2, name: 'after' });
  });

  it('given a load in flight when this process writes, then a read after the write does not join it', async () => {
    const cache = new ReadThroughCache<Doc>(60_000);
    let finish!: (doc: Doc) => void;
    const slow = cache.get('u', () => new Promise<Doc>((resolve) => (finish = resolve)));
    cache.forget('u');
    const after = cache.get('u', async () => ({ version: 2, name: 'after' }));
    finish({ version: 1, name: 'before the write' });
    expect(await slow).toEqual({ version: 1, name: 'before the write' });
    expect(await after).toEqual({ version: 2, name: 'after' });
    expect(await cache.get('u', async () => null)).toEqual({ version: 2, name: 'after' });
  });

  it('given documents without a version, then a write replaces the entry', async () => {
    const cache = new ReadThroughCache<{ name: string } | null>(60_000);
    await cache.get('u', async () => ({ name: 'a' }));
    cache.written('u', { name: 'b' });
    expect(await cache.get('u', async () => null)).toEqual({ name: 'b' });
  });

  it('given more keys than it holds, then the oldest entry goes and the others stay', async () => {
    const cache = new ReadThroughCache<Doc>(60_000, 2);
    for (const key of ['a', 'b', 'c']) await cache.get(key, async () => ({ version: 1, name: key }));
    expect(cache.size).toBe(2);
    const load = jest.fn(async () => ({ version: 1, name: 'again' }));
    await cache.get('c', load);
    expect(load).not.toHaveBeenCalled();
    await cache.get('a', load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('given an expired entry, then the next read loads again', async () => {
    const cache = new ReadThroughCache<Doc>(0);
    const load = jest.fn(async () => ({ version: 1, name: 'a' }));
    await cache.get('u', load);
    await new Promise((resolve) => setImmediate(resolve));
    await cache.get('u', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  describe('refresh ahead (the clock is Date.now)', () => {
    let now: jest.SpyInstance<number, []>;
    beforeEach(() => (now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000)));
    afterEach(() => now.mockRestore());

    it('given a key read in the second half of its life, then it answers from the cache at once and reloads in the background', async () => {
      const cache = new ReadThroughCache<Doc>(2_000);
      await cache.get('u', async () => ({ version: 1, name: 'a' }));
      let finish!: (doc: Doc) => void;
      const reload = jest.fn(() => new Promise<Doc>((resolve) => (finish = resolve)));
      now.mockReturnValue(1_000_500); // first half: no reload
      expect(await cache.get('u', reload)).toEqual({ version: 1, name: 'a' });
      expect(reload).not.toHaveBeenCalled();
      now.mockReturnValue(1_001_500); // second half: answered at once, one reload for all readers
      expect(await cache.get('u', reload)).toEqual({ version: 1, name: 'a' });
      expect(await cache.get('u', reload)).toEqual({ version: 1, name: 'a' });
      expect(reload).toHaveBeenCalledTimes(1);
      finish({ version: 2, name: 'reloaded' });
      await new Promise((resolve) => setImmediate(resolve));
      now.mockReturnValue(1_003_000); // past the first entry's life: the reloaded one answers without a load
      expect(await cache.get('u', async () => null)).toEqual({ version: 2, name: 'reloaded' });
    });

    it('given a background reload that started before a write of this process, then what it read is not remembered', async () => {
      const cache = new ReadThroughCache<Doc>(2_000);
      await cache.get('u', async () => ({ version: 1, name: 'a' }));
      let finish!: (doc: Doc) => void;
      now.mockReturnValue(1_001_500);
      await cache.get('u', () => new Promise<Doc>((resolve) => (finish = resolve)));
      cache.written('u', { version: 2, name: 'written' });
      finish({ version: 1, name: 'read before the write' });
      await new Promise((resolve) => setImmediate(resolve));
      expect(await cache.get('u', async () => null)).toEqual({ version: 2, name: 'written' });
    });

    it('given an expired entry whose reload fails, then the reader hears the failure (nothing older than the TTL answers)', async () => {
      const cache = new ReadThroughCache<Doc>(2_000);
      await cache.get('u', async () => ({ version: 1, name: 'a' }));
      now.mockReturnValue(1_001_500);
      await cache.get('u', async () => Promise.reject(new Error('database down')));
      await new Promise((resolve) => setImmediate(resolve));
      now.mockReturnValue(1_002_500);
      await expect(cache.get('u', async () => Promise.reject(new Error('still down')))).rejects.toThrow('still down');
    });
  });
});
