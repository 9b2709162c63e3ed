import { MongoDBInstrumentation } from '@opentelemetry/instrumentation-mongodb';
import { MongooseInstrumentation } from '@opentelemetry/instrumentation-mongoose';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { statementShape } from './db-statement';
import { configuredExporters, spanProcessors } from './exporters';
import { serviceIdentity } from './resource';
import { onTelemetryShutdown } from './shutdown';

let started = false;

/**
 * Tracing is always on: a tracer provider, async context and W3C propagation are registered whether or not an
 * exporter is configured, so trace ids reach every log line made inside a span and every Kafka message. Reads the
 * environment when called (service name, exporters); call it before http, express and mongodb are loaded.
 */
export function startTelemetry(): void {
  if (started) return;
  started = true;
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({ ...serviceIdentity() }),
    spanProcessors: spanProcessors(configuredExporters()),
    instrumentations: [
      // No http nor Express instrumentation: the edge makes the one HTTP server span of each request itself
      // (http/server-span.ts). Express's made a span per middleware layer (six per request, a tenth of the edge's
      // CPU at 1,000 req/s); http's cost ~0.2 ms of CPU per request (a third of a cached read) and its only other
      // spans were outgoing calls to the identity provider's JWKS (the services call nothing else over HTTP).
      // No kafkajs instrumentation: the platform makes its own produce and consume spans with the context carried
      // in headers (batch consumption and the outbox break automatic propagation); a second layer would put its own
      // span ids in the headers and hide the link between the platform's messaging spans.
      new MongoDBInstrumentation({ dbStatementSerializer: statementShape }),
      new MongooseInstrumentation(),
    ],
  });
  sdk.start();
  onTelemetryShutdown(() => sdk.shutdown());
}
