// `npm start`: the whole platform in the foreground; Ctrl-C or SIGTERM stops everything it started.
import { consoleLog } from '../deploy/local/log';
import { type PlatformRun, startPlatform } from './platform-runner';
import { stopPlatform } from './platform-state';

const run: PlatformRun = { record: { mode: 'foreground', runnerPid: process.pid, infraStarted: [] }, stopping: false };

async function shutdown(signal: string): Promise<void> {
  // Ctrl-C reaches this process both from the terminal and relayed by its parents.
  if (run.stopping) return;
  run.stopping = true;
  consoleLog(`\n${signal}: stopping the platform...`);
  await stopPlatform(run.record.infraStarted, consoleLog, run.record.traceStoreStarted);
  process.exit(0);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void shutdown(signal));
}

startPlatform(run, consoleLog)
  .then(() => {
    consoleLog('running in the foreground; Ctrl-C stops everything started here.');
    // Keeps the process alive until a signal arrives.
    setInterval(() => undefined, 1 << 30);
  })
  .catch((error: Error) => {
    if (run.stopping) return;
    console.error(`start: ${error.message}`);
    process.exit(1);
  });
