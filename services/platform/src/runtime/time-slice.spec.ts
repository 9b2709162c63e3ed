import { TimeSlice } from './time-slice';

const busyFor = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('TimeSlice', () => {
  it('lets a timer run between steps of a long loop once the budget is spent', async () => {
    const slice = new TimeSlice(5);
    const order: string[] = [];
    setImmediate(() => order.push('other work'));
    await slice.map([1, 2, 3, 4], (n) => {
      busyFor(3);
      order.push(`step ${n}`);
    });
    // 3 ms per step on a 5 ms budget: the other work runs after the second step, not after the fourth.
    expect(order.indexOf('other work')).toBeGreaterThan(0);
    expect(order.indexOf('other work')).toBeLessThan(order.length - 1);
  });

  it('keeps the order of results and does not pause while the budget lasts', async () => {
    const slice = new TimeSlice(1_000);
    let paused = false;
    setImmediate(() => (paused = true));
    expect(await slice.map([3, 1, 2], async (n) => n * 2)).toEqual([6, 2, 4]);
    expect(paused).toBe(false);
  });
});
