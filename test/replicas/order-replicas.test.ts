// Two order service replicas (real processes) in one consumer group on the real broker and database: the ERP
// publishes sales-order lifecycles over many order keys (2-5 events each), one replica is SIGKILLed once part of
// them is applied, and the survivor finishes. Every ERP event must be applied exactly once (each order stored
// once, in the state its last event implies), every implied order event published exactly once (no duplicate
// eventId, as many as the inputs imply), and per key in the order of the inputs (revision 1, 2, ... each with the
// view after that many events). Two cases: the replica killed is the one whose outbox relay publishes (it holds
// the relay lease), or the one whose written events wait for the lease. 10,000 events run in
// `npm run bench:replicas`; the count here keeps the suite within a few minutes on a loaded two-core CI machine
// (REPLICAS_EVENTS overrides it).
import { runScenario, type ScenarioOptions } from './support/scenario';
import { summary } from './support/verify';

const EVENTS = Number(process.env.REPLICAS_EVENTS ?? 1000);
const TIMEOUT_MS = 10 * 60_000;

async function killOneMidway(victim: ScenarioOptions['victim']) {
  const { verdict, killedAt } = await runScenario({
    label: `t-replicas-${victim}`,
    kafkaBrokers: process.env.KAFKA_BROKERS!.split(','),
    mongoUrl: process.env.MONGO_URL!,
    replicas: 2,
    events: EVENTS,
    killAt: 0.4,
    victim,
    timeoutMs: TIMEOUT_MS,
  });
  // The kill landed mid-way: some, not all, of the input was applied when the replica died.
  expect(killedAt!.applied).toBeGreaterThan(0);
  expect(killedAt!.applied).toBeLessThan(verdict.inputs);
  expect(verdict.expectedOutputs).toBe(EVENTS);
  const exactlyOnce = { ...verdict, stored: verdict.orders, outputs: verdict.inputs, duplicateEventIds: 0 };
  expect({ summary: summary(verdict), findings: verdict.findings }).toEqual({
    summary: summary({ ...exactlyOnce, findingCount: 0 }),
    findings: [],
  });
}

describe('order service as two replicas in one consumer group, one SIGKILLed mid-way', () => {
  it(
    'applies and publishes every ERP event exactly once, in per-key order, when the publishing replica dies',
    () => killOneMidway('publishing'),
    3 * TIMEOUT_MS,
  );

  it(
    'applies and publishes every ERP event exactly once, in per-key order, when the waiting replica dies',
    () => killOneMidway('waiting'),
    3 * TIMEOUT_MS,
  );
});
