import { WriteRounds } from './write-rounds';

describe('write rounds', () => {
  it('Given calls arriving while a write runs, Then they go together into the next write, and each resolves with its own', async () => {
    const rounds: number[][] = [];
    let release!: () => void;
    const first = new Promise<void>((r) => (release = r));
    const writes = new WriteRounds<number>(async (items) => {
      rounds.push(items);
      if (rounds.length === 1) await first;
    });
    const a = writes.add(1);
    await new Promise((r) => setImmediate(r));
    const later = [writes.add(2), writes.add(3), writes.add(4)];
    release();
    await Promise.all([a, ...later]);
    expect(rounds).toEqual([[1], [2, 3, 4]]);
  });

  it('Given a write that fails, Then the calls of that round reject with its error and the next round still runs', async () => {
    const writes = new WriteRounds<number>(async (items) => {
      if (items.includes(13)) throw new Error('unlucky');
    });
    const failed = [writes.add(12), writes.add(13)];
    await expect(Promise.all(failed)).rejects.toThrow('unlucky');
    await expect(failed[0]).rejects.toThrow('unlucky');
    await expect(writes.add(14)).resolves.toBeUndefined();
  });
});
