import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

// One zod instance, extended once: request schemas validate and describe themselves in the OpenAPI document.
extendZodWithOpenApi(z);

// zod-to-openapi copies a named schema's refId onto `.nullable()`, so `Term.nullable()` and `Term` share one
// component and one of them is documented wrong (`term: null` answered where an object is promised). A nullable
// copy keeps the description but not the name: it is documented inline as `type: [..., 'null']`.
const nullable = z.ZodType.prototype.nullable;
if (!(nullable as { unnamed?: boolean }).unnamed) {
  const unnamedNullable = function (this: z.ZodTypeAny) {
    const result = nullable.apply(this);
    const openapi = (result._def as { openapi?: { _internal?: Record<string, unknown> } }).openapi;
    if (openapi?._internal?.refId) {
      const { refId: _refId, ...internal } = openapi._internal;
      (result._def as { openapi?: unknown }).openapi = { ...openapi, _internal: internal };
    }
    return result;
  };
  (unnamedNullable as { unnamed?: boolean }).unnamed = true;
  z.ZodType.prototype.nullable = unnamedNullable as typeof nullable;
}

export { z };
