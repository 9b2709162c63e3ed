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

  it('shares one budget per event-loop turn between the slices of a process', async () => {
    let turn = 0;
    let done = false;
    const nextTurn = () => {
      turn += 1;
      if (!done) setImmediate(nextTurn);
    };
    setImmediate(nextTurn);
    const stepsPerTurn = new Map<number, number>();
    const step = () => {
      busyFor(1);
      stepsPerTurn.set(turn, (stepsPerTurn.get(turn) ?? 0) + 1);
    };
    const items = Array.from({ length: 20 }, (_, i) => i);
    await Promise.all([1, 2, 3, 4].map(() => new TimeSlice(5).map(items, step)));
    done = true;
    // A budget per slice would let each of the four run five 1 ms steps per turn (20); one budget for the turn runs
    // five, plus the one step each of the four resumed slices takes before it checks (nine).
    expect(Math.max(...stepsPerTurn.values())).toBeLessThanOrEqual(12);
    expect([...stepsPerTurn.values()].reduce((a, b) => a + b)).toBe(80);
  });
});
