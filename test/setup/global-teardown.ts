import { rememberedInfra } from './choose-infra';

/** Stops what globalSetup started; KEEP_INFRA=1 leaves it running for the next run. */
export default async function globalTeardown(): Promise<void> {
  const infra = rememberedInfra();
  if (!infra) return;
  if (process.env.KEEP_INFRA === '1') {
    console.log('test infrastructure: left running (KEEP_INFRA=1)');
    return;
  }
  await infra.stop();
}
