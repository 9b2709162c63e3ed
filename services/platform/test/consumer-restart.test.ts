import type { Consumer, ConsumerRunConfig, Kafka } from 'kafkajs';
import { KafkaJSNonRetriableError } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { ConsumerRunner, createKafka, createLogger, DeadLetterStore, MessageProducer, systemClock } from '../src';
import { DecisionBatch } from '../src/aggregates/decision-batch';
import { DocumentStore } from '../src/aggregates/document-store';
import { EventFactory } from '../src/messaging/event-factory';
import { createMetrics } from '../src/runtime/metrics';
import { eventually, TestEnv } from '../src/testing';

/**
 * The real client, except that the first batch any of its consumers is given fails the way a broker outage made
 * one fail (the group coordinator not found): an error kafkajs classes non-retriable, after which it crashes the
 * consumer and does not start it again.
 */
function firstBatchFailsNonRetriably(kafka: Kafka): Kafka {
  let failed = false;
  return new Proxy(kafka, {
    get(target, property) {
      if (property !== 'consumer') return Reflect.get(target, property);
      return (...args: Parameters<Kafka['consumer']>): Consumer => {
        const consumer = target.consumer(...args);
        const run = consumer.run.bind(consumer);
        consumer.run = (config?: ConsumerRunConfig) =>
          run({
            ...config,
            eachBatch: async (payload) => {
              if (!failed) {
                failed = true;
                throw new KafkaJSNonRetriableError('The group coordinator is not available (injected)');
              }
              return config!.eachBatch!(payload);
            },
          });
        return consumer;
      };
    },
  });
}

describe('a consumer crashed by an error kafkajs does not recover from', () => {
  let env: TestEnv;
  let mongo: MongoClient;
  let producer: MessageProducer;
  let runner: ConsumerRunner;
  const logLines: { msg: string; restartedByKafkajs?: boolean }[] = [];
  const seen = new Set<string>();

  beforeAll(async () => {
    env = await TestEnv.create('consumer-restart');
    mongo = await MongoClient.connect(env.mongoUrl);
    const db = mongo.db(`${env.topicPrefix.replace(/\.$/, '')}-restart`);
    const kafka = createKafka('consumer-restart', env.kafkaBrokers);
    producer = new MessageProducer(kafka);
    await producer.connect();
    const logger = createLogger('consumer-restart', 'info', {
      write: (line: string) => logLines.push(JSON.parse(line)),
    });
    runner = new ConsumerRunner({
      kafka: firstBatchFailsNonRetriably(kafka),
      group: 'consumer-restart',
      topics: ['erp.sales-orders.v1'],
      handlers: [{ SalesOrderBooked: async (event) => void seen.add(event.payload.orderNumber) }],
      codec: env.codec,
      decisions: new DecisionBatch({
        store: new DocumentStore(),
        events: new EventFactory(systemClock),
        codec: env.codec,
        clock: systemClock,
      }),
      producer,
      deadLetters: new DeadLetterStore(db.collection('dead_letters') as never),
      clock: systemClock,
      logger,
      metrics: createMetrics('consumer-restart'),
      topicPrefix: env.topicPrefix,
    });
    await runner.start();
  });

  afterAll(async () => {
    await runner.stop();
    await producer.disconnect();
    await mongo.db(`${env.topicPrefix.replace(/\.$/, '')}-restart`).dropDatabase();
    await mongo.close();
    await env.close();
  });

  it('given the first batch crashes the consumer, then the runner starts it again and the batch is handled', async () => {
    await env.publish([env.erp.salesOrderBooked('acc-a', { orderNumber: 'SO-RESTART-1' })]);

    await eventually(async () => seen.has('SO-RESTART-1'));
    const crash = logLines.find((l) => l.msg === 'consumer crashed');
    expect(crash?.restartedByKafkajs).toBe(false);
    expect(logLines.some((l) => l.msg === 'starting the consumer again after its crash')).toBe(true);
    await eventually(async () => runner.isJoined());

    await env.publish([env.erp.salesOrderBooked('acc-a', { orderNumber: 'SO-RESTART-2' })]);
    await eventually(async () => seen.has('SO-RESTART-2'));
  });
});
