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
