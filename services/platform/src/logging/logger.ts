import { context, trace } from '@opentelemetry/api';
import pino from 'pino';

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

const CARD_LIKE = /\b(?:\d[ -]?){12,18}\d\b/g;

/** pino JSON logs carrying the active trace_id/span_id, so a log line leads to its trace. */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: { paths: redactedPaths, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    hooks: {
      // A card number pasted into free text (an error message, a comment) is masked too.
      logMethod(args, method) {
        const masked = args.map((arg) => (typeof arg === 'string' ? arg.replace(CARD_LIKE, '[redacted-pan]') : arg));
        method.apply(this, masked as Parameters<typeof method>);
      },
    },
    mixin() {
      const span = trace.getSpan(context.active());
      if (!span) return {};
      const { traceId, spanId } = span.spanContext();
      return { trace_id: traceId, span_id: spanId };
    },
  });
}
