import openapiTS, { astToString, OpenAPI3 } from 'openapi-typescript';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * zod-to-openapi writes a nullable reference as allOf [$ref, { type: [object, null] }]; openapi-typescript reads the
 * second part as an object with no properties, which no value satisfies. anyOf [$ref, null] says what is meant.
 */
export function nullableReferences(node: Json): Json {
  if (Array.isArray(node)) return node.map(nullableReferences);
  if (node === null || typeof node !== 'object') return node;
  const copy: { [key: string]: Json } = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, nullableReferences(value)]),
  );
  const parts = copy.allOf;
  if (Array.isArray(parts) && parts.length === 2) {
    const [target, nullable] = parts as [{ [key: string]: Json }, { [key: string]: Json }];
    const types = nullable?.type;
    const onlyNull = Array.isArray(types) && types.includes('null') && !('properties' in nullable);
    if (target && '$ref' in target && onlyNull) {
      const { allOf: _allOf, ...rest } = copy;
      const { type: _type, ...annotations } = nullable;
      return { ...rest, ...annotations, anyOf: [target, { type: 'null' }] };
    }
  }
  return copy;
}

/**
 * openapi-typescript's rendering of one document: the `paths` and `components` types openapi-fetch is typed by.
 * A property with a default stays optional (defaultNonNullable off): request bodies may leave it out.
 */
export async function renderTypes(service: string, document: unknown): Promise<string> {
  const types = astToString(
    await openapiTS(nullableReferences(document as unknown as Json) as unknown as OpenAPI3, {
      alphabetize: true,
      defaultNonNullable: false,
    }),
  );
  return `// Generated from clients/portal-client/openapi/${service}.json by npm run client:gen; do not edit.\n\n${types}`;
}
