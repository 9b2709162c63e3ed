import type { RunningService } from '../runtime/service';
import { until } from './eventually';

/**
 * Waits until the service applied the event to its aggregate: the event id is among the aggregate document's
 * applied event ids (read by `_id`, the look-up FerretDB answers from its index). An envelope fits `event`.
 */
export async function applied(
  svc: RunningService,
  collection: string,
  event: { aggregateId: string; eventId: string },
  timeoutMs = 30_000,
): Promise<void> {
  await until(
    `${collection}/${event.aggregateId} applies ${event.eventId}`,
    async () => {
      const doc = await svc.kit.db.collection(collection).findOne({ _id: event.aggregateId as never });
      return ((doc?.appliedEventIds ?? []) as string[]).includes(event.eventId);
    },
    timeoutMs,
  );
}
