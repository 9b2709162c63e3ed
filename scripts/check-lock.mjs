// `npm run lock:check`: fails when package-lock.json lacks an optional dependency of a locked package
// (typically another platform's native binary). npm drops an optional package without a word when the
// registry it writes the lock against does not serve it; npm ci on the real registry then refuses the lock.
// Plain Node, no dependencies: it runs before anything is installed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lock = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8'));
const packages = lock.packages ?? {};

/** Node's lookup: <dir>/node_modules/<name>, then each enclosing node_modules up to the root. */
function resolves(fromPath, name) {
  let dir = fromPath;
  for (;;) {
    if (packages[path.posix.join(dir, 'node_modules', name)]) return true;
    if (dir === '') return false;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent === -1 ? '' : dir.slice(0, parent);
  }
}

const missing = Object.entries(packages).flatMap(([at, entry]) =>
  Object.keys(entry.optionalDependencies ?? {})
    .filter((name) => !resolves(at, name))
    .map((name) => `${name} (optional dependency of ${at || 'the root'})`),
);
if (missing.length > 0) {
  console.error(`package-lock.json lacks ${missing.length} optional packages:\n- ${missing.join('\n- ')}`);
  console.error('Regenerate it against the public registry as the README\'s "The lock file" says.');
  process.exit(1);
}
console.log(`package-lock.json: ${Object.keys(packages).length} entries, every optional dependency locked`);
