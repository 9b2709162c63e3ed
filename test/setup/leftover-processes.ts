import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { commandLineOf } from '../../deploy/local/processes';

/**
 * Processes a test started and did not stop. A leftover that inherited a worker's output pipe keeps jest's parent
 * waiting for that pipe to close after the last suite (CI waited 80 minutes once, with no name to go on); one that
 * did not still burns CPU and holds ports through the suites that run after jest. The global setup marks the
 * environment every worker, and so every process a test starts, inherits; the teardown finds what still carries
 * the mark, names it and kills it.
 */
export const MARK = 'PORTAL_TEST_RUN';

export function markTestProcesses(): void {
  process.env[MARK] = randomUUID();
}

export interface LeftoverProcess {
  pid: number;
  commandLine: string;
}

function environOf(pid: string): string {
  try {
    return fs.readFileSync(`/proc/${pid}/environ`, 'utf8');
  } catch {
    return ''; // gone meanwhile, or not ours to read
  }
}

/** Live processes other than this one that carry the mark (none where there is no /proc, e.g. macOS). */
export function leftoverProcesses(mark = process.env[MARK]): LeftoverProcess[] {
  if (!mark || !fs.existsSync('/proc/self/environ')) return [];
  const needle = `\0${MARK}=${mark}\0`;
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)
    .filter((pid) => `\0${environOf(pid)}`.includes(needle))
    .map((pid) => ({ pid: Number(pid), commandLine: (commandLineOf(Number(pid)) ?? '').slice(0, 200) }));
}

/** Kills what the tests left running and says what it was, so the test that leaked it can be found. */
export function killLeftoverProcesses(log: (line: string) => void, mark = process.env[MARK]): void {
  const leftovers = leftoverProcesses(mark);
  if (leftovers.length === 0) return;
  log(`test teardown: ${leftovers.length} process(es) started by tests were still running; killed:`);
  for (const { pid, commandLine } of leftovers) {
    log(`  pid ${pid}: ${commandLine}`);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // exited meanwhile
    }
  }
}
