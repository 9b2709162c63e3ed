import { DueQueue } from './due-queue';

describe('DueQueue backlog (scheduled_jobs_due / scheduled_jobs_overdue)', () => {
  it('Given jobs due now, long overdue and in the future, When the backlog is read, Then it counts per kind', () => {
    const queue = new DueQueue();
    const now = 1_000_000;
    queue.put({ id: 'a', dueAt: now - 1_000, rev: 1, kind: 'send-mail' });
    queue.put({ id: 'b', dueAt: now - 120_000, rev: 1, kind: 'send-mail' });
    queue.put({ id: 'c', dueAt: now + 5_000, rev: 1, kind: 'send-mail' });
    queue.put({ id: 'd', dueAt: now - 90_000, rev: 1, kind: 'pa-expiry' });
    queue.put({ id: 'e', dueAt: now - 1, rev: 1 });

    expect(queue.backlog(now, 60_000)).toEqual([
      { kind: 'send-mail', due: 2, overdue: 1 },
      { kind: 'pa-expiry', due: 1, overdue: 1 },
      { kind: 'unknown', due: 1, overdue: 0 },
    ]);
  });

  it('Given a job taken to run, When the backlog is read, Then it no longer counts', () => {
    const queue = new DueQueue();
    queue.put({ id: 'a', dueAt: 10, rev: 1, kind: 'k' });
    expect(queue.takeDue(20, 10)).toHaveLength(1);
    expect(queue.backlog(20, 60_000)).toEqual([]);
  });
});
