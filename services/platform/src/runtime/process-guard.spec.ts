import { guardProcess, isTransient } from './process-guard';
import { createLogger } from '../logging/logger';

const named = (name: string, message = 'x') => Object.assign(new Error(message), { name });

describe('isTransient', () => {
  it.each([
    named('MongoPoolClearedError'),
    named('MongoServerSelectionError'),
    named('MongoNetworkError'),
    named('KafkaJSConnectionError'),
    Object.assign(new Error('wrapped'), { name: 'KafkaJSNonRetriableError', cause: named('KafkaJSConnectionError') }),
    Object.assign(new Error('retriable'), { retriable: true }),
    new Error('connect ECONNREFUSED 127.0.0.1:27017'),
  ])('Given an outage error (%s), Then it is waited out', (error) => expect(isTransient(error)).toBe(true));

  it.each([
    new TypeError("Cannot read properties of undefined (reading 'x')"),
    named('MongoTopologyClosedError'),
    'a string',
    null,
  ])('Given a bug or a closed client (%s), Then it is not', (error) => expect(isTransient(error)).toBe(false));
});

describe('guardProcess', () => {
  const logger = createLogger('guard', 'silent');

  it('Given an escaped outage error, When raised, Then the process keeps running; Given a bug, Then it stops and exits 1', async () => {
    const exits: number[] = [];
    let stopped = 0;
    const unguard = guardProcess(
      logger,
      async () => void stopped++,
      (code) => void exits.push(code),
    );
    try {
      process.emit('unhandledRejection', named('MongoPoolClearedError'), Promise.resolve());
      expect(exits).toEqual([]);
      process.emit('uncaughtException', new TypeError('a bug'));
      await new Promise((r) => setImmediate(r));
      expect(stopped).toBe(1);
      expect(exits).toEqual([1]);
    } finally {
      unguard();
    }
  });
});
