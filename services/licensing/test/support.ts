import type { RunningService } from '@portal/platform';

/** Polls until the check passes (the read side is event-driven), failing with the last error after the timeout. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Waits until the service applied an event to an aggregate (its id is in the document's processed-event record). */
export async function applied(
  svc: RunningService,
  collection: string,
  aggregateId: string,
  eventId: string,
  timeoutMs = 20_000,
): Promise<void> {
  await eventually(async () => {
    const doc = await svc.kit.db.collection(collection).findOne({ _id: aggregateId as never });
    if (!(doc?.appliedEventIds as string[] | undefined)?.includes(eventId))
      throw new Error(`${collection}/${aggregateId} has not applied ${eventId}`);
  }, timeoutMs);
}

export const grant = (accountId: string, role: string) => ({ accountId, role, contractNumber: null, section: null });
