import { warmUpGroupCoordinator } from '../../deploy/local/topics';
import { chooseInfra, rememberInfra } from './choose-infra';
import { markTestProcesses } from './leftover-processes';

/** Jest globalSetup: runs once in the parent; workers inherit the environment variables set here. */
export default async function globalSetup(): Promise<void> {
  const began = Date.now();
  const infra = await chooseInfra();
  process.env.KAFKA_BROKERS = infra.kafkaBrokers.join(',');
  process.env.MONGO_URL = infra.mongoUrl;
  rememberInfra(infra);
  // After the infrastructure started: a broker or database the setup started is not a test's leftover.
  markTestProcesses();
  // A freshly formatted broker has no group coordinator yet: have one before any suite joins a group.
  await warmUpGroupCoordinator(infra.kafkaBrokers, (line) => console.log(`  ${line}`));
  console.log(`\ntest infrastructure: ${infra.description} (${((Date.now() - began) / 1000).toFixed(1)} s)`);
}
