import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ZipkinExporter } from '@opentelemetry/exporter-zipkin';
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  NoopSpanProcessor,
  SpanExporter,
  SpanProcessor,
} from '@opentelemetry/sdk-trace-base';

export type TraceExporterName = 'otlp' | 'zipkin' | 'console';

/**
 * Which exporters the environment asks for, with the standard OpenTelemetry variables: OTEL_TRACES_EXPORTER
 * (`otlp`, `zipkin`, `console`, `none`, comma-separated) when set; otherwise OTLP when an OTLP endpoint is set and
 * Zipkin when OTEL_EXPORTER_ZIPKIN_ENDPOINT is set. None configured is a valid answer: spans are still made.
 */
export function configuredExporters(env: NodeJS.ProcessEnv = process.env): TraceExporterName[] {
  const explicit = env.OTEL_TRACES_EXPORTER?.split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (explicit?.length) {
    const unknown = explicit.filter((name) => !['otlp', 'zipkin', 'console', 'none'].includes(name));
    if (unknown.length > 0) throw new Error(`OTEL_TRACES_EXPORTER: unknown exporter ${unknown.join(', ')}`);
    return explicit.filter((name): name is TraceExporterName => name !== 'none');
  }
  const names: TraceExporterName[] = [];
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) names.push('otlp');
  if (env.OTEL_EXPORTER_ZIPKIN_ENDPOINT) names.push('zipkin');
  return names;
}

function exporterFor(name: TraceExporterName): SpanExporter {
  switch (name) {
    case 'otlp':
      return new OTLPTraceExporter(); // OTLP/HTTP; reads OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT and appends /v1/traces
    case 'zipkin':
      return new ZipkinExporter(); // reads OTEL_EXPORTER_ZIPKIN_ENDPOINT (default http://localhost:9411/api/v2/spans)
    case 'console':
      return new ConsoleSpanExporter();
  }
}

/**
 * One batching processor per exporter; with none, a processor that drops every span, because the SDK registers its
 * tracer provider, context manager and W3C propagator only when it has at least one processor, and without them
 * every span has the all-zero trace id and nothing reaches logs or Kafka headers.
 */
export function spanProcessors(names: TraceExporterName[]): SpanProcessor[] {
  if (names.length === 0) return [new NoopSpanProcessor()];
  return names.map((name) => new BatchSpanProcessor(exporterFor(name)));
}
