import type { Logger } from '../logging/logger';

const TRANSIENT_NAMES = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoPoolClearedError',
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNotConnectedError',
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSBrokerNotFound',
  'KafkaJSNumberOfRetriesExceeded',
  'KafkaJSLockTimeout',
]);

/**
 * An outage of the database or the broker: the clients reconnect and in-flight work is retried, so such an error
 * escaping some callback is waited out, never fatal. Follows `cause` chains (kafkajs wraps, mongoose too).
 */
export function isTransient(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as {
    name?: string;
    retriable?: boolean;
    message?: string;
    cause?: unknown;
    originalError?: unknown;
    hasErrorLabel?: (label: string) => boolean;
  };
  if (e.name && TRANSIENT_NAMES.has(e.name)) return true;
  if (e.retriable === true) return true;
  if (typeof e.hasErrorLabel === 'function' && (e.hasErrorLabel('ResetPool') || e.hasErrorLabel('RetryableWriteError')))
    return true;
  if (e.name === 'MongooseError' && /buffering timed out/.test(e.message ?? '')) return true;
  if (/ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT/.test(e.message ?? '')) return true;
  return isTransient(e.cause, depth + 1) || isTransient(e.originalError, depth + 1);
}

/**
 * The process-level last resort (real processes only; `runMain` installs it). An error that escaped every handler
 * is logged; a transient one (outage of the database or broker) is waited out; anything else means the process
 * is in a state nobody planned for: it stops gracefully (bounded) and exits 1 for its supervisor to restart it.
 */
export function guardProcess(
  logger: Logger,
  stop: () => Promise<void>,
  exit: (code: number) => void = (code) => process.exit(code),
) {
  let fatal = false;
  const onEscaped = (origin: string) => (error: unknown) => {
    if (isTransient(error)) {
      logger.warn({ err: error, origin }, 'transient failure outside any handler; waiting for the dependency');
      return;
    }
    logger.fatal({ err: error, origin }, 'unrecoverable error; stopping');
    if (fatal) return;
    fatal = true;
    const deadline = setTimeout(() => exit(1), 15_000);
    deadline.unref();
    stop()
      .catch((stopError: unknown) => logger.error({ err: stopError }, 'stop after a fatal error failed'))
      .finally(() => exit(1));
  };
  const onRejection = onEscaped('unhandledRejection');
  const onException = onEscaped('uncaughtException');
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
