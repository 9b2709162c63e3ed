import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import type { Collection } from 'mongodb';
import { createLogger, ManualClock, ScheduledJob, Scheduler, systemClock } from '../src';
import { createMetrics } from '../src/runtime/metrics';
import type { JobClaim } from '../src/scheduler/job-claims';
import { eventually } from '../src/testing/eventually';

describe('durable scheduler against the real database', () => {
  let db: mongoose.Connection;
  let jobs: Collection<ScheduledJob>;
  let claims: Collection<JobClaim>;
  const fired = new Map<string, number>();
  const logger = createLogger('scheduler-test', 'silent');
  const handlers = {
    count: async (job: ScheduledJob) => {
      fired.set(job._id, (fired.get(job._id) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, Math.random() * 5)); // runs overlap between the racing runners
    },
    flaky: async (job: ScheduledJob) => {
      fired.set(job._id, (fired.get(job._id) ?? 0) + 1);
      if (job.attempts < 3) throw new Error('not yet');
    },
  };
  const runner = (clock = systemClock) =>
    new Scheduler(jobs, handlers, clock, logger, createMetrics('scheduler-test'), { claims, resyncMs: 60_000 });

  beforeAll(async () => {
    const dbName = `t-scheduler-${randomBytes(3).toString('hex')}`;
    db = await mongoose.createConnection(process.env.MONGO_URL!, { dbName }).asPromise();
    jobs = db.collection('scheduled_jobs') as unknown as Collection<ScheduledJob>;
    claims = db.collection('scheduled_job_claims') as unknown as Collection<JobClaim>;
  });
  afterAll(async () => {
    await db.dropDatabase();
    await db.close();
  });

  it('given two runners racing over the same due jobs, then each job fires exactly once and is recorded done', async () => {
    const clock = new ManualClock();
    const a = runner(clock);
    const b = runner(clock);
    const ids = Array.from({ length: 40 }, (_, i) => `race:${i}`);
    for (const id of ids) await a.schedule({ id, kind: 'count', dueAt: clock.now(), payload: { id } });
    await b.resync(); // b learns of a's jobs as a replica would, by its resync

    const [byA, byB] = await Promise.all([a.runDue(), b.runDue()]);

    expect(byA + byB).toBe(ids.length);
    expect(ids.map((id) => fired.get(id))).toEqual(ids.map(() => 1));
    for (const id of ids) expect((await a.get(id))?.status).toBe('done');
    expect(await db.collection('scheduled_job_claims').countDocuments({})).toBe(0);
    // A runner whose view is stale finds the job done when it claims it: nothing fires again.
    await b.resync();
    expect(await b.runDue()).toBe(0);
    expect(ids.map((id) => fired.get(id))).toEqual(ids.map(() => 1));
  });

  it('given jobs planned before a restart, when a new runner starts, then they fire when due; cancelled and re-planned ones follow the last plan', async () => {
    const clock = new ManualClock('2026-12-01T10:00:00Z');
    const before = runner(clock);
    await before.schedule({ id: 'restart:due', kind: 'count', dueAt: new Date('2026-12-01T11:00:00Z'), payload: {} });
    await before.schedule({ id: 'restart:gone', kind: 'count', dueAt: new Date('2026-12-01T11:00:00Z'), payload: {} });
    await before.schedule({ id: 'restart:moved', kind: 'count', dueAt: new Date('2026-12-01T11:00:00Z'), payload: {} });
    await before.cancel('restart:gone');
    await before.schedule({ id: 'restart:moved', kind: 'count', dueAt: new Date('2026-12-01T13:00:00Z'), payload: {} });
    await before.stop();

    const after = runner(clock);
    await after.resync(); // what start() does first; the background loop is left off so runDue alone fires
    try {
      clock.set('2026-12-01T12:00:00Z');
      expect(await after.runDue()).toBe(1);
      expect(fired.get('restart:due')).toBe(1);
      expect(fired.has('restart:gone')).toBe(false);
      expect(fired.has('restart:moved')).toBe(false);
      clock.set('2026-12-01T13:00:00Z');
      expect(await after.runDue()).toBe(1);
      expect(fired.get('restart:moved')).toBe(1);
      expect((await after.get('restart:gone'))?.status).toBe('cancelled');
      // a fired job is not revived by planning it again
      await after.schedule({ id: 'restart:due', kind: 'count', dueAt: clock.now(), payload: {} });
      expect(await after.runDue()).toBe(0);
    } finally {
      await after.stop();
    }
  });

  it('given jobs another runner planned, when this one re-plans their prefix, then the jobs left out are cancelled', async () => {
    const clock = new ManualClock();
    const a = runner(clock);
    const b = runner(clock); // never resynced: knows nothing of a's jobs
    for (const step of ['1', '2', '3'])
      await a.schedule({ id: `plan:m1:${step}`, kind: 'count', dueAt: clock.now(), payload: {} });

    await b.replan('plan:m1:', [{ id: 'plan:m1:2', kind: 'count', dueAt: clock.now(), payload: { moved: true } }]);

    expect((await a.get('plan:m1:1'))?.status).toBe('cancelled');
    expect((await a.get('plan:m1:3'))?.status).toBe('cancelled');
    expect(await a.get('plan:m1:2')).toMatchObject({ status: 'pending', payload: { moved: true } });
    await a.resync();
    expect(await a.runDue()).toBe(1);
    expect(fired.get('plan:m1:2')).toBe(1);
    expect(fired.has('plan:m1:1')).toBe(false);
  });

  it('given a handler that fails twice, then it is retried with backoff and recorded done on the third attempt', async () => {
    const clock = new ManualClock();
    const s = runner(clock);
    await s.schedule({ id: 'flaky:1', kind: 'flaky', dueAt: clock.now(), payload: {} });
    await s.runDue();
    expect((await s.get('flaky:1'))?.lastError).toBe('not yet');
    for (let i = 0; i < 2; i++) {
      clock.advance(60 * 60_000);
      await s.runDue();
    }
    expect(fired.get('flaky:1')).toBe(3);
    expect(await s.get('flaky:1')).toMatchObject({ status: 'done', attempts: 3 });
  });

  it('given a job claimed by a runner that died mid-run, then another runner takes it over once the lease ends', async () => {
    const s = new Scheduler(jobs, handlers, systemClock, logger, createMetrics('scheduler-test'), {
      claims,
      leaseMs: 200,
    });
    await s.schedule({ id: 'orphan:1', kind: 'count', dueAt: new Date(), payload: {} });
    const { version } = (await s.get('orphan:1'))!;
    await db
      .collection('scheduled_job_claims')
      .insertOne({ _id: `orphan:1#${version}.0` as never, owner: 'dead', leaseUntil: new Date(Date.now() + 200) });

    await s.start(20);
    try {
      await eventually(async () => (await s.get('orphan:1'))?.status === 'done');
      expect(fired.get('orphan:1')).toBe(1);
    } finally {
      await s.stop();
    }
  });

  it('given a runner started on the platform clock, when a job is planned due now, then it fires without waiting for a poll', async () => {
    const s = runner();
    await s.start(60_000);
    try {
      await s.schedule({ id: 'now:1', kind: 'count', dueAt: new Date(), payload: {} });
      await eventually(async () => (await s.get('now:1'))?.status === 'done', 5_000);
      expect(fired.get('now:1')).toBe(1);
    } finally {
      await s.stop();
    }
  });
});
