// The services as the image runs them: TypeScript compiled ahead of time to CommonJS (esbuild, file by file, the
// same transform tsx applies on the fly), beside copies of the files the code reads at run time (schemas, catalogs,
// policies, templates). Started with plain `node`, a service loads no compiler: with tsx each process held tsx's
// lexer buffers (5 MB), esbuild's JavaScript API and their code, ~15 MiB of RSS per service in a burst.
//   npm run build:services [-- --out <dir>]   (the Dockerfile's build stage; no --out: the cached local build)
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { transformSync } from 'esbuild';
import { repoRoot } from './paths';

/** Folders compiled and copied, relative to the repository: what a service process loads. */
const SOURCES = ['contracts', 'services'];
const SKIPPED = /(^|\/)(node_modules|coverage)$|\.(spec|test)\.ts$|\.d\.ts$/;
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8')) as T;

/**
 * The npm workspaces inside SOURCES, by package name (`@portal/order` -> `services/order`): linked from the build's own
 * node_modules so a workspace import resolves to the compiled copy, as npm links the sources.
 */
function workspacePackages(): [name: string, dir: string][] {
  const { workspaces } = readJson<{ workspaces: string[] }>('package.json');
  return workspaces
    .filter((dir) => SOURCES.some((source) => dir === source || dir.startsWith(`${source}/`)))
    .map((dir) => [readJson<{ name: string }>(path.join(dir, 'package.json')).name, dir]);
}

/** Every file that goes into a build, relative to the repository, sorted. */
function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(repoRoot, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name);
      if (SKIPPED.test(child)) continue;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  SOURCES.forEach(walk);
  return files.sort();
}

/**
 * Names the sources as they are now (paths, sizes, modification times) and this build script itself: a change to
 * either means a new build.
 */
export function sourcesFingerprint(files = sourceFiles()): string {
  const hash = createHash('sha256').update(fs.readFileSync(__filename));
  for (const file of files) {
    const stat = fs.statSync(path.join(repoRoot, file));
    hash.update(`${file} ${stat.size} ${stat.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

// What tsx reads from tsconfig.json too: class fields as ES2022 defines them, and strict mode.
const { target, strict } = readJson<{ compilerOptions: { target: string; strict: boolean } }>(
  'tsconfig.json',
).compilerOptions;

/** Compiles one TypeScript file to CommonJS with an external source map (stack traces name the .ts line). */
export function compileFile(source: string, file: string): { code: string; map: string } {
  const js = path.basename(file).replace(/\.ts$/, '.js');
  const { code, map } = transformSync(source, {
    loader: 'ts',
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'external',
    sourcefile: file,
    tsconfigRaw: { compilerOptions: { target, strict } },
  });
  return { code: `${code}//# sourceMappingURL=${js}.map\n`, map };
}

function writeBuild(out: string, files: string[]): void {
  for (const file of files) {
    const from = path.join(repoRoot, file);
    const to = path.join(out, file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (file.endsWith('.ts')) {
      const { code, map } = compileFile(fs.readFileSync(from, 'utf8'), from);
      const js = to.replace(/\.ts$/, '.js');
      fs.writeFileSync(js, code);
      fs.writeFileSync(`${js}.map`, map);
    } else if (path.basename(file) === 'package.json') {
      const manifest = JSON.parse(fs.readFileSync(from, 'utf8')) as { main?: string };
      if (manifest.main) manifest.main = manifest.main.replace(/\.ts$/, '.js');
      fs.writeFileSync(to, `${JSON.stringify(manifest, null, 2)}\n`);
    } else fs.copyFileSync(from, to);
  }
  // Third-party packages resolve upwards, to the repository's (or the image's) node_modules.
  for (const [name, dir] of workspacePackages()) {
    const link = path.join(out, 'node_modules', name);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.relative(path.dirname(link), path.join(out, dir)), link, 'dir');
  }
}

/** Builds into `out` (replaced). */
export function buildServicesInto(out: string): void {
  fs.rmSync(out, { recursive: true, force: true });
  writeBuild(out, sourceFiles());
}

const BUILDS_DIR = path.join(repoRoot, 'dist');
let current: string | undefined;

/**
 * The local build of the current sources, made on first use and cached under `dist/services-<fingerprint>` (about
 * two seconds; reused while nothing changes). Concurrent builders (test workers, a benchmark) each write a folder of
 * their own and move it into place; whoever comes second keeps the first one's.
 */
export function localServiceBuild(): string {
  if (current) return current;
  const files = sourceFiles();
  const dir = path.join(BUILDS_DIR, `services-${sourcesFingerprint(files)}`);
  if (!fs.existsSync(dir)) {
    const scratch = `${dir}.${process.pid}.tmp`;
    fs.rmSync(scratch, { recursive: true, force: true });
    writeBuild(scratch, files);
    try {
      fs.renameSync(scratch, dir);
    } catch (error) {
      fs.rmSync(scratch, { recursive: true, force: true });
      if (!fs.existsSync(dir)) throw error;
    }
    removeOldBuilds(dir);
  }
  return (current = dir);
}

/** Builds of earlier sources, a day old: not running any more. Another process may be removing them too. */
function removeOldBuilds(keep: string): void {
  const dayAgo = Date.now() - 86_400_000;
  for (const name of fs.readdirSync(BUILDS_DIR)) {
    const dir = path.join(BUILDS_DIR, name);
    const modified = fs.statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? Infinity;
    if (dir !== keep && name.startsWith('services-') && modified < dayAgo)
      fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The node arguments that start a service from the local build, as the image does: its compiled entry point, with
 * source maps on (the platform keeps those of its own code only, runtime/source-maps.ts).
 */
export function serviceArgs(service: string): string[] {
  return ['--enable-source-maps', path.join(localServiceBuild(), 'services', service, 'src', 'main.js')];
}

if (require.main === module) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const started = Date.now();
  const out = values.out ? path.resolve(values.out) : localServiceBuild();
  if (values.out) buildServicesInto(out);
  console.log(`build:services: ${path.relative(process.cwd(), out) || '.'} (${Date.now() - started} ms)`);
}
