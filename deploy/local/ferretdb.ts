import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import mongoose from 'mongoose';
import type { Log } from './log';
import { paths } from './paths';
import { localPorts } from './ports';
import { isPortInUse, runningProcess, startDetached, stopProcess, waitUntil } from './processes';
import { runStep } from './run-step';
import { requireGoVersion, requireTool } from './tools';

const name = 'ferretdb';
const ferretModule = 'github.com/FerretDB/FerretDB';
const ferretVersion = 'v1.24.0';
const binary = path.join(paths.binDir, 'ferretdb');
const versionFile = path.join(paths.binDir, 'ferretdb.version');
const fetchDir = path.join(paths.ferretDir, 'fetch');
const sourceDir = path.join(paths.ferretDir, 'src');
const dataDir = path.join(paths.ferretStateDir, 'data');
const stateDir = path.join(paths.ferretStateDir, 'state');
const logFile = path.join(paths.logsDir, 'ferretdb.log');
const installLog = path.join(paths.installLogsDir, 'ferretdb-install.log');

/**
 * FerretDB 1.24's SQLite backend indexes _id as `_ferretdb_sjson->"_id"` but looks documents up by
 * `_ferretdb_sjson->'$._id'`, an expression SQLite cannot match to that index: every find, update and delete by
 * _id then parses every document of the collection (measured: 86 % of its CPU, ingestion 5 events/s at 2,000
 * orders). Building with the lookup expression equal to the index expression makes them index lookups (230
 * events/s in the same benchmark). The build id changes with the patch, so a cached unpatched binary is rebuilt.
 */
const idLookupPatch = {
  file: path.join('internal', 'backends', 'sqlite', 'metadata', 'metadata.go'),
  from: `IDColumn = DefaultColumn + "->'$._id'"`,
  to: 'IDColumn = DefaultColumn + `->"_id"`',
};
const buildId = `${ferretVersion}+id-index-lookup`;

function patchIdLookup(source: string): void {
  const file = path.join(source, idLookupPatch.file);
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(idLookupPatch.from))
    throw new Error(`ferretdb: ${idLookupPatch.file} no longer has the line the _id lookup patch replaces`);
  fs.writeFileSync(file, text.replace(idLookupPatch.from, idLookupPatch.to));
}

function isInstalled(): boolean {
  try {
    return fs.existsSync(binary) && fs.readFileSync(versionFile, 'utf8').trim() === buildId;
  } catch {
    return false;
  }
}

/**
 * Builds FerretDB from its Go module once. `go install ...@v1.24.0` cannot be used: the Go proxy
 * answers 403 on the module's version list during go's deprecation check, and the module zip lacks
 * the generated build/version/version.txt (the binary panics at start). See README.md here.
 */
export async function installFerretDb(log: Log): Promise<void> {
  if (isInstalled()) return;
  requireTool('go', 'building the local MongoDB-compatible server (FerretDB)');
  requireGoVersion(22);
  const began = Date.now();
  const goEnv = { ...process.env, GOFLAGS: '-buildvcs=false', CGO_ENABLED: '0' };
  log(`ferretdb: building FerretDB ${ferretVersion} from its Go module (first run only, 1-2 min)...`);

  fs.mkdirSync(fetchDir, { recursive: true });
  fs.writeFileSync(path.join(fetchDir, 'go.mod'), 'module local/ferretdb-fetch\n\ngo 1.22\n');
  log('ferretdb: downloading the module source...');
  const { stdout } = await promisify(execFile)('go', ['mod', 'download', '-json', `${ferretModule}@${ferretVersion}`], {
    cwd: fetchDir,
    env: goEnv,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(
      `\`go mod download ${ferretModule}@${ferretVersion}\` failed: ${error.stderr || error.stdout || error.message}`,
    );
  });
  const moduleDir = (JSON.parse(stdout) as { Dir?: string }).Dir;
  if (!moduleDir) throw new Error(`\`go mod download\` did not report where ${ferretModule} is: ${stdout}`);

  // The module cache is read-only; the build needs a writable copy to add version.txt.
  fs.rmSync(sourceDir, { recursive: true, force: true });
  fs.cpSync(moduleDir, sourceDir, { recursive: true });
  await runStep('chmod', ['-R', 'u+w', sourceDir], { logFile: installLog });
  fs.writeFileSync(path.join(sourceDir, 'build', 'version', 'version.txt'), ferretVersion);
  patchIdLookup(sourceDir);

  log('ferretdb: compiling (downloads its dependencies from the Go proxy)...');
  fs.mkdirSync(paths.binDir, { recursive: true });
  await runStep('go', ['build', '-o', binary, './cmd/ferretdb'], { cwd: sourceDir, env: goEnv, logFile: installLog });
  fs.writeFileSync(versionFile, buildId + '\n');
  fs.rmSync(sourceDir, { recursive: true, force: true });
  log(`ferretdb: built ${path.relative(process.cwd(), binary)} (${((Date.now() - began) / 1000).toFixed(1)} s)`);
}

