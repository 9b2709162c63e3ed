/**
 * kafkajs 2.2.4, its last release, keeps a 1 ms timer going forever on every broker connection, busy or idle
 * (tulios/kafkajs#1556 and #1704; fixes proposed in #1667 and #1768, never released). Its request queue's
 * `scheduleCheckPendingRequests` schedules a check even when no request waits, at `throttledUntil - now`, which is
 * negative when not throttled (Node makes it 1 ms), and that check schedules the next. Measured on 2026-12-02: each
 * idle service's main thread woke ~830 times a second (strace: `epoll_pwait` with 0 and 1 ms timeouts), ~50 ms of
 * CPU a second each for nothing, and every wake-up competes for the machine's cores with the work that matters. On
 * Node 24 each such timer also prints a `TimeoutNegativeWarning`.
 *
 * Replaced by the fix of #1667: a check is scheduled when requests wait (when the throttle ends, else in 10 ms, as
 * before) or while throttled; with nothing waiting none is, since the next request pushed and every response
 * received check the queue anyway. Applied once per process, to the version it was written for only (a kafkajs that
 * fixed it keeps its own).
 */
const PATCHED_VERSION = '2.2.4';
/** kafkajs's own interval for re-checking requests that wait behind the in-flight limit. */
const CHECK_PENDING_REQUESTS_INTERVAL = 10;

interface RequestQueueInternals {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  checkPendingRequests(): void;
}

/** The kafkajs class this patches (no published types: it is internal). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const RequestQueue = require('kafkajs/src/network/requestQueue') as {
  prototype: RequestQueueInternals & { scheduleCheckPendingRequests(): void };
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const kafkajsVersion = (require('kafkajs/package.json') as { version: string }).version;
export const requestQueueFixApplied = kafkajsVersion === PATCHED_VERSION;

if (requestQueueFixApplied) {
  RequestQueue.prototype.scheduleCheckPendingRequests = function (this: RequestQueueInternals) {
    if (this.throttleCheckTimeoutId) return;
    const throttledFor = this.throttledUntil - Date.now();
    if (this.pending.length === 0 && throttledFor <= 0) return;
    const delay = throttledFor > 0 ? throttledFor : CHECK_PENDING_REQUESTS_INTERVAL;
    this.throttleCheckTimeoutId = setTimeout(() => {
      this.throttleCheckTimeoutId = null;
      this.checkPendingRequests();
    }, delay);
  };
}
