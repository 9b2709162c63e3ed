import { OpenApiGeneratorV31, OpenAPIRegistry, ResponseConfig } from '@asteasolutions/zod-to-openapi';
import { PLATFORM_ERRORS } from '../domain/platform-errors';
import { ProblemSchema } from './problem';
import type { RouteDefinition } from './route';

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate each route's requests. */
export function openApiDocument(
  service: { name: string; version: string; description?: string },
  routes: RouteDefinition[],
  errorStatuses: Record<string, number> = {},
) {
  const statusOf = (code: string) => errorStatuses[code] ?? PLATFORM_ERRORS.statusOf(code) ?? 422;
  const registry = new OpenAPIRegistry();
  registry.register('Problem', ProblemSchema);
  const bearer = registry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });

  for (const route of routes) {
    const responses: Record<string, ResponseConfig> = {};
    for (const [status, schema] of Object.entries(route.responses)) {
      responses[status] = schema
        ? { description: 'Success', content: { [route.produces ?? 'application/json']: { schema } } }
        : { description: 'Success' };
    }
    const codes = [
      'VALIDATION_FAILED',
      ...(route.body ? ['MALFORMED_JSON', 'BODY_TOO_LARGE'] : []),
      ...(route.auth === 'none' ? [] : ['UNAUTHENTICATED', 'USER_DISABLED']),
      ...(route.errors ?? []),
    ];
    const byStatus = new Map<number, string[]>();
    for (const code of codes) {
      const status = statusOf(code);
      byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
    }
    for (const [status, list] of byStatus) {
      responses[String(status)] = {
        description: `Problem; code one of: ${[...new Set(list)].join(', ')}`,
        content: { 'application/problem+json': { schema: ProblemSchema } },
      };
    }
    registry.registerPath({
      method: route.method,
      path: route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}'),
      summary: route.summary,
      description: route.description,
      tags: route.tags ?? [service.name],
      security: route.auth === 'none' ? [] : [{ [bearer.name]: [] }],
      request: {
        params: route.params as never,
        query: route.query as never,
        // Required unless an empty object is a valid body (an absent body is read as `{}`).
        body: route.body
          ? { required: !route.body.safeParse({}).success, content: { 'application/json': { schema: route.body } } }
          : undefined,
      },
      responses,
    });
  }

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: `${service.name} service`, version: service.version, description: service.description },
  });
}
