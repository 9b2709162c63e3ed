// The order service in a process of its own for the ingestion benchmark (erp-ingestion.ts forks it), so the memory
// it reports is the service's alone, not the benchmark's (which holds every event it publishes and observes).
// Protocol over IPC: sends {type: 'ready', url} once started; answers {type: 'report'} with its peak RSS, heap and
// the database commands it ran (count and time per command) since it started; {type: 'stop'} stops the service and
// exits (erp-ingestion.ts, which named the database, drops it then).
import { writeHeapSnapshot } from 'node:v8';
import { startService } from '@portal/platform';
import { orderService } from '../../services/order/src/service';

const config = JSON.parse(process.argv[2]!) as {
  kafkaBrokers: string[];
  mongoUrl: string;
  database: string;
  prefix: string;
};

/** Command monitoring on (a driver option), so the report counts database commands. */
const withCommandMonitoring = (url: string) => {
  const parsed = new URL(url);
  parsed.searchParams.set('monitorCommands', 'true');
  return parsed.toString();
};

async function main() {
  const order = await startService(orderService, {
    env: {},
    config: {
      httpPort: 0,
      kafkaBrokers: config.kafkaBrokers,
      mongoUrl: withCommandMonitoring(config.mongoUrl),
      mongoDb: config.database,
      topicPrefix: config.prefix,
      logLevel: 'warn',
    },
  });
  const commands: Record<string, { n: number; ms: number }> = {};
  order.kit.db.getClient().on('commandSucceeded', (e: { commandName: string; duration: number }) => {
    const c = (commands[e.commandName] ??= { n: 0, ms: 0 });
    c.n += 1;
    c.ms += e.duration;
  });
  const startRss = process.memoryUsage().rss;
  let peakRss = startRss;
  let atPeak = process.memoryUsage();
  let snapshotTaken = false;
  const sampler = setInterval(() => {
    const memory = process.memoryUsage();
    if (memory.rss > peakRss) [peakRss, atPeak] = [memory.rss, memory];
    const snapshotAt = Number(process.env.BENCH_HEAP_SNAPSHOT_AT_MB ?? Infinity) * 2 ** 20;
    if (memory.heapUsed > snapshotAt && !snapshotTaken) {
      snapshotTaken = true;
      writeHeapSnapshot(process.env.BENCH_HEAP_SNAPSHOT_PEAK ?? 'peak.heapsnapshot');
    }
  }, 100);
  process.on('message', async (message: { type: string }) => {
    if (message.type === 'report') {
      const memory = process.memoryUsage();
      const ran = structuredClone(commands);
      // What the service holds after the burst, to find what grows with it (a .heapsnapshot for DevTools).
      if (process.env.BENCH_HEAP_SNAPSHOT) writeHeapSnapshot(process.env.BENCH_HEAP_SNAPSHOT);
      const stored = await order.kit.db.collection('sales_orders').countDocuments({});
      process.send!({
        type: 'report',
        startRss,
        peakRss,
        rss: memory.rss,
        heap: memory.heapUsed,
        commands: ran,
        stored,
        atPeak,
      });
    }
    if (message.type === 'stop') {
      clearInterval(sampler);
      await order.stop();
      process.send!({ type: 'stop' }, () => process.exit(0));
    }
  });
  process.send!({ type: 'ready', url: order.url });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
