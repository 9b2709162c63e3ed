import { randomUUID } from 'node:crypto';
import type { RunningService } from '@portal/platform';
import type { TestEnv, TopicProbe } from '@portal/platform/src/testing';

/**
 * Waits until everything the service decided so far is on licensing.events.v1 and read by the probe, so a test may
 * then assert that something was NOT published. The marker is an event decided after everything under test (a new
 * Smart Account): once the probe saw it, the relay has sent every earlier event, and the probe then catches up with
 * the whole topic.
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
  await probe.caughtUp();
}

export const grant = (accountId: string, role: string) => ({ accountId, role, contractNumber: null, section: null });
