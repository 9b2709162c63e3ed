import * as fs from 'node:fs';
import * as path from 'node:path';
import * as avro from 'avsc';
import { fingerprintBytes } from './fingerprint';
import { logicalTypes } from './logical-types';
import { schemasDir } from './paths';

/** One event type as the current contracts define it: the full self-contained writer/reader schema. */
export interface EventSchema {
  eventType: string;
  topic: string;
  type: avro.Type;
  /** Self-contained schema with docs and defaults, as stored in the schema store. */
  schema: avro.Schema;
  canonicalForm: string;
  fingerprint: Buffer;
  fingerprintHex: string;
}

const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(file, 'utf8'));
const jsonFiles = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.avsc'))
        .sort()
    : [];

export const namespaceOf = (topic: string) => `portal.${topic.replace(/-/g, '_')}`;

/** Common named types reference each other, so parse them until every one resolves (tiny fixed point). */
function loadCommonTypes(registry: Record<string, avro.Type>): void {
  let pending = jsonFiles(path.join(schemasDir, 'common')).map((f) => readJson(path.join(schemasDir, 'common', f)));
  while (pending.length > 0) {
    const failed = pending.filter((schema) => {
      try {
        avro.Type.forSchema(schema as avro.Schema, { registry, logicalTypes });
        return false;
      } catch {
        return true;
      }
    });
    if (failed.length === pending.length) {
      throw new Error(`contracts: common schemas do not resolve: ${failed.map((s) => s.name).join(', ')}`);
    }
    pending = failed;
  }
}

export function parseSchema(schema: avro.Schema): avro.Type {
  return avro.Type.forSchema(schema, { logicalTypes });
}

export function toEventSchema(eventType: string, topic: string, type: avro.Type): EventSchema {
  const canonicalForm = JSON.stringify(type.schema());
  const fingerprint = fingerprintBytes(canonicalForm);
  return {
    eventType,
    topic,
    type,
    schema: type.schema({ exportAttrs: true }) as avro.Schema,
    canonicalForm,
    fingerprint,
    fingerprintHex: fingerprint.toString('hex'),
  };
}

/** Every event type of every topic folder under contracts/schemas, composed with the envelope. */
export function loadEventSchemas(): EventSchema[] {
  const registry: Record<string, avro.Type> = {};
  loadCommonTypes(registry);
  const envelope = readJson(path.join(schemasDir, 'envelope.avsc')) as { fields: unknown[] };
  const topics = fs
    .readdirSync(schemasDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'common')
    .map((d) => d.name)
    .sort();
  return topics.flatMap((topic) =>
    jsonFiles(path.join(schemasDir, topic)).map((file) => {
      const eventType = path.basename(file, '.avsc');
      const payload = readJson(path.join(schemasDir, topic, file));
      const full = {
        type: 'record',
        name: eventType,
        namespace: namespaceOf(topic),
        fields: [...envelope.fields, { name: 'payload', type: payload }],
      };
      // A fresh copy of the registry per event, so each full schema inlines the named types it uses.
      const type = avro.Type.forSchema(full as avro.Schema, { registry: { ...registry }, logicalTypes });
      return toEventSchema(eventType, topic, parseSchema(type.schema({ exportAttrs: true }) as avro.Schema));
    }),
  );
}
