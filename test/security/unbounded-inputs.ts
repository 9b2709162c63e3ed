/**
 * Request fields an OpenAPI document leaves unbounded: strings without maxLength (enum, const, an anchored
 * pattern without open repetition or a date/uuid format bound them too), numbers without maximum, arrays without
 * maxItems, maps (additionalProperties schemas) without maxProperties. Read from the document, so the bounds the
 * edge enforces are also the ones it publishes.
 */
type Schema = Record<string, unknown>;

const BOUNDED_FORMATS = new Set(['date', 'date-time', 'time', 'uuid', 'email']);

function isBoundedPattern(pattern: unknown): boolean {
  return typeof pattern === 'string' && /^\^.*\$$/.test(pattern) && !/(?<!\\)[*+]|\{\d+,\}/.test(pattern);
}

export function unboundedInDocument(doc: {
  paths: Record<string, Record<string, Schema>>;
  components?: { schemas?: Record<string, Schema> };
}): string[] {
  const components = doc.components?.schemas ?? {};
  const found: string[] = [];
  const walk = (schema: Schema | undefined, at: string, seen: Set<string>): void => {
    if (!schema || typeof schema !== 'object') return;
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.split('/').pop()!;
      if (!seen.has(name)) walk(components[name], at, new Set([...seen, name]));
      return;
    }
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const)
      for (const sub of (schema[key] as Schema[] | undefined) ?? []) walk(sub, at, seen);
    const types = ([] as unknown[]).concat(schema.type ?? []);
    if (schema.enum || 'const' in schema) return;
    if (
      types.includes('string') &&
      schema.maxLength === undefined &&
      !isBoundedPattern(schema.pattern) &&
      !BOUNDED_FORMATS.has(String(schema.format))
    )
      found.push(`${at} (string without maxLength)`);
    if (
      (types.includes('number') || types.includes('integer')) &&
      schema.maximum === undefined &&
      schema.exclusiveMaximum === undefined
    )
      found.push(`${at} (number without maximum)`);
    if (types.includes('array')) {
      if (schema.maxItems === undefined) found.push(`${at} (array without maxItems)`);
      walk(schema.items as Schema, `${at}[]`, seen);
    }
    for (const [name, sub] of Object.entries((schema.properties as Record<string, Schema>) ?? {}))
      walk(sub, `${at}.${name}`, seen);
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      if (schema.maxProperties === undefined) found.push(`${at} (map without maxProperties)`);
      walk(schema.additionalProperties as Schema, `${at}{}`, seen);
    }
  };
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const where = `${method.toUpperCase()} ${path}`;
      for (const parameter of (operation.parameters as Schema[] | undefined) ?? [])
        walk(parameter.schema as Schema, `${where} ${parameter.in}:${parameter.name}`, new Set());
      const body = (operation.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)?.content;
      for (const media of Object.values(body ?? {})) walk(media.schema, `${where} body`, new Set());
    }
  }
  return found;
}
