// Imported first by the ERP simulator: it traces like a service, so each batch it publishes starts a trace and
// its messages carry a W3C traceparent. With no exporter configured it exports to the local Zipkin if one runs.
import { startTelemetry } from '@portal/platform/src/telemetry/sdk';
import { configuredExporters } from '@portal/platform/src/telemetry/exporters';
import { runningTraceStore } from '../deploy/local/zipkin';

process.env.OTEL_SERVICE_NAME ||= 'erp-simulator';
const localStore = configuredExporters().length === 0 ? runningTraceStore() : undefined;
if (localStore) process.env.OTEL_EXPORTER_ZIPKIN_ENDPOINT = localStore.spansUrl;
startTelemetry();
