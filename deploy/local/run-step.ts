import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tailOfFile } from './processes';

export interface StepOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Output goes here instead of the terminal; shown only when the step fails. */
  logFile: string;
}

/** Runs an install step to completion, failing with the command and the tail of its output. */
export function runStep(command: string, args: string[], options: StepOptions): Promise<void> {
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const out = fs.openSync(options.logFile, 'a');
  fs.writeSync(out, `\n$ ${command} ${args.join(' ')}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', out, out],
    });
    child.once('error', (error) => {
      fs.closeSync(out);
      reject(new Error(`could not run \`${command}\`: ${error.message}`));
    });
    child.once('exit', (code) => {
      fs.closeSync(out);
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `\`${command} ${args.join(' ')}\` failed (exit ${code}). Last lines of ${options.logFile}:\n${tailOfFile(options.logFile, 30)}`,
          ),
        );
    });
  });
}
