import * as avro from 'avsc';
import type { AnyEnvelope, EventType } from './envelope';
import { EventSchema, loadEventSchemas, parseSchema, toEventSchema } from './event-schemas';
import { SchemaStore } from './schema-store';

type Resolver = ReturnType<avro.Type['createResolver']>;

const SINGLE_OBJECT_MARKER = Buffer.from([0xc3, 0x01]);
const CONFLUENT_MAGIC = 0x00;

/** A message that cannot be turned into an event (bad bytes, unknown writer schema): it goes to the DLQ at once. */
export class UndecodableMessageError extends Error {
  override readonly name = 'UndecodableMessageError';
}

/** An event that does not match its schema: a programming error on the producing side, refused before sending. */
export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';
  constructor(
    message: string,
    readonly paths: string[],
  ) {
    super(message);
  }
}

/** Looks up writer schemas by Confluent schema id, when a schema registry is configured. */
export interface ConfluentSchemaLookup {
  schemaById(id: number): Promise<avro.Schema>;
}

export interface CodecOptions {
  store?: SchemaStore;
  current?: EventSchema[];
  confluent?: ConfluentSchemaLookup;
}

/**
 * Avro single-object encoding with CRC-64-AVRO fingerprints. Writes with the current schema of the event type;
 * reads any version in the schema store (or from a Confluent registry) and resolves it to the current reader schema.
 */
export class EventCodec {
  private readonly current = new Map<string, EventSchema>();
  private readonly store: SchemaStore;
  private readonly resolvers = new Map<string, { reader: EventSchema; resolver: Resolver }>();
  private readonly confluent?: ConfluentSchemaLookup;
  private readonly confluentVersions = new Map<number, EventSchema>();

  constructor(options: CodecOptions = {}) {
    for (const schema of options.current ?? loadEventSchemas()) this.current.set(schema.eventType, schema);
    this.store = options.store ?? SchemaStore.load();
    this.confluent = options.confluent;
  }

  eventTypes(): EventType[] {
    return [...this.current.keys()] as EventType[];
  }

  schemaOf(eventType: string): EventSchema {
    const schema = this.current.get(eventType);
    if (!schema) throw new InvalidEventError(`unknown event type ${eventType}`, ['eventType']);
    return schema;
  }

  topicOf(eventType: EventType): string {
    return this.schemaOf(eventType).topic;
  }

  encode(event: AnyEnvelope): Buffer {
    const { type, fingerprint } = this.schemaOf(event.eventType);
    const paths: string[] = [];
    if (!type.isValid(event, { errorHook: (path) => paths.push(path.join('.') || '(root)') })) {
      throw new InvalidEventError(`${event.eventType} does not match its schema at ${paths.join(', ')}`, paths);
    }
    return Buffer.concat([SINGLE_OBJECT_MARKER, fingerprint, type.toBuffer(event)]);
  }

  async decode(bytes: Buffer | null): Promise<AnyEnvelope> {
    if (!bytes || bytes.length < 5) throw new UndecodableMessageError('empty or truncated message');
    if (bytes[0] === SINGLE_OBJECT_MARKER[0] && bytes[1] === SINGLE_OBJECT_MARKER[1] && bytes.length >= 10) {
      const writer = this.store.get(bytes.subarray(2, 10).toString('hex'));
      if (!writer)
        throw new UndecodableMessageError(`unknown writer fingerprint ${bytes.subarray(2, 10).toString('hex')}`);
      return this.read(writer, bytes.subarray(10));
    }
    if (bytes[0] === CONFLUENT_MAGIC) {
      if (!this.confluent)
        throw new UndecodableMessageError('Confluent wire format but no schema registry is configured');
      const writer = await this.confluentWriter(bytes.readUInt32BE(1));
      return this.read(writer, bytes.subarray(5));
    }
    throw new UndecodableMessageError('neither Avro single-object nor Confluent wire format');
  }

  private read(writer: EventSchema, body: Buffer): AnyEnvelope {
    try {
      const { reader, resolver } = this.resolverFor(writer);
      return reader.type.fromBuffer(body, resolver) as AnyEnvelope;
    } catch (error) {
      if (error instanceof UndecodableMessageError) throw error;
      throw new UndecodableMessageError(`${writer.eventType}: ${(error as Error).message}`);
    }
  }

  private resolverFor(writer: EventSchema) {
    let cached = this.resolvers.get(writer.fingerprintHex);
    if (!cached) {
      const reader = this.current.get(writer.eventType);
      if (!reader) throw new UndecodableMessageError(`no reader schema for event type ${writer.eventType}`);
      cached = { reader, resolver: reader.type.createResolver(writer.type) };
      this.resolvers.set(writer.fingerprintHex, cached);
    }
    return cached;
  }

  private async confluentWriter(id: number): Promise<EventSchema> {
    let writer = this.confluentVersions.get(id);
    if (!writer) {
      const schema = await this.confluent!.schemaById(id).catch((error: Error) => {
        throw new UndecodableMessageError(`schema id ${id}: ${error.message}`);
      });
      const type = parseSchema(schema);
      const eventType = (type.name ?? '').split('.').pop() ?? '';
      writer = toEventSchema(eventType, this.current.get(eventType)?.topic ?? '', type);
      this.confluentVersions.set(id, writer);
    }
    return writer;
  }
}

/** Minimal client of a Confluent-compatible schema registry (GET /schemas/ids/{id}). */
export function confluentRegistry(url: string): ConfluentSchemaLookup {
  return {
    async schemaById(id) {
      const response = await fetch(`${url.replace(/\/$/, '')}/schemas/ids/${id}`);
      if (!response.ok) throw new Error(`registry answered ${response.status}`);
      const body = (await response.json()) as { schema: string };
      return JSON.parse(body.schema) as avro.Schema;
    },
  };
}
