import { RestController } from './ingestion-pacer';

describe('RestController (how long ingestion rests after each slice)', () => {
  const late = 40;
  const onTime = 3;

  it('rests while the edge is serving and the event loop runs late, longer each window, up to the cap', () => {
    const controller = new RestController(16, 15);
    expect([1, 2, 3, 4, 5].map(() => controller.windowEnded(late, 20))).toEqual([2, 4, 8, 16, 16]);
  });

  it('halves the rest back to none once the loop is on time again', () => {
    const controller = new RestController(64, 15);
    for (let i = 0; i < 5; i++) controller.windowEnded(late, 20); // 32
    expect([1, 2, 3, 4, 5, 6].map(() => controller.windowEnded(onTime, 20))).toEqual([16, 8, 4, 2, 0, 0]);
  });

  it('never rests without edge requests, however late the loop (a consumer-only replica, a benchmark)', () => {
    const controller = new RestController(64, 15);
    expect(controller.windowEnded(500, 0)).toBe(0);
    for (let i = 0; i < 3; i++) controller.windowEnded(late, 20); // 8
    expect([1, 2, 3, 4].map(() => controller.windowEnded(500, 0))).toEqual([4, 2, 0, 0]);
  });

  it('never rests with a cap of 0', () => {
    const controller = new RestController(0, 15);
    expect(controller.windowEnded(500, 100)).toBe(0);
  });
});
