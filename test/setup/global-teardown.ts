import { rememberedInfra } from './choose-infra';
import { killLeftoverProcesses } from './leftover-processes';

/** Stops what globalSetup started; KEEP_INFRA=1 leaves it running for the next run. */
export default async function globalTeardown(): Promise<void> {
  killLeftoverProcesses((line) => console.warn(line));
  const infra = rememberedInfra();
  if (!infra) return;
  if (process.env.KEEP_INFRA === '1') {
    console.log('test infrastructure: left running (KEEP_INFRA=1)');
    return;
  }
  await infra.stop();
}
