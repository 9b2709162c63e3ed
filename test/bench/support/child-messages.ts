import type { ChildProcess } from 'node:child_process';

/**
 * The next IPC message of `type` from a benchmark's child process (an ERP, a service); fails if the child exits
 * first, naming `who`.
 */
export function nextMessage<T>(child: ChildProcess, type: string, who: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${who} exited (${code})`));
    const onMessage = (message: { type: string }) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as T);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}
