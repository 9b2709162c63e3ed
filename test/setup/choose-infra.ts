import { ensureLocalInfra, infraParts, stopLocalInfra } from '../../deploy/local/infra';

export interface TestInfra {
  kafkaBrokers: string[];
  mongoUrl: string;
  /** One line for the test output: which infrastructure and where. */
  description: string;
  /** Stops only what was started for this run. */
  stop: () => Promise<void>;
}

const runtimeProbeTimeoutMs = 5_000;
const kafkaImage = 'confluentinc/cp-kafka:7.9.0';
const mongoImage = 'mongo:7';

function fromEnvironment(): TestInfra | undefined {
  const brokers = process.env.KAFKA_BROKERS?.trim();
  const mongoUrl = process.env.MONGO_URL?.trim();
  if (!brokers || !mongoUrl) return undefined;
  return {
    kafkaBrokers: brokers.split(',').map((b) => b.trim()),
    mongoUrl,
    description: `KAFKA_BROKERS=${brokers} and MONGO_URL=${mongoUrl} from the environment`,
    stop: async () => undefined,
  };
}

async function containerRuntimeAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), runtimeProbeTimeoutMs);
    });
    try {
      await Promise.race([getContainerRuntimeClient(), timeout]);
    } finally {
      clearTimeout(timer);
    }
    return true;
  } catch {
    return false;
  }
}

async function fromContainers(): Promise<TestInfra> {
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const { MongoDBContainer } = await import('@testcontainers/mongodb');
  const [kafka, mongo] = await Promise.all([
    new KafkaContainer(kafkaImage).withKraft().start(),
    new MongoDBContainer(mongoImage).start(),
  ]);
  const kafkaBrokers = [`${kafka.getHost()}:${kafka.getMappedPort(9093)}`];
  const mongoUrl = `${mongo.getConnectionString()}/?directConnection=true`;
  return {
    kafkaBrokers,
    mongoUrl,
    description: `testcontainers: ${kafkaImage} at ${kafkaBrokers[0]}, ${mongoImage} at ${mongoUrl}`,
    stop: async () => {
      await Promise.all([kafka.stop(), mongo.stop()]);
    },
  };
}

async function fromLocalProcesses(): Promise<TestInfra> {
  console.log('\ntest infrastructure: no KAFKA_BROKERS/MONGO_URL and no container runtime; using local processes');
  const infra = await ensureLocalInfra({ log: (line) => console.log(`  ${line}`) });
  const reused = infraParts.filter((part) => !infra.started.includes(part));
  const reusedNote = reused.length > 0 ? ` (already running: ${reused.join(', ')})` : '';
  return {
    kafkaBrokers: infra.kafkaBrokers,
    mongoUrl: infra.mongoUrl,
    description: `local processes from .local/: Kafka at ${infra.kafkaBrokers.join(',')}, FerretDB at ${infra.mongoUrl}${reusedNote}`,
    stop: () => stopLocalInfra(infra.started, { log: () => undefined }),
  };
}

// globalSetup and globalTeardown share the jest parent process but not a module registry.
const holder = globalThis as { portalTestInfra?: TestInfra };
export const rememberInfra = (infra: TestInfra): void => {
  holder.portalTestInfra = infra;
};
export const rememberedInfra = (): TestInfra | undefined => holder.portalTestInfra;

/** KAFKA_BROKERS/MONGO_URL, else testcontainers when a container runtime answers, else local processes. */
export async function chooseInfra(): Promise<TestInfra> {
  const fromEnv = fromEnvironment();
  if (fromEnv) return fromEnv;
  if (await containerRuntimeAnswers()) return fromContainers();
  return fromLocalProcesses();
}
