import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { installTestTracing, TestEnv, until } from '../src/testing';
import { ledgerService } from './ledger-service';

describe("the edge's HTTP server span", () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await TestEnv.create('platform-edge-tracing');
  });
  afterAll(() => env.close());

  it('given a request with a traceparent, then one server span joins that trace, named after the route, with its status', async () => {
    const spans = installTestTracing();
    const ledger = await env.start(ledgerService);
    spans.reset();
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpanId = '00f067aa0ba902b7';
    const res = await env.http(ledger).get('/ledgers/SO-TRACED').set('traceparent', `00-${traceId}-${callerSpanId}-01`);
    expect(res.status).toBe(401); // no token: the route answered all the same
    await env.http(ledger).get('/healthz');

    const [span] = await until('the server span ended', async () => {
      const found = spans.getFinishedSpans().filter((s) => s.kind === SpanKind.SERVER);
      return found.length > 0 && found;
    });
    expect(spans.getFinishedSpans().filter((s) => s.kind === SpanKind.SERVER)).toHaveLength(1); // probes: none
    expect(span!.name).toBe('GET /ledgers/:orderNumber');
    expect(span!.spanContext().traceId).toBe(traceId);
    expect(span!.parentSpanContext?.spanId).toBe(callerSpanId);
    expect(span!.attributes).toMatchObject({
      'http.request.method': 'GET',
      'http.route': '/ledgers/:orderNumber',
      'url.path': '/ledgers/SO-TRACED',
      'http.response.status_code': 401,
    });
    expect(span!.status.code).toBe(SpanStatusCode.UNSET); // a 4xx is the caller's error, not the server's
  });
});
