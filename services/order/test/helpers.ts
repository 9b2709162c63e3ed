/** Given-helpers of the order integration suites (real Kafka + FerretDB through the platform's TestEnv). */
import type { AnyEnvelope } from '@portal/contracts';
import type { RunningService } from '@portal/platform';
import { bearer, TestEnv, until } from '@portal/platform/src/testing';

export const acme = 'acc-acme';
export const operations = (accountId = acme, contractNumber: string | null = null) => ({
  accountId,
  role: 'operations',
  contractNumber,
  section: null,
});
export const role = (r: string, accountId = acme) => ({ accountId, role: r, contractNumber: null, section: null });

/** Polls (the platform's `until`) until the predicate holds (read models are event-driven); returns the value. */
export async function eventually<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  let last: T | undefined;
  try {
    const held = await until(
      'condition',
      async () => {
        last = await probe();
        return ok(last) ? { value: last } : null;
      },
      timeoutMs,
    );
    return held.value;
  } catch (error) {
    throw new Error(`${(error as Error).message}: ${JSON.stringify(last)?.slice(0, 500)}`);
  }
}

/** A JSON answer body as tests read it (shape asserted by the test itself). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** GET as the user until the answer has the wanted status. */
export const getWhen = (
  env: TestEnv,
  svc: RunningService,
  token: string,
  path: string,
  wanted = (r: { status: number; body: Json }) => r.status === 200,
) =>
  eventually(async () => {
    const r = await env.http(svc).get(path).set(bearer(token));
    return { status: r.status, body: r.body };
  }, wanted);

/** Waits until the order service stored the aggregate the ERP event is about (applied by event id). */
export async function applied(svc: RunningService, collection: string, event: AnyEnvelope, timeoutMs = 30_000) {
  await eventually(
    () =>
      svc.kit.db.collection(collection).findOne({ _id: event.aggregateId as never, appliedEventIds: event.eventId }),
    (doc) => doc !== null,
    timeoutMs,
  );
}

export { bearer };

/**
 * TestEnv.create, retried (platform `until`): while the shared broker creates many topics at once (suites run in
 * parallel), the admin's wait for leaders sometimes answers "This server does not host this topic-partition" (a
 * platform gap, reported); a new attempt with a fresh prefix succeeds.
 */
export async function createEnv(name: string, timeoutMs = 60_000): Promise<TestEnv> {
  return until(
    `test environment ${name}`,
    async () => {
      try {
        return await TestEnv.create(name);
      } catch (error) {
        if (!/topic-partition|leader/i.test(String((error as Error).message))) throw error;
        return null; // the broker is still creating other suites' topics: try again with a fresh prefix
      }
    },
    timeoutMs,
    500,
  );
}

/** Events once each: publishing is at-least-once (consumers dedupe by eventId), so tests count distinct ids. */
export const distinct = <E extends { eventId: string }>(events: E[]): E[] => [
  ...new Map(events.map((e) => [e.eventId, e])).values(),
];
