import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as avro from 'avsc';
import { EventSchema, parseSchema, toEventSchema } from './event-schemas';
import { schemaStoreDir } from './paths';

/**
 * Every writer schema ever published, one file per version: schema-store/<topic>/<EventType>/<fingerprint>.avsc.
 * Readers find a message's writer schema here by the fingerprint it carries. Versions are only ever added.
 */
export class SchemaStore {
  private constructor(private readonly byFingerprint: Map<string, EventSchema>) {}

  static load(dir = schemaStoreDir): SchemaStore {
    const found = new Map<string, EventSchema>();
    for (const file of walk(dir)) {
      const eventType = path.basename(path.dirname(file));
      const topic = path.basename(path.dirname(path.dirname(file)));
      const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as avro.Schema;
      const version = toEventSchema(eventType, topic, parseSchema(schema));
      found.set(version.fingerprintHex, version);
    }
    return new SchemaStore(found);
  }

  get(fingerprintHex: string): EventSchema | undefined {
    return this.byFingerprint.get(fingerprintHex);
  }

  versionsOf(eventType: string): EventSchema[] {
    return [...this.byFingerprint.values()].filter((v) => v.eventType === eventType);
  }

  static fileFor(version: EventSchema, dir = schemaStoreDir): string {
    return path.join(dir, version.topic, version.eventType, `${version.fingerprintHex}.avsc`);
  }
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.name.endsWith('.avsc') ? [full] : [];
  });
}
