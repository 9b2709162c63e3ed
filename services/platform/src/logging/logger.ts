import { context, trace } from '@opentelemetry/api';
import pino from 'pino';
import { maskCardNumbers, maskDeep } from './card-numbers';

export type Logger = pino.Logger;

// Secrets, tokens and card data never reach a log line, whatever object they hide in.
const redactedPaths = [
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  '*.headers.authorization',
  'token',
  '*.token',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'cardNumber',
  '*.cardNumber',
  'pan',
  '*.pan',
  '*.*.cardNumber',
  'cvc',
  '*.cvc',
  'cvv',
  '*.cvv',
];

const errSerializer = (error: unknown) => maskDeep(pino.stdSerializers.err(error as Error));

/**
 * pino JSON logs carrying the active trace_id/span_id, so a log line leads to its trace. Every logged string is
 * masked for card numbers: the message, every field however deep (request ids, paths, queries, kafkajs details),
 * and errors' messages and stacks.
 */
export function createLogger(service: string, level = 'info', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    name: service,
    level,
    base: { service },
    redact: { paths: redactedPaths, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: errSerializer, error: errSerializer },
    formatters: {
      level: (label) => ({ level: label }),
      log: (record) => maskDeep(record) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        // An error logged alone lends pino its message as `msg`: give the masked one explicitly.
        const [first, second] = args as unknown[];
        if (first instanceof Error && typeof second !== 'string') args = [{ err: first }, first.message] as never;
        const masked = args.map((arg) => (typeof arg === 'string' ? maskCardNumbers(arg) : arg));
        method.apply(this, masked as Parameters<typeof method>);
      },
    },
    mixin() {
      const span = trace.getSpan(context.active());
      if (!span) return {};
      const { traceId, spanId } = span.spanContext();
      return { trace_id: traceId, span_id: spanId };
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
