// Dead letters and the messages parked behind them, per service:
//   npm run dlq -- list <service> [--all]
//   npm run dlq -- replay <service> <id>     (re-run the handler; the parked messages of its key follow in order)
//   npm run dlq -- discard <service> <id>    (drop it; the parked messages of its key are then applied)
// The owning service does the work within a second; MONGO_URL and MONGO_DB (default portal-<service>) locate it.
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { DeadLetterStore } from '@portal/platform';

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { all: { type: 'boolean', default: false } },
  });
  const [command, service, id] = positionals;
  if (!command || !service || (command !== 'list' && !id))
    throw new Error('usage: npm run dlq -- list <service> [--all] | replay <service> <id> | discard <service> <id>');
  const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
  const connection = await mongoose
    .createConnection(mongoUrl, { dbName: process.env.MONGO_DB ?? `portal-${service}`, serverSelectionTimeoutMS: 5000 })
    .asPromise();
  try {
    const store = new DeadLetterStore(connection.collection('dead_letters') as never);
    if (command === 'list') {
      const letters = await store.list(service, values.all);
      if (letters.length === 0) console.log(`no dead or parked messages for ${service}`);
      for (const d of letters)
        console.log(`${d._id}  ${d.status.padEnd(17)} key=${d.key ?? '-'}  attempts=${d.attempts}  ${d.error ?? ''}`);
    } else if (command === 'replay' || command === 'discard') {
      const updated = await store.request(id!, command, new Date());
      console.log(
        updated
          ? `${command} requested for ${id}; ${service} will do it within a second`
          : `${id} is not dead or parked (see: npm run dlq -- list ${service} --all)`,
      );
      if (!updated) process.exitCode = 1;
    } else {
      throw new Error(`unknown command ${command}`);
    }
  } finally {
    await connection.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
