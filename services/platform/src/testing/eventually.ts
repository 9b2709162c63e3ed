/**
 * Polls until `check` answers something truthy and returns it; `what` names the condition in the timeout error.
 * Tests and scripts wait for a condition this way, never for a fixed time. An error thrown by `check` ends the wait
 * (a caller that expects transient errors while a process starts turns them into "not yet").
 */
export async function until<T>(
  what: string,
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 30_000,
  pollMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/** `until` for an unnamed condition, polled every 50 ms. */
export const eventually = <T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 30_000, pollMs = 50) =>
  until('condition', check, timeoutMs, pollMs);
