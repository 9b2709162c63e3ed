import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import * as avro from 'avsc';
import { loadEventSchemas } from '../src/event-schemas';
import { fingerprintBytes } from '../src/fingerprint';
import { logicalTypes } from '../src/logical-types';
import { asyncApiDocument } from '../src/asyncapi';
import { documentedTopics } from './document';

// The committed document (contracts:check proves it is what the generator makes from today's contracts).
const document = asyncApiDocument() as {
  channels: Record<string, { address: string; messages: Record<string, unknown> }>;
  operations: Record<
    string,
    { action: string; channel: { $ref: string }; bindings?: { kafka: { groupId: { enum: string[] } } } }
  >;
  components: { messages: Record<string, { payload: { schema: avro.Schema }; bindings: { kafka: { key: unknown } } }> };
};

describe('AsyncAPI document', () => {
  it('is valid AsyncAPI 3 with valid Avro payloads (the AsyncAPI parser, Avro schema parser registered)', async () => {
    const parser = new Parser();
    parser.registerSchemaParser(AvroSchemaParser());
    const { document: parsed, diagnostics } = await parser.parse(JSON.stringify(document));
    const problems = diagnostics.filter((d) => d.severity <= DiagnosticSeverity.Warning);
    expect(problems.map((d) => `${d.code}: ${d.message} at ${d.path.join('.')}`)).toEqual([]);
    expect(parsed?.channels().length).toBe(documentedTopics().length);
  }, 300_000); // the parser runs Spectral over ~0.5 MB: seconds alone, minutes on a machine shared by many

  it('has one channel per catalog topic with every event type of the topic', () => {
    const schemas = loadEventSchemas();
    for (const topic of documentedTopics()) {
      const channel = Object.values(document.channels).find((c) => c.address === topic.name);
      const expected = schemas.filter((s) => s.topic === topic.name).map((s) => s.eventType);
      expect(Object.keys(channel?.messages ?? {}).sort()).toEqual(expected.sort());
    }
  });

  it('names the producer and every consumer group of each topic', () => {
    for (const topic of documentedTopics()) {
      const on = Object.values(document.operations).filter(
        (o) => document.channels[o.channel.$ref.split('/')[2]!]?.address === topic.name,
      );
      expect(on.filter((o) => o.action === 'send')).toHaveLength(1);
      const groups = on.filter((o) => o.action === 'receive').flatMap((o) => o.bindings?.kafka.groupId.enum ?? []);
      expect(groups.sort()).toEqual([...topic.consumers].sort());
    }
  });

  it('carries each event type’s current Avro schema unchanged (same fingerprint)', () => {
    const documented = new Set(documentedTopics().map((t) => t.name));
    for (const schema of loadEventSchemas().filter((s) => documented.has(s.topic))) {
      const message = document.components.messages[schema.eventType]!;
      const type = avro.Type.forSchema(message.payload.schema, { logicalTypes });
      expect(fingerprintBytes(JSON.stringify(type.schema())).toString('hex')).toBe(schema.fingerprintHex);
      expect(message.bindings.kafka.key).toMatchObject({ type: 'string' });
    }
  });
});
