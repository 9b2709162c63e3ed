// One run: N order replicas in one group, the ERP's lifecycles published, optionally one replica SIGKILLed once
// part of the input is applied; then waits until every input is applied and every implied order event is out, and
// checks the result. Shared by the integration test and the benchmark.
import { randomBytes } from 'node:crypto';
import { lifecycles, publishingOrder } from './lifecycles';
import { until } from '../../bench/support/platform';
import { OrderReplicas } from './order-replicas';
import { verify, type Verdict } from './verify';

export interface ScenarioOptions {
  label: string;
  kafkaBrokers: string[];
  mongoUrl: string;
  replicas: number;
  events: number;
  /** SIGKILL a replica once this share of the input is applied (committed by the group). */
  killAt?: number;
  /**
   * Which one: the replica whose outbox relay publishes (it holds the relay lease: it dies between publishing and
   * clearing) or the one that does not (its written events wait for the lease: it dies with all of them unsent).
   */
  victim?: 'publishing' | 'waiting';
  timeoutMs: number;
  log?: (line: string) => void;
}

export interface ScenarioResult {
  verdict: Verdict;
  /** From the first ERP publish until every input is applied and every implied event is on the topic. */
  seconds: number;
  /** Input applied when the replica was killed, and after the kill (so "mid-way" is shown, not assumed). */
  killedAt?: { applied: number; published: number };
}

export async function runScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const log = options.log ?? (() => undefined);
  const world = new OrderReplicas(options.kafkaBrokers, options.mongoUrl, options.label);
  try {
    await world.open();
    const names = Array.from({ length: options.replicas }, (_, i) => `order-${i + 1}`);
    await Promise.all(names.map((name) => world.start(name)));
    await world.groupOf(options.replicas);
    log(`${options.label}: ${options.replicas} replica(s) in group ${world.group}`);

    const all = lifecycles(options.events, randomBytes(3).toString('hex').toUpperCase());
    const input = publishingOrder(all);
    const began = Date.now();
    // With a kill, the rest of the input is published only after it, so the kill lands before all is applied
    // however fast the machine is.
    const first = options.killAt === undefined ? input.length : Math.ceil(input.length * (options.killAt + 0.2));
    await world.publish(input.slice(0, first));
    log(`${options.label}: published ${first} of ${input.length} ERP events over ${all.length} orders`);

    let killedAt: ScenarioResult['killedAt'];
    if (options.killAt !== undefined) {
      const threshold = Math.ceil(input.length * options.killAt);
      await until(
        `${threshold} ERP events applied`,
        async () => (await world.committed()) >= threshold,
        options.timeoutMs,
      );
      const publishers = await Promise.all(world.replicas.map((r) => world.publishedBy(r).catch(() => 0)));
      const most = publishers.indexOf(Math.max(...publishers));
      const victim = world.replicas[options.victim === 'waiting' ? 1 - most : most]!;
      await world.kill(victim);
      killedAt = { applied: await world.committed(), published: await world.published() };
      await world.publish(input.slice(first));
      log(
        `${options.label}: SIGKILLed ${victim.name} with ${killedAt.applied} of ${input.length} applied, ` +
          `${killedAt.published} order events published (by replica: ${publishers.join(', ')})`,
      );
    }

    let last = '';
    try {
      await until(
        'every ERP event applied and every implied order event published',
        async () => {
          const [applied, published] = [await world.committed(), await world.published()];
          last = `${applied} of ${input.length} applied, ${published} order events published`;
          return applied >= input.length && published >= input.length;
        },
        options.timeoutMs,
      );
    } catch (error) {
      throw new Error(`${(error as Error).message} (${last}, ${await world.pendingOutboxes()} outboxes pending)`);
    }
    const seconds = (Date.now() - began) / 1000;
    const verdict = await verify(world, all);
    return { verdict, seconds, killedAt };
  } finally {
    await world.close();
  }
}
