import { createKafka } from '../src';
import { EVENTS_PER_REQUEST, EventPublisher, MessageProducer } from '../src/kafka/producer';
import { TestEnv } from '../src/testing';

const topic = 'erp.sales-orders.v1';

describe('EventPublisher (real broker)', () => {
  let env: TestEnv;
  let producer: MessageProducer;
  beforeAll(async () => {
    env = await TestEnv.create('event-publisher');
    producer = new MessageProducer(createKafka('event-publisher-test', env.kafkaBrokers));
    await producer.connect();
  });
  afterAll(async () => {
    await producer.disconnect();
    await env.close();
  });

  it('Given more events than one request holds, When published in one call, Then the topic holds each once and progress is told per request', async () => {
    const count = 2 * EVENTS_PER_REQUEST + 7;
    const orders = Array.from({ length: count }, (_, i) =>
      env.erp.salesOrderBooked('acc-pub', { orderNumber: `SO-PUB${i}` }),
    );
    const heard: number[] = [];
    await new EventPublisher(producer, env.codec, env.topicPrefix).publish(orders, (sent) => heard.push(sent));
    // And without a progress listener (the common call) it ends as well.
    await new EventPublisher(producer, env.codec, env.topicPrefix).publish(orders.slice(0, 3));

    expect(heard).toEqual([EVENTS_PER_REQUEST, 2 * EVENTS_PER_REQUEST, count]);
    const admin = createKafka('event-publisher-admin', env.kafkaBrokers).admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(env.topicPrefix + topic);
      expect(offsets.reduce((total, p) => total + Number(p.high), 0)).toBe(count + 3);
    } finally {
      await admin.disconnect();
    }
  });
});
