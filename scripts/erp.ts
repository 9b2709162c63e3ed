// ERP simulator: publishes Avro-encoded ERP events onto the platform's topics.
//   npm run erp -- publish --file events.json      (a JSON array of events; timestamps as ISO strings)
//   npm run erp -- generate --count 1000            (realistic SalesOrderBooked events, with a progress bar)
// Options: --brokers host:port (default KAFKA_BROKERS or 127.0.0.1:9092), --prefix <topic prefix>, --seed <n>.
// Each publish (a file, or a batch of 500 generated orders) is one trace; its messages carry its traceparent.
import './erp-telemetry';
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { envelopeFromJson, EventCodec } from '@portal/contracts';
import { createKafka, EventPublisher, MessageProducer } from '@portal/platform';
import { shutdownTelemetry } from '@portal/platform/src/telemetry/shutdown';
import { withSpan } from '@portal/platform/src/telemetry/tracing';
import { runningTraceStore } from '../deploy/local/zipkin';
import { realisticOrders } from '../test/erp-simulator/realistic-orders';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    file: { type: 'string' },
    count: { type: 'string', default: '100' },
    brokers: { type: 'string', default: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092' },
    prefix: { type: 'string', default: process.env.TOPIC_PREFIX ?? '' },
    seed: { type: 'string', default: '42' },
  },
});

async function main() {
  const command = positionals[0];
  const codec = new EventCodec();
  const producer = new MessageProducer(createKafka('erp-simulator', values.brokers!.split(',')));
  await producer.connect().catch((error: Error) => {
    throw new Error(`cannot reach Kafka at ${values.brokers} (--brokers or KAFKA_BROKERS): ${error.message}`);
  });
  const publisher = new EventPublisher(producer, codec, values.prefix);
  try {
    if (command === 'publish') {
      if (!values.file) throw new Error('publish needs --file <events.json>');
      const events = (JSON.parse(fs.readFileSync(values.file, 'utf8')) as Record<string, unknown>[]).map((json) =>
        envelopeFromJson(codec, json),
      );
      const traceId = await withSpan('erp simulator publish', { attributes: { file: values.file } }, async (span) => {
        await publisher.publish(events);
        return span.spanContext().traceId;
      });
      const store = runningTraceStore();
      console.log(`published ${events.length} events from ${values.file}, trace ${traceId}`);
      if (store) console.log(`trace: ${store.uiUrl}traces/${traceId}`);
    } else if (command === 'generate') {
      const count = Number(values.count);
      if (!Number.isInteger(count) || count < 1) throw new Error('--count must be a positive whole number');
      const bar = new SingleBar({ format: 'publishing [{bar}] {value}/{total} orders | {eta}s left' });
      bar.start(count, 0);
      await publisher.publish([...realisticOrders(count, { seed: Number(values.seed) })], (sent) => bar.update(sent));
      bar.stop();
    } else {
      throw new Error('usage: npm run erp -- publish --file events.json | generate --count N');
    }
  } finally {
    await producer.disconnect();
    await shutdownTelemetry();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
