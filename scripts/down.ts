// `npm run down`: stops what `npm run up` started (infrastructure only if `up` started it).
import { consoleLog } from '../deploy/local/log';
import { readPlatformRecord, stopPlatform } from './platform-state';

async function main(): Promise<void> {
  const record = readPlatformRecord();
  if (record?.mode === 'foreground' && isRunning(record.runnerPid)) {
    consoleLog(`\`npm start\` (pid ${record.runnerPid}) is running in the foreground; stopping it...`);
    process.kill(record.runnerPid, 'SIGTERM');
    return;
  }
  await stopPlatform(record?.infraStarted ?? [], consoleLog, record?.traceStoreStarted);
  consoleLog('down: done');
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

main().catch((error: Error) => {
  console.error(`down: ${error.message}`);
  process.exit(1);
});
