import { asyncApiDocument } from '@portal/contracts';
import { TestEnv } from '@portal/platform/src/testing';
import { readDocument } from '../scripts/documents';
import { portalServices } from '../scripts/services';

/**
 * The client is generated from the committed OpenAPI documents (client:check proves the types match them); this
 * proves the documents are what the services serve today, and that each edge serves the platform's AsyncAPI beside.
 * One service runs at a time, so a loaded machine starts them within each test's time.
 */
describe('portal client documents', () => {
  let env: TestEnv;

  beforeAll(async () => {
    env = await TestEnv.create('client-in-step');
  });
  afterAll(() => env.close());

  it.each(portalServices.map((definition) => [definition.name, definition] as const))(
    '%s serves the OpenAPI document the client was generated from (else: npm run client:gen) and the AsyncAPI document',
    async (name, definition) => {
      const running = await env.start(definition);
      try {
        const served = await (await fetch(`${running.url}/openapi.json`)).json();
        expect(served).toEqual(readDocument(name));
        const asyncApi = await fetch(`${running.url}/asyncapi.json`);
        expect(asyncApi.status).toBe(200);
        expect(await asyncApi.json()).toEqual(asyncApiDocument());
      } finally {
        await env.stop(running);
      }
    },
  );
});
