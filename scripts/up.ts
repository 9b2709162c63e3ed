// `npm run up`: the platform in the background; returns once every service answers /readyz.
import { consoleLog } from '../deploy/local/log';
import { type PlatformRun, startPlatform } from './platform-runner';

const run: PlatformRun = { record: { mode: 'detached', runnerPid: process.pid, infraStarted: [] }, stopping: false };

startPlatform(run, consoleLog)
  .then(() => {
    consoleLog('running in the background; `npm run down` stops it.');
    process.exit(0);
  })
  .catch((error: Error) => {
    console.error(`up: ${error.message}`);
    process.exit(1);
  });
