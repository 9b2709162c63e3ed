// `npm run image-node -- <command...>`: runs a command on the Node.js major version the Dockerfile's runtime stage
// uses (production's), whatever Node this machine has. Benchmarks are worth most on the runtime production runs:
// the same build measured 35 % less CPU per cached read on Node 26 than on Node 20 (test/bench/README.md).
// The binary comes from the npm registry (`node-<platform>-<arch>`, the official build that the `node` package
// installs), cached in .local/node/<version>/, so it needs nothing beyond npm.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { localDir, repoRoot } from './paths';
import { runStep } from './run-step';

/** The major version of `FROM node:<major>…` in the Dockerfile's last (runtime) stage. */
export function imageNodeMajor(dockerfile = fs.readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8')): number {
  const majors = [...dockerfile.matchAll(/^FROM\s+node:(\d+)\S*/gm)].map((m) => Number(m[1]));
  if (majors.length === 0) throw new Error('Dockerfile: no `FROM node:<major>` stage found');
  return majors[majors.length - 1]!;
}

/** The newest release of `major` on the npm registry, fetched once: its version and the directory holding `node`. */
export async function ensureImageNode(
  major: number,
  log: (line: string) => void,
): Promise<{ version: string; bin: string }> {
  const pkg = `node-${process.platform}-${process.arch}`;
  const view = spawnSync('npm', ['view', `${pkg}@${major}`, 'version', '--json'], { encoding: 'utf8' });
  if (view.status !== 0) throw new Error(`npm view ${pkg}@${major} failed: ${view.stderr.trim()}`);
  const versions = [JSON.parse(view.stdout) as string | string[]].flat();
  const version = versions[versions.length - 1]!;
  const dir = path.join(localDir, 'node', version);
  const bin = path.join(dir, 'package', 'bin');
  if (fs.existsSync(path.join(bin, 'node'))) return { version, bin };
  log(`image-node: fetching Node.js ${version} (${pkg} from the npm registry, first run only)...`);
  fs.mkdirSync(dir, { recursive: true });
  const logFile = path.join(localDir, 'logs', 'image-node.log');
  await runStep('npm', ['pack', `${pkg}@${version}`, '--silent'], { cwd: dir, logFile });
  const tarball = fs.readdirSync(dir).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack ${pkg}@${version} left no tarball in ${dir}`);
  await runStep('tar', ['xzf', tarball], { cwd: dir, logFile });
  fs.rmSync(path.join(dir, tarball));
  return { version, bin };
}

async function main() {
  const command = process.argv.slice(2);
  if (command.length === 0) {
    console.error('usage: npm run image-node -- <command...>   (e.g. npm run image-node -- npm run bench:burst)');
    process.exit(2);
  }
  const major = imageNodeMajor();
  const { version, bin } = await ensureImageNode(major, console.log);
  console.log(`image-node: ${command.join(' ')} on Node.js ${version}`);
  const child = spawn(command[0]!, command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` },
  });
  child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(`image-node: ${error.message}`);
    process.exit(1);
  });
}
