import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import type { TestEnv } from '../src/testing';

const root = path.resolve(__dirname, '../../..');

/** The ledger fixture as a real child process on the suite's broker, topics and database. */
export function startLedgerProcess(
  env: Pick<TestEnv, 'kafkaBrokers' | 'mongoUrl' | 'topicPrefix'>,
  database: string,
  delayMs = 15,
): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'services/platform/test/ledger-main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      HTTP_PORT: '0',
      KAFKA_BROKERS: env.kafkaBrokers.join(','),
      MONGO_URL: env.mongoUrl,
      MONGO_DB: database,
      TOPIC_PREFIX: env.topicPrefix,
      LOG_LEVEL: 'warn',
      LEDGER_HANDLER_DELAY_MS: String(delayMs),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return { child, exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
}
