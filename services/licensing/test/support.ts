import { randomUUID } from 'node:crypto';
import { createKafka, type RunningService } from '@portal/platform';
import { until, type TestEnv, type TopicProbe } from '@portal/platform/src/testing';

/** Waits until the service applied an event to an aggregate (its id is in the document's processed-event record). */
export async function applied(
  svc: RunningService,
  collection: string,
  aggregateId: string,
  eventId: string,
): Promise<void> {
  await until(`${collection}/${aggregateId} applied ${eventId}`, async () => {
    const doc = await svc.kit.db.collection(collection).findOne({ _id: aggregateId as never });
    return (doc?.appliedEventIds as string[] | undefined)?.includes(eventId);
  });
}

/**
 * Waits until everything the service decided so far is on licensing.events.v1 and read by the probe, so a test may
 * then assert that something was NOT published. The marker is an event decided after everything under test (a new
 * Smart Account): once the probe saw it, the relay has sent every earlier event, and the probe then reads up to the
 * topic's high watermark on every partition.
 */
export async function allPublished(env: TestEnv, svc: RunningService, probe: TopicProbe) {
  const token = await env.tokenFor({ userId: 'u-marker', homeAccountId: 'acc-vendor', userType: 'internal' });
  const marker = await env
    .http(svc)
    .post('/smart-accounts')
    .auth(token, { type: 'bearer' })
    .send({ domainIdentifier: `marker-${randomUUID()}.example`, name: 'Marker', ownerAccountId: 'acc-marker' });
  if (marker.status !== 201) throw new Error(`marker Smart Account refused: ${JSON.stringify(marker.body)}`);
  await probe.waitFor((e) => e.eventType === 'SmartAccountCreated' && e.aggregateId === marker.body.smartAccountId);
  const admin = createKafka(`probe-admin-${randomUUID()}`, env.kafkaBrokers).admin();
  await admin.connect();
  try {
    const high = await admin.fetchTopicOffsets(`${env.topicPrefix}licensing.events.v1`);
    await until('the probe read licensing.events.v1 to its high watermark', async () =>
      high.every(
        (p) =>
          Number(p.high) === 0 ||
          probe.messages.some((m) => m.partition === p.partition && Number(m.offset) >= Number(p.high) - 1),
      ),
    );
  } finally {
    await admin.disconnect();
  }
}

export const grant = (accountId: string, role: string) => ({ accountId, role, contractNumber: null, section: null });
