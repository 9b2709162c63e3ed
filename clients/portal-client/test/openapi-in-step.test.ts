import { asyncApiDocument } from '@portal/contracts';
import type { RunningService } from '@portal/platform';
import { TestEnv } from '@portal/platform/src/testing';
import { readDocument } from '../scripts/documents';
import { portalServices } from '../scripts/services';

/**
 * The client is generated from the committed OpenAPI documents (client:check proves the types match them); this
 * proves the documents are what the services serve today, and that each edge serves the platform's AsyncAPI beside.
 */
describe('portal client documents', () => {
  let env: TestEnv;
  const running: Record<string, RunningService> = {};

  beforeAll(async () => {
    env = await TestEnv.create('client-in-step');
    for (const definition of portalServices) running[definition.name] = await env.start(definition);
  });
  afterAll(() => env.close());

  it.each(portalServices.map((s) => s.name))(
    '%s serves the OpenAPI document the client was generated from (else: npm run client:gen)',
    async (name) => {
      const served = await (await fetch(`${running[name]!.url}/openapi.json`)).json();
      expect(served).toEqual(readDocument(name));
    },
  );

  it.each(portalServices.map((s) => s.name))(
    '%s serves the platform AsyncAPI document at /asyncapi.json',
    async (name) => {
      const response = await fetch(`${running[name]!.url}/asyncapi.json`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(asyncApiDocument());
    },
  );
});
