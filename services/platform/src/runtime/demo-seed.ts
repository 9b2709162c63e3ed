import { ConfigError } from '../config/config';

/**
 * Whether a service seeds its demo data at start: `startService(def, { demoSeed })` in tests, else the one
 * variable DEMO_SEED=true|false (default false). Seeds run after `setup`, before messages and requests are taken,
 * and must be idempotent (every start of a demo seeds again).
 */
export function demoSeedFrom(env: NodeJS.ProcessEnv, explicit?: boolean): boolean {
  if (explicit !== undefined) return explicit;
  const value = env.DEMO_SEED ?? 'false';
  if (value !== 'true' && value !== 'false') throw new ConfigError(`DEMO_SEED must be true or false (got "${value}")`);
  return value === 'true';
}
