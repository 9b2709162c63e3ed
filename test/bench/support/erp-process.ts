// The ERP of a benchmark, in a process of its own: generates N realistic sales orders and publishes them onto the
// prefixed ERP topic as fast as it can, 500 per send. Started by `startErpProcess` (below).
// Why a process: encoding and sending 5,000 orders holds an event loop for seconds (measured: the burst's
// publication took 3.4–5.0 s). In the benchmark's own process that delayed the load generator's requests and the
// handling of their responses, and every read due meanwhile was charged seconds that no service caused. The ERP
// is another system in production, too.
// Protocol over IPC: sends {type: 'ready'} once its orders are made and its producer connected; on {type: 'go'}
// publishes them and sends {type: 'published', seconds} once the broker acknowledged every one.
import { fork } from 'node:child_process';
import { EventCodec } from '@portal/contracts';
import { createKafka, EventPublisher, MessageProducer } from '@portal/platform';
import { realisticOrders } from '../../erp-simulator/realistic-orders';
import { nextMessage } from './child-messages';

interface ErpJob {
  kafkaBrokers: string[];
  /** The platform's topic prefix. */
  prefix: string;
  count: number;
  /** Prefix of the order numbers (runs in one platform must not reuse order numbers). */
  orderPrefix: string;
}

/**
 * An ERP process with `count` orders ready to go (its start-up is not part of what a benchmark times): `publish()`
 * sends them all and resolves with the seconds the publication took.
 */
export async function startErpProcess(job: ErpJob): Promise<{ publish(): Promise<number> }> {
  const child = fork(__filename, [JSON.stringify(job)], { execArgv: process.execArgv });
  const next = <T>(type: string) => nextMessage<T>(child, type, 'the ERP process');
  await next('ready');
  return {
    async publish() {
      const published = next<{ seconds: number }>('published');
      child.send({ type: 'go' });
      return (await published).seconds;
    },
  };
}

async function publish(job: ErpJob) {
  const orders = [...realisticOrders(job.count, { prefix: job.orderPrefix })];
  const producer = new MessageProducer(createKafka('bench-erp', job.kafkaBrokers));
  await producer.connect();
  const publisher = new EventPublisher(producer, new EventCodec(), job.prefix);
  await new Promise<void>((resolve) => {
    process.once('message', () => resolve());
    process.send!({ type: 'ready' });
  });
  const started = Date.now();
  await publisher.publish(orders);
  const seconds = (Date.now() - started) / 1000;
  await producer.disconnect();
  process.send!({ type: 'published', seconds });
}

if (require.main === module) {
  process.once('disconnect', () => process.exit(1)); // the benchmark ended (or failed) without asking
  publish(JSON.parse(process.argv[2]!) as ErpJob).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
