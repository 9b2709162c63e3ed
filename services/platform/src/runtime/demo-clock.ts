import type { Collection } from 'mongodb';
import { Clock, DemoClock, parseDuration } from '../clock';
import { ConfigError } from '../config/config';
import { DomainError, forbidden } from '../errors';
import { defineRoute, type RouteDefinition } from '../http/route';
import { z } from '../http/zod';
import type { Logger } from '../logging/logger';

/**
 * Time in a demo: a platform started with DEMO_MODE=true runs on a DemoClock that internal users can move forward
 * with POST /internal/clock (on every service; `npm run clock -- advance 15d` fans it out). The offset is stored
 * in the service's database so a restarted service comes back at the same business time. Without DEMO_MODE the
 * route exists (so the refusal is a clear problem) but answers 403 DEMO_MODE_REQUIRED.
 */
export const DEMO_CLOCK_ERROR_STATUSES = { DEMO_MODE_REQUIRED: 403, INTERNAL_USERS_ONLY: 403 };

export function demoModeFrom(env: NodeJS.ProcessEnv, explicit?: boolean): boolean {
  if (explicit !== undefined) return explicit;
  const value = env.DEMO_MODE ?? 'false';
  if (value !== 'true' && value !== 'false') throw new ConfigError(`DEMO_MODE must be true or false (got "${value}")`);
  return value === 'true';
}

interface StoredOffset {
  _id: string;
  offsetMs: number;
}

export interface DemoClockDeps {
  demoMode: boolean;
  clock: Clock;
  offsets: Collection<StoredOffset>;
  /** Fires the scheduler's jobs that became due; returns how many ran. */
  runDue: () => Promise<number>;
  logger: Logger;
}

/** Restores the stored offset (demo mode only) so business time never goes back across restarts. */
export async function restoreDemoClock(deps: DemoClockDeps): Promise<void> {
  if (!deps.demoMode || !(deps.clock instanceof DemoClock)) return;
  const stored = await deps.offsets.findOne({ _id: 'business-clock' });
  if (stored) deps.clock.restore(stored.offsetMs);
}

const ClockView = z
  .object({
    now: z.string().openapi({ description: 'The business time of this service (UTC instant)' }),
    offsetMs: z.number().int().openapi({ description: 'How far the business clock is ahead of the system clock' }),
    demoMode: z.boolean(),
    jobsFired: z.number().int().optional(),
  })
  .openapi('BusinessClock');

export function demoClockRoutes(deps: DemoClockDeps): RouteDefinition[] {
  const view = (jobsFired?: number) => ({
    now: deps.clock.now().toISOString(),
    offsetMs: deps.clock instanceof DemoClock ? deps.clock.offsetMs : 0,
    demoMode: deps.demoMode,
    ...(jobsFired === undefined ? {} : { jobsFired }),
  });
  const requireDemoAndInternal = (userType: string) => {
    if (userType !== 'internal') throw forbidden('INTERNAL_USERS_ONLY', 'the business clock is for the vendor staff');
    if (!deps.demoMode || !(deps.clock instanceof DemoClock))
      throw forbidden('DEMO_MODE_REQUIRED', 'the business clock moves only on a platform started with DEMO_MODE=true');
    return deps.clock;
  };
  return [
    defineRoute({
      method: 'get',
      path: '/internal/clock',
      summary: 'The business clock of this service (internal users)',
      tags: ['demo'],
      responses: { 200: ClockView },
      errors: ['INTERNAL_USERS_ONLY'],
      auth: 'user',
      handler: async ({ principal }) => {
        if (principal.userType !== 'internal')
          throw forbidden('INTERNAL_USERS_ONLY', 'the business clock is for the vendor staff');
        return { body: view() };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/internal/clock',
      summary: 'Move the business clock forward (internal users, demo platforms only), then fire the jobs now due',
      tags: ['demo'],
      body: z
        .object({
          advance: z
            .string()
            .max(12)
            .openapi({ description: 'How far to move: 90m, 36h, 15d or 2w (1 minute to 3660 days)', example: '15d' }),
        })
        .strict(),
      responses: { 200: ClockView },
      errors: ['INTERNAL_USERS_ONLY', 'DEMO_MODE_REQUIRED', 'FIELD_INVALID', 'VALIDATION_FAILED'],
      auth: 'user',
      handler: async ({ principal, body }) => {
        const clock = requireDemoAndInternal(principal.userType);
        const ms = parseDuration(body.advance);
        if (ms === null)
          throw DomainError.fromFieldErrors([
            { path: 'advance', code: 'FIELD_INVALID', message: 'a duration such as 90m, 36h, 15d or 2w' },
          ]);
        clock.advance(ms);
        await deps.offsets.updateOne(
          { _id: 'business-clock' },
          { $set: { offsetMs: clock.offsetMs } },
          { upsert: true },
        );
        deps.logger.warn({ offsetMs: clock.offsetMs, now: clock.now() }, 'demo business clock moved forward');
        return { body: view(await deps.runDue()) };
      },
    }),
  ];
}
