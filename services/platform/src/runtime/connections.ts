import mongoose from 'mongoose';
import type { Histogram } from 'prom-client';
import type { ServiceConfig } from '../config/config';

export interface Connections {
  /** Writes and the reads that decide them (`MONGO_POOL_SIZE`). */
  db: mongoose.Connection;
  /** Edge reads and principal lookups (`MONGO_READ_POOL_SIZE`): they do not queue behind ingestion's writes. */
  readDb: mongoose.Connection;
  ferretDb: boolean;
  close(): Promise<void>;
}

/**
 * Two pools on the same database. Writes keep their small pool (one connection on FerretDB, whose conditional
 * updates the per-document lock serializes); reads get their own, so a burst of ingestion never makes a portal
 * read wait for a free connection. A write acknowledged on one pool is visible to the next read on the other.
 */
export async function openConnections(config: ServiceConfig): Promise<Connections> {
  const open = (maxPoolSize: number) =>
    mongoose
      // monitorCommands: every command is counted and timed (db_command_duration_seconds, see countCommands).
      .createConnection(config.mongoUrl, {
        dbName: config.mongoDb,
        maxPoolSize,
        serverSelectionTimeoutMS: 10_000,
        monitorCommands: true,
      })
      .asPromise();
  const db = await open(config.mongoPoolSize);
  const readDb = await open(config.mongoReadPoolSize).catch(async (error) => {
    await db.close();
    throw error;
  });
  const info = await db.db!.admin().command({ buildInfo: 1 });
  return {
    db,
    readDb,
    // FerretDB answers buildInfo with its own version field; MongoDB does not.
    ferretDb: 'ferretdbVersion' in info,
    close: async () => {
      await readDb.close();
      await db.close();
    },
  };
}

/**
 * Counts and times each database command of a pool: on FerretDB every command costs milliseconds of server CPU, so
 * commands per second by name is where an SRE looks first when the database is the bottleneck (and what the
 * benchmarks divide by the events they sent).
 */
export function countCommands(
  db: mongoose.Connection,
  pool: 'write' | 'read',
  histogram: Histogram<'pool' | 'command'>,
): void {
  const observe = (e: { commandName: string; duration: number }) =>
    histogram.observe({ pool, command: e.commandName }, e.duration / 1000);
  db.getClient().on('commandSucceeded', observe);
  db.getClient().on('commandFailed', observe);
}
