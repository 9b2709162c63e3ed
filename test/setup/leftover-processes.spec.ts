import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { MARK, killLeftoverProcesses, leftoverProcesses } from './leftover-processes';

const hasProc = fs.existsSync('/proc/self/environ');

(hasProc ? describe : describe.skip)('processes tests leave behind', () => {
  it('finds a process carrying the mark, names it and kills it; leaves the others alone', async () => {
    const mark = `spec-${process.pid}-${Date.now()}`;
    const marked = spawn('sleep', ['60'], { env: { ...process.env, [MARK]: mark }, stdio: 'ignore' });
    const other = spawn('sleep', ['60'], { env: { ...process.env, [MARK]: 'another run' }, stdio: 'ignore' });
    const markedExit = new Promise((resolve) => marked.once('exit', (_code, signal) => resolve(signal)));
    try {
      await new Promise((resolve) => marked.once('spawn', resolve));
      expect(leftoverProcesses(mark).map((p) => p.pid)).toEqual([marked.pid]);

      const lines: string[] = [];
      killLeftoverProcesses((line) => lines.push(line), mark);

      expect(await markedExit).toBe('SIGKILL');
      expect(lines[0]).toMatch(/1 process\(es\) started by tests were still running/);
      expect(lines[1]).toBe(`  pid ${marked.pid}: sleep 60`);
      expect(other.exitCode).toBeNull();
      expect(leftoverProcesses(mark)).toEqual([]);
    } finally {
      marked.kill('SIGKILL');
      other.kill('SIGKILL');
    }
  });

  it('finds nothing without a mark', () => {
    expect(leftoverProcesses('')).toEqual([]);
  });
});
