import { BSON } from 'mongodb';
import { asBuffer } from '../outbox/bytes';

/**
 * How an aggregate's state is laid out in its document. The default keeps the state's fields at top level. A shape
 * exists for the database's sake: FerretDB decodes every value of a document on each insert and update (its cost
 * grows with the number of values, not the bytes), so a large state keeps at top level only what queries filter on
 * and packs the rest into one binary value (`packed`), giving the full state back in memory on read.
 */
export interface DocumentShape<S extends object> {
  /** The fields stored for the state (no reserved field; `undefined` fields are left out). */
  toFields(state: S): object;
  /** The state from the stored fields; must also read every layout the collection ever held. */
  fromFields(fields: Record<string, unknown>): S;
}

export const asStored: DocumentShape<object> = {
  toFields: (state) => state,
  fromFields: (fields) => fields,
};

/**
 * One binary value holding `value` as BSON (Dates, nulls and nesting kept; MongoDB and FerretDB alike). Allocated on
 * its own, not from Node's shared 8 KB pool: a cached document holding a pooled slice would keep the whole slab alive.
 */
export function packed(value: object): Buffer {
  const bytes = Buffer.alloc(BSON.calculateObjectSize(value));
  BSON.serializeWithBufferAndIndex(value, bytes);
  return bytes;
}

/** What `packed` holds (a Buffer as written, or the BSON Binary the driver reads back). */
export const unpacked = <T>(value: unknown): T => BSON.deserialize(asBuffer(value)!) as T;
