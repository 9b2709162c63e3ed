import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const howToGet: Record<string, string> = {
  java: 'install Java 17: `sudo apt-get install openjdk-17-jre-headless` (or any JDK 17+ on PATH)',
  mvn: 'install Maven: `sudo apt-get install maven` (or https://maven.apache.org/download.cgi)',
  python3: 'install Python 3 with pip: `sudo apt-get install python3-pip`',
  go: 'install Go 1.22 or newer from https://go.dev/dl/ (Debian: `sudo apt-get install golang`, bookworm needs `-t bookworm-backports golang-go` for a new enough Go)',
};

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** Throws a message naming the missing tool, what needs it and how to get it. */
export function requireTool(command: 'java' | 'mvn' | 'go' | 'python3', neededFor: string): string {
  const found = onPath(command);
  if (!found) {
    throw new Error(`\`${command}\` is not on PATH; it is needed for ${neededFor}. To fix: ${howToGet[command]}.`);
  }
  return found;
}

/** FerretDB 1.24 declares go 1.22; older Go cannot build it without downloading a toolchain. */
export function requireGoVersion(minimumMinor: number): void {
  const result = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' });
  const version = result.stdout.trim();
  const match = /^go1\.(\d+)/.exec(version);
  if (match && Number(match[1]) < minimumMinor && process.env.GOTOOLCHAIN === 'local') {
    throw new Error(`Go ${version} is too old to build FerretDB (needs go1.${minimumMinor}+). To fix: ${howToGet.go}.`);
  }
}
