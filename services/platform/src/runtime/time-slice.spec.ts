import { DEFAULT_MAX_REST_MS, ingestionPacer } from './ingestion-pacer';
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

  describe('while the edge is slowed', () => {
    afterEach(() => ingestionPacer.configure());

    it('an ingestion slice rests before it goes on; any other slice (an edge command loading) does not', async () => {
      ingestionPacer.configure(DEFAULT_MAX_REST_MS);
      for (let i = 0; i < 5; i++) ingestionPacer.observe(100, 50); // 2, 4, 8, 16, 32 ms
      expect(ingestionPacer.restMs).toBe(32);
      const resumed: string[] = [];
      const started = performance.now();
      await Promise.all([
        TimeSlice.ingestion()
          .pause()
          .then(() => resumed.push(`ingestion after ${performance.now() - started} ms`)),
        new TimeSlice().pause().then(() => resumed.push('other')),
      ]);
      expect(resumed[0]).toBe('other');
      expect(Number(/after ([\d.]+) ms/.exec(resumed[1]!)![1])).toBeGreaterThanOrEqual(30);
    });

    it('rests for nothing once the pacer is configured off', async () => {
      ingestionPacer.configure(0);
      ingestionPacer.observe(100, 50);
      expect(ingestionPacer.restMs).toBe(0);
      const before = ingestionPacer.restedMs;
      await TimeSlice.ingestion().pause();
      expect(ingestionPacer.restedMs).toBe(before);
    });
  });
});
