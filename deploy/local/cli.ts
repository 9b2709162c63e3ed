import { consoleLog } from './log';
import {
  type InfraPart,
  brokersFromEnv,
  ensureLocalInfra,
  infraParts,
  infraStatus,
  installLocalInfra,
  stopLocalInfra,
} from './infra';
import { startFerretDb } from './ferretdb';
import { startKafka } from './kafka';

const usage = `usage: npm run infra -- <start|stop|status|install> [kafka|mongo]

  start    install on first use, start, wait until it answers (and create the catalog topics)
  stop     stop what .local/run says is running
  status   running or stopped, pid, port, installed or not
  install  download and build only (also the Zipkin trace store that npm start and the trace test use)

ports: LOCAL_KAFKA_PORT (9092), LOCAL_KAFKA_CONTROLLER_PORT (9093), LOCAL_MONGO_PORT (27017), LOCAL_ZIPKIN_PORT (9411)`;

function parsePart(raw: string | undefined): InfraPart[] {
  if (raw === undefined) return infraParts;
  if (raw === 'kafka' || raw === 'mongo') return [raw];
  throw new Error(`unknown part "${raw}"; expected kafka or mongo\n\n${usage}`);
}

async function createTopics(brokers: string[]): Promise<void> {
  // Imported late: the contracts are not needed to manage the processes.
  try {
    const { ensureCatalogTopics } = await import('./topics');
    await ensureCatalogTopics(brokers, consoleLog);
  } catch (error) {
    throw new Error(
      `creating the catalog topics failed (needs topicCatalog/dlqTopics from @portal/contracts and ensureTopics from @portal/platform): ${(error as Error).message}`,
    );
  }
}

async function start(parts: InfraPart[]): Promise<void> {
  if (parts.length === 2) {
    const infra = await ensureLocalInfra({ log: consoleLog });
    await createTopics(infra.kafkaBrokers);
    console.log(`KAFKA_BROKERS=${infra.kafkaBrokers.join(',')}\nMONGO_URL=${infra.mongoUrl}`);
    return;
  }
  if (parts[0] === 'kafka') {
    const brokers = brokersFromEnv() ?? (await startKafka(consoleLog)).brokers;
    await createTopics(brokers);
    console.log(`KAFKA_BROKERS=${brokers.join(',')}`);
  } else {
    console.log(`MONGO_URL=${(await startFerretDb(consoleLog)).mongoUrl}`);
  }
}

async function main(): Promise<void> {
  const [command, part] = process.argv.slice(2);
  const parts = parsePart(part);
  switch (command) {
    case 'start':
      return start(parts);
    case 'stop':
      return stopLocalInfra(parts);
    case 'status':
      return infraStatus()
        .filter((line) => part === undefined || parts.some((p) => line.startsWith(p === 'mongo' ? 'ferretdb' : p)))
        .forEach((line) => console.log(line));
    case 'install':
      return installLocalInfra();
    default:
      console.error(usage);
      process.exitCode = 2;
  }
}

main().catch((error: Error) => {
  console.error(`infra: ${error.message}`);
  process.exitCode = 1;
});
