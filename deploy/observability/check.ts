// `npm run check:alerts`: builds promtool once (cached in .local/bin), then checks the scrape config and the alert
// rules and runs the rules' unit tests. CI runs it as its own timed step (.ci/run).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { consoleLog } from '../local/log';
import { installPromtool } from '../local/promtool';

async function main(): Promise<void> {
  const promtool = await installPromtool(consoleLog);
  const here = __dirname;
  for (const args of [
    ['check', 'config', path.join(here, 'prometheus.yml')],
    ['check', 'rules', path.join(here, 'alerts.yml')],
    ['test', 'rules', path.join(here, 'alerts.test.yml')],
  ]) {
    consoleLog(`$ promtool ${args.join(' ')}`);
    const result = spawnSync(promtool, args, { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`promtool ${args.slice(0, 2).join(' ')} failed (exit ${result.status})`);
  }
}

main().catch((error: Error) => {
  console.error(`check:alerts: ${error.message}`);
  process.exit(1);
});
