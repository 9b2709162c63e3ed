import type { AnyEnvelope } from './envelope';
import type { EventCodec } from './codec';

type Json = Record<string, unknown>;

/**
 * Events as people write them in JSON files (timestamps as ISO strings) turned into envelopes the codec accepts:
 * every field the schema declares as timestamp-millis is parsed into a Date.
 */
export function envelopeFromJson(codec: EventCodec, json: Json): AnyEnvelope {
  const eventType = String(json.eventType);
  const schema = codec.schemaOf(eventType).schema as unknown as Json;
  return revive(schema, json, new Map()) as AnyEnvelope;
}

function revive(schema: unknown, value: unknown, named: Map<string, Json>): unknown {
  if (value === null || value === undefined) return value;
  if (typeof schema === 'string') return named.has(schema) ? revive(named.get(schema), value, named) : value;
  if (Array.isArray(schema)) {
    const branches = schema.filter((b) => b !== 'null');
    return branches.length === 1 ? revive(branches[0], value, named) : value;
  }
  const s = schema as Json;
  if (s.logicalType === 'timestamp-millis')
    return typeof value === 'string' || typeof value === 'number' ? new Date(value) : value;
  if (typeof s.name === 'string') named.set(s.name, s);
  if (s.type === 'record' && typeof value === 'object') {
    const out: Json = { ...(value as Json) };
    for (const field of s.fields as Json[])
      out[field.name as string] = revive(field.type, (value as Json)[field.name as string], named);
    return out;
  }
  if (s.type === 'array' && Array.isArray(value)) return value.map((item) => revive(s.items, item, named));
  if (typeof s.type === 'object' || typeof s.type === 'string')
    return s.type === schema ? value : revive(s.type, value, named);
  return value;
}
