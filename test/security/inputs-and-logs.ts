import type { RunningService } from '@portal/platform';
import type { TestEnv } from '@portal/platform/src/testing';
import { protectedList, serviceNames, ServiceName, sharedEdges } from './edge-fixture';
import { unboundedInDocument } from './unbounded-inputs';

const PAN = '4111111111111111';
const GROUPED_PAN = '5555 5555 5555 4444';

/**
 * Inputs every edge refuses the same way (unknown query parameters, undeclared methods, hostile nesting), and
 * card numbers sent through every field of a request never reaching a log line.
 */
describe('inputs and logs on all five edges', () => {
  let env: TestEnv;
  let services: Record<ServiceName, RunningService>;
  let logs: () => string;
  let token: string;
  const targets = {} as Record<ServiceName, string>;

  beforeAll(async () => {
    ({ env, services, logs } = await sharedEdges());
    for (const name of serviceNames) targets[name] = await protectedList(env, services[name]);
    token = await env.tokenFor({ userId: 'u-inputs', homeAccountId: 'acc-inputs' });
  });

  describe.each(serviceNames)('%s', (service) => {
    const http = () => env.http(services[service]);

    it('Given its OpenAPI document, Then every request string, number, array and map has an upper bound', async () => {
      const doc = (await http().get('/openapi.json')).body;
      expect(unboundedInDocument(doc)).toEqual([]);
    });

    it('Given a misspelled query parameter, Then 400 VALIDATION_FAILED naming it', async () => {
      const res = await http().get(`${targets[service]}?stauts=paid`).set('authorization', `Bearer ${token}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'UNKNOWN_FIELD' })]));
    });

    it('Given a method the path does not declare, Then 405 with Allow', async () => {
      const res = await http().delete(targets[service]).set('authorization', `Bearer ${token}`);
      expect(res.status).toBe(405);
      expect(res.body.code).toBe('METHOD_NOT_ALLOWED');
      expect(res.headers.allow).toContain('GET');
    });

    it('Given a body nested 5,000 levels deep, Then 400 before any walk, never a 500', async () => {
      const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
      const res = await http()
        .post(targets[service])
        .set('authorization', `Bearer ${token}`)
        .set('content-type', 'application/json')
        .send(deep);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ code: 'TOO_DEEP' })]);
    });

    it('Given card numbers in headers, path, query and body, Then no log line carries one', async () => {
      const auth = { authorization: `Bearer ${token}` };
      const sent = [
        await http().get(targets[service]).set(auth).set('x-request-id', PAN),
        await http().get(targets[service]).set(auth).set('x-request-id', `req-${GROUPED_PAN}`),
        await http().get(targets[service]).set(auth).set('x-correlation-id', PAN),
        await http().get(`${targets[service]}/${PAN}`).set(auth),
        await http().get(`/no-such-route/tok${PAN}`).set(auth),
        await http().get(`${targets[service]}?ref=${PAN}`).set(auth),
        await http()
          .get(`${targets[service]}?q=${encodeURIComponent(GROUPED_PAN)}`)
          .set(auth),
        await http()
          .post(targets[service])
          .set(auth)
          .send({ note: `card ${PAN}` }),
        await http().post(targets[service]).set(auth).set('content-type', 'application/json').send(`{"x":"${PAN}"`),
        await http().get(targets[service]).set('authorization', `Bearer ${PAN}`),
      ];
      for (const res of sent) {
        expect(res.status).toBeLessThan(500);
        expect(res.headers['x-request-id']).not.toContain(PAN); // a random uuid may hold "4111"; the PAN it must never hold
      }
      expect(logs()).toContain(`"service":"${service}"`);
      expectNoCardNumber(logs());
    });
  });

  it('Given an undecodable message with card numbers in its key and bytes, Then dead-lettered and never logged', async () => {
    await env.publishRaw('erp.sales-orders.v1', `SO-${PAN}`, Buffer.from(`not avro ${PAN} ${GROUPED_PAN}`));
    await env.probe('dlq.order').waitForMessage((m) => m.key === `SO-${PAN}`);
    expectNoCardNumber(logs());
  });

  const expectNoCardNumber = (text: string) => {
    expect(text).not.toContain(PAN);
    expect(text).not.toContain(GROUPED_PAN);
    expect(text).not.toMatch(/4111[ -]?1111[ -]?1111[ -]?1111/);
  };
});
