import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as avro from 'avsc';
import { EventCodec, InvalidEventError, UndecodableMessageError } from './codec';
import type { AnyEnvelope, Envelope } from './envelope';
import { loadEventSchemas, parseSchema, toEventSchema } from './event-schemas';
import { SchemaStore } from './schema-store';

const codec = new EventCodec();

const booked = (): Envelope<'SalesOrderBooked'> => ({
  eventId: '6f1c0c3e-3b7e-4c1e-9d6a-2c2f7e1d9a01',
  eventType: 'SalesOrderBooked',
  occurredAt: new Date('2026-11-02T09:30:00.000Z'),
  aggregateId: 'SO-1001',
  accountId: 'acc-acme',
  correlationId: 'corr-1',
  causationId: null,
  actor: { userId: 'erp', userType: 'system' },
  payload: {
    orderNumber: 'SO-1001',
    webOrderNumber: 'W-77',
    contractNumber: 'C-100',
    placedAt: new Date('2026-11-01T10:00:00.000Z'),
    currency: 'EUR',
    lines: [
      {
        lineNumber: 1,
        sku: 'C9300-24T',
        kind: 'hardware',
        description: 'Switch',
        quantity: 2,
        unitPrice: { amountMinor: 250000, currency: 'EUR' },
        serialNumbers: ['FOC1', 'FOC2'],
      },
    ],
    shipTo: { name: 'ACME', street: '1 rue de Paris', city: 'Paris', postalCode: '75001', country: 'FR', region: null },
    term: { startDate: '2026-11-01', endDate: '2027-10-31' },
    resellerAccountId: null,
    upgradeRequestId: null,
    purchaseAuthorizationId: null,
  },
});

describe('EventCodec', () => {
  it('round-trips a realistic SalesOrderBooked, dates included', async () => {
    const event = booked();
    const bytes = codec.encode(event);
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xc3, 0x01]));
    expect(bytes.subarray(2, 10).toString('hex')).toBe(codec.schemaOf('SalesOrderBooked').fingerprintHex);
    expect(await codec.decode(bytes)).toEqual(event);
  });

  it.each(loadEventSchemas().map((s) => [s.eventType, s] as const))('round-trips every %s', async (_name, schema) => {
    const event = { ...(schema.type.random() as unknown as AnyEnvelope), eventType: schema.eventType } as AnyEnvelope;
    expect(await codec.decode(codec.encode(event))).toEqual(event);
  });

  it('reads a message written with an older schema version through the current reader', async () => {
    const current = codec.schemaOf('SalesOrderBooked');
    // The "previous version": the same event before purchaseAuthorizationId existed.
    const older = JSON.parse(JSON.stringify(current.schema));
    const payload = older.fields.find((f: { name: string }) => f.name === 'payload').type;
    payload.fields = payload.fields.filter((f: { name: string }) => f.name !== 'purchaseAuthorizationId');
    const olderVersion = toEventSchema('SalesOrderBooked', current.topic, parseSchema(older));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-'));
    const file = SchemaStore.fileFor(olderVersion, dir);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(olderVersion.schema));

    const reader = new EventCodec({ store: SchemaStore.load(dir) });
    const { purchaseAuthorizationId: _dropped, ...olderPayload } = booked().payload;
    const bytes = Buffer.concat([
      Buffer.from([0xc3, 0x01]),
      olderVersion.fingerprint,
      olderVersion.type.toBuffer({ ...booked(), payload: olderPayload }),
    ]);

    const decoded = (await reader.decode(bytes)) as Envelope<'SalesOrderBooked'>;
    expect(decoded.payload.orderNumber).toBe('SO-1001');
    expect(decoded.payload.purchaseAuthorizationId).toBeNull();
  });

  it('refuses to encode an event that does not match its schema, naming the field', () => {
    const event = booked();
    (event.payload as { currency: unknown }).currency = 42;
    expect(() => codec.encode(event)).toThrow(InvalidEventError);
    expect(() => codec.encode(event)).toThrow(/payload\.currency/);
  });

  it.each([
    ['garbage', Buffer.from('not avro at all')],
    ['an unknown fingerprint', Buffer.concat([Buffer.from([0xc3, 0x01]), Buffer.alloc(8, 7), Buffer.from([1, 2, 3])])],
    ['a truncated body', codec.encode(booked()).subarray(0, 20)],
    ['Confluent format without a registry', Buffer.from([0, 0, 0, 0, 1, 2, 3])],
  ])('calls %s undecodable', async (_name, bytes) => {
    await expect(codec.decode(bytes)).rejects.toBeInstanceOf(UndecodableMessageError);
  });

  it('reads the Confluent wire format through a configured registry', async () => {
    const writer = codec.schemaOf('SalesOrderBooked');
    const withRegistry = new EventCodec({
      confluent: { schemaById: async (id) => (id === 42 ? writer.schema : Promise.reject(new Error('404'))) },
    });
    const header = Buffer.from([0, 0, 0, 0, 42]);
    const bytes = Buffer.concat([header, writer.type.toBuffer(booked())]);
    expect(await withRegistry.decode(bytes)).toEqual(booked());
  });
});

describe('schema evolution', () => {
  const store = SchemaStore.load();
  const current = loadEventSchemas();

  it('keeps every current schema in the store', () => {
    for (const schema of current) expect(store.get(schema.fingerprintHex)?.eventType).toBe(schema.eventType);
  });

  it.each(current.map((s) => [s.eventType, s] as const))(
    '%s stays backward and forward compatible with every stored version',
    (eventType, schema) => {
      for (const previous of store.versionsOf(eventType)) {
        // backward: new readers read old data; forward: old readers read new data.
        expect(() => schema.type.createResolver(previous.type)).not.toThrow();
        expect(() => previous.type.createResolver(schema.type)).not.toThrow();
        const sample = schema.type.random();
        const read = previous.type.fromBuffer(schema.type.toBuffer(sample), previous.type.createResolver(schema.type));
        expect(previous.type.isValid(read)).toBe(true);
      }
    },
  );

  it('would catch an incompatible change (a new field without a default)', () => {
    const base = current.find((s) => s.eventType === 'ContractExpired')!;
    const changed = JSON.parse(JSON.stringify(base.schema));
    changed.fields
      .find((f: { name: string }) => f.name === 'payload')
      .type.fields.push({ name: 'mandatory', type: 'string' });
    expect(() => avro.Type.forSchema(changed).createResolver(base.type)).toThrow();
  });
});
