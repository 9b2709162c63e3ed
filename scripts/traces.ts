import type { Log } from '../deploy/local/log';
import { startZipkin, type TraceStore } from '../deploy/local/zipkin';

/**
 * The local trace store: Zipkin, which the services export to, started by `npm start` / `npm run up` unless
 * `--no-traces` or LOCAL_TRACES=off leaves it out, or an OTLP endpoint is configured (then spans go there).
 */
export interface LocalTraces {
  store?: TraceStore;
  started: boolean;
  /** The line printed with the URLs. */
  line: string;
}

export function tracesSwitchedOff(argv = process.argv, env = process.env): boolean {
  return argv.includes('--no-traces') || ['off', 'false', '0', 'no'].includes((env.LOCAL_TRACES ?? '').toLowerCase());
}

export async function startLocalTraces(log: Log): Promise<LocalTraces> {
  const otlp = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (otlp) return { started: false, line: `traces: exported over OTLP to ${otlp} (OTEL_EXPORTER_OTLP_ENDPOINT)` };
  if (tracesSwitchedOff())
    return { started: false, line: 'traces: off (--no-traces / LOCAL_TRACES=off); spans still carry trace ids' };
  const store = await startZipkin(log);
  return { store, started: store.started, line: `traces: ${store.uiUrl}` };
}

/** What a service process needs to export to the local trace store. */
export function traceEnv(store: TraceStore | undefined): Record<string, string> {
  return store ? { OTEL_TRACES_EXPORTER: 'zipkin', OTEL_EXPORTER_ZIPKIN_ENDPOINT: store.spansUrl } : {};
}
