import { ZodObject, ZodTypeAny } from 'zod';
import { z } from './zod';

const NO_QUERY = z.object({}).strict();

/**
 * A route's query schema with unknown parameters refused: `?stauts=paid` is a 400 naming `stauts`, never a
 * silently ignored filter. A route without a query schema accepts no query parameters.
 */
export function strictQuery(schema: ZodTypeAny | undefined): ZodTypeAny {
  if (!schema) return NO_QUERY;
  if (!(schema instanceof ZodObject)) return schema;
  let strict = cache.get(schema);
  if (!strict) cache.set(schema, (strict = schema.strict()));
  return strict;
}

const cache = new WeakMap<ZodTypeAny, ZodTypeAny>();
