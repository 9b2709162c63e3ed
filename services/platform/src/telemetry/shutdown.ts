/**
 * The telemetry SDK is started by a side-effect import (`start.ts`) before anything else loads, so whoever stops
 * the process (runMain) reaches it through this registry instead of importing the SDK.
 */
let flush: () => Promise<void> = async () => undefined;

export function onTelemetryShutdown(fn: () => Promise<void>): void {
  flush = fn;
}

/** Exports the spans still buffered and stops the exporters; a failure to export is reported, never thrown. */
export async function shutdownTelemetry(timeoutMs = 5000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    flush().catch((error: Error) => console.error(`telemetry: flush at shutdown failed: ${error.message}`)),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs).unref())),
  ]);
  clearTimeout(timer);
}
