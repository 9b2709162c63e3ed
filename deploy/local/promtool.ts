import fs from 'node:fs';
import path from 'node:path';
import type { Log } from './log';
import { paths } from './paths';
import { runStep } from './run-step';
import { requireTool } from './tools';

const promtoolModule = 'github.com/prometheus/prometheus/cmd/promtool';
const promtoolVersion = 'v0.316.0'; // the Go module version of Prometheus 3.16
const binary = path.join(paths.binDir, 'promtool');
const versionFile = path.join(paths.binDir, 'promtool.version');
const installLog = path.join(paths.logsDir, 'promtool-install.log');

function isInstalled(): boolean {
  try {
    return fs.existsSync(binary) && fs.readFileSync(versionFile, 'utf8').trim() === promtoolVersion;
  } catch {
    return false;
  }
}

/**
 * Builds promtool (Prometheus' rule checker) from the Prometheus Go module once, into .local/bin. The build is long
 * (Prometheus pulls in every service-discovery SDK) and happens only on a machine that has never built it.
 */
export async function installPromtool(log: Log): Promise<string> {
  if (isInstalled()) return binary;
  requireTool('go', 'building promtool to check the alert rules');
  fs.mkdirSync(paths.binDir, { recursive: true });
  const began = Date.now();
  log(`promtool: building ${promtoolModule}@${promtoolVersion} with Go (first run only, several minutes)...`);
  await runStep('go', ['install', `${promtoolModule}@${promtoolVersion}`], {
    logFile: installLog,
    env: { ...process.env, GOBIN: paths.binDir, CGO_ENABLED: '0', GOFLAGS: '-buildvcs=false' },
  });
  fs.writeFileSync(versionFile, promtoolVersion + '\n');
  log(`promtool: built into ${path.relative(process.cwd(), binary)} (${((Date.now() - began) / 1000).toFixed(0)} s)`);
  return binary;
}