export async function mongoAnswers(url: string): Promise<boolean> {
  const connection = mongoose.createConnection(url, { serverSelectionTimeoutMS: 1000, connectTimeoutMS: 1000 });
  try {
    await connection.asPromise();
    await connection.db!.admin().ping();
    return true;
  } finally {
    await connection.close().catch(() => undefined);
  }
}

export interface StartResult {
  mongoUrl: string;
  started: boolean;
}

export async function startFerretDb(log: Log): Promise<StartResult> {
  const { mongo: port } = localPorts();
  const mongoUrl = `mongodb://127.0.0.1:${port}/`;
  const running = runningProcess(name);
  if (running) {
    if (running.port !== port) {
      throw new Error(
        `the local FerretDB is already running on port ${running.port} but LOCAL_MONGO_PORT asks for ${port}; run \`npm run infra -- stop mongo\` first`,
      );
    }
    await waitUntil(() => mongoAnswers(mongoUrl), { what: 'FerretDB', timeoutMs: 30_000, record: running, logFile });
    return { mongoUrl, started: false };
  }
  if (await isPortInUse(port)) {
    throw new Error(
      `port ${port} (LOCAL_MONGO_PORT) is in use by a process not started from .local; stop it or set LOCAL_MONGO_PORT to a free port`,
    );
  }
  await installFerretDb(log);
  fs.mkdirSync(dataDir, { recursive: true });
  fs.mkdirSync(stateDir, { recursive: true });
  const began = Date.now();
  log(`ferretdb: starting on 127.0.0.1:${port} (log: ${path.relative(process.cwd(), logFile)})...`);
  const record = startDetached({
    name,
    command: binary,
    args: [
      '--handler=sqlite',
      `--sqlite-url=file:${dataDir}/`,
      `--state-dir=${stateDir}`,
      `--listen-addr=127.0.0.1:${port}`,
      '--telemetry=disable',
      '--debug-addr=-',
      '--log-level=warn',
    ],
    marker: `--state-dir=${stateDir}`,
    port,
    logFile,
  });
  await waitUntil(() => mongoAnswers(mongoUrl), { what: 'FerretDB', timeoutMs: 30_000, record, logFile });
  log(`ferretdb: ready on ${mongoUrl} (${((Date.now() - began) / 1000).toFixed(1)} s)`);
  return { mongoUrl, started: true };
}

export async function stopFerretDb(log: Log): Promise<void> {
  if (await stopProcess(name, 10_000)) log('ferretdb: stopped');
  else log('ferretdb: not running');
}

export function ferretDbStatus(): string {
  const running = runningProcess(name);
  const installed = isInstalled() ? 'installed' : 'not installed';
  return running
    ? `ferretdb: running, pid ${running.pid}, 127.0.0.1:${running.port} (${installed})`
    : `ferretdb: stopped (${installed})`;
}
