export interface RetryPolicy {
  attempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 5, initialDelayMs: 100, maxDelayMs: 5000 };

/** Exponential backoff with full jitter: attempt 1 waits ~initial, doubling up to max. */
export const backoffDelay = (policy: RetryPolicy, attempt: number, random = Math.random) =>
  Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (attempt - 1)) * (0.5 + random() / 2);

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
