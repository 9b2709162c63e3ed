// Entry point of `npm start`, `npm run up|down|infra|token|erp|dlq`. Plain Node with no
// dependencies, because on a fresh clone it runs before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const commands = {
  start: 'scripts/start.ts',
  up: 'scripts/up.ts',
  down: 'scripts/down.ts',
  infra: 'deploy/local/cli.ts',
  token: 'scripts/token.ts',
  erp: 'scripts/erp.ts',
  dlq: 'scripts/dlq.ts',
  clock: 'scripts/clock.ts',
};

function mtime(file) {
  try {
    return fs.statSync(path.join(repoRoot, file)).mtimeMs;
  } catch {
    return undefined;
  }
}

function runNpm(args) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.error) {
    console.error(`bootstrap: could not run npm: ${result.error.message}`);
    process.exit(1);
  }
  return result.status ?? 1;
}

function installIfNeeded() {
  const lock = mtime('package-lock.json');
  const installed = mtime('node_modules/.package-lock.json');
  if (installed !== undefined && (lock === undefined || lock <= installed)) return;
  const reason =
    installed === undefined ? 'node_modules is missing' : 'package-lock.json changed since the last install';
  if (lock !== undefined) {
    console.log(`bootstrap: ${reason}; running npm ci...`);
    const status = runNpm(['ci']);
    if (status === 0) return;
    // Never fall back to npm install: it rewrites the tracked lock and leaves a dirty tree.
    console.error(
      `bootstrap: npm ci failed (exit ${status}); if it says the lock is out of sync, regenerate it as the README's "The lock file" says`,
    );
    process.exit(status);
  }
  console.log(`bootstrap: ${reason}; running npm install...`);
  const status = runNpm(['install']);
  if (status !== 0) {
    console.error(`bootstrap: npm install failed (exit ${status})`);
    process.exit(status);
  }
}

const [command, ...args] = process.argv.slice(2);
const script = commands[command];
if (!script) {
  console.error(`bootstrap: unknown command "${command ?? ''}"; expected one of ${Object.keys(commands).join(', ')}`);
  process.exit(2);
}
installIfNeeded();
if (!fs.existsSync(path.join(repoRoot, script))) {
  console.error(`bootstrap: ${script} does not exist yet`);
  process.exit(1);
}

const tsx = path.join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
const child = spawn(tsx, [script, ...args], { cwd: repoRoot, stdio: 'inherit' });
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
// Ctrl-C reaches the child through the terminal too; the scripts treat a repeated signal as the same request.
for (const signal of signals) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`bootstrap: could not run ${tsx}: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  if (signal) {
    for (const s of signals) process.removeAllListeners(s);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
