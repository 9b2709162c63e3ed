import { openApiDocument } from './openapi';
import { defineRoute } from './route';
import { z } from './zod';

describe('openApiDocument', () => {
  const route = defineRoute({
    method: 'post',
    path: '/things/:id/close',
    summary: 'Close a thing',
    auth: 'user',
    params: z.object({ id: z.string() }),
    body: z.object({ reason: z.string() }).strict(),
    responses: { 200: z.object({ closed: z.boolean() }) },
    errors: ['NOT_FOUND', 'THING_ALREADY_CLOSED', 'REASON_TOO_VAGUE'],
    handler: async () => ({ body: { closed: true } }),
  });

  it('documents each error code under its status: the service table, the platform table, else 422', () => {
    const doc = openApiDocument({ name: 'things', version: '1' }, [route], { THING_ALREADY_CLOSED: 409 });
    const responses = doc.paths!['/things/{id}/close']!.post!.responses as Record<string, { description: string }>;
    expect(responses['409']!.description).toContain('THING_ALREADY_CLOSED');
    expect(responses['404']!.description).toContain('NOT_FOUND');
    expect(responses['422']!.description).toContain('REASON_TOO_VAGUE');
    expect(responses['401']!.description).toContain('UNAUTHENTICATED');
    expect(responses['400']!.description).toContain('VALIDATION_FAILED');
    expect(Object.keys(responses)).toContain('200');
  });
});

describe('openApiDocument tells the truth', () => {
  const Term = z.object({ months: z.number().int() }).openapi('Term');
  const route = defineRoute({
    method: 'put',
    path: '/things/:id',
    summary: 'Replace a thing',
    params: z.object({ id: z.string() }),
    body: z.object({ term: Term.nullable(), plain: Term }).strict(),
    responses: { 200: z.object({ term: Term.nullable(), other: Term }) },
    handler: async () => ({ body: {} }),
  });
  const doc = openApiDocument({ name: 'things', version: '1' }, [route]);
  const operation = doc.paths!['/things/{id}']!.put!;
  const body = operation.requestBody as { required: boolean; content: Record<string, { schema: unknown }> };

  it('Given a shared schema used nullable and not, Then null is documented only where it is accepted', () => {
    const schema = body.content['application/json']!.schema as { properties: Record<string, unknown> };
    expect(schema.properties.term).toMatchObject({ type: ['object', 'null'] });
    expect(schema.properties.plain).toEqual({ $ref: '#/components/schemas/Term' });
    expect((doc.components!.schemas!.Term as { type: unknown }).type).toBe('object');
  });

  it('Given a body an empty object does not satisfy, Then the body is documented as required', () => {
    expect(body.required).toBe(true);
  });
});
