import { eventually } from '../testing/eventually';
import { RequestQueue, requestQueueFixApplied } from './request-queue-fix';

type Queue = {
  pending: unknown[];
  inflight: Map<number, unknown>;
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  push(request: { entry: object; expectResponse: boolean; sendRequest: () => void }): void;
  fulfillRequest(response: { correlationId: number; payload: Buffer; size: number }): void;
  checkPendingRequests(): void;
  destroy(): void;
};

const silent = { debug: () => undefined, warn: () => undefined, error: () => undefined, info: () => undefined };
const queue = (maxInFlightRequests: number | null = null): Queue =>
  new (RequestQueue as unknown as new (options: object) => Queue)({
    maxInFlightRequests,
    requestTimeout: 30_000,
    enforceRequestTimeout: false,
    clientId: 'spec',
    broker: 'localhost:9092',
    logger: silent,
  });

const request = (correlationId: number, sent: number[]) => ({
  entry: {
    correlationId,
    apiKey: 1,
    apiName: 'Fetch',
    apiVersion: 11,
    resolve: () => undefined,
    reject: () => undefined,
  },
  expectResponse: true,
  sendRequest: () => sent.push(correlationId),
});

describe('kafkajs request queue fix', () => {
  let open: Queue[] = [];
  const make = (max?: number | null) => {
    const q = queue(max);
    open.push(q);
    return q;
  };
  afterEach(() => {
    for (const q of open) q.destroy();
    open = [];
  });

  it('is applied to the kafkajs version in use', () => {
    expect(requestQueueFixApplied).toBe(true);
  });

  it('arms no timer when nothing waits (2.2.4 re-armed a 1 ms one forever)', () => {
    const q = make();
    const sent: number[] = [];
    q.push(request(1, sent));
    q.fulfillRequest({ correlationId: 1, payload: Buffer.alloc(0), size: 0 });
    q.checkPendingRequests();
    expect(sent).toEqual([1]);
    expect(q.throttleCheckTimeoutId).toBeNull();
  });

  it('sends a request that waited behind the in-flight limit once the one before it is answered', () => {
    const q = make(1);
    const sent: number[] = [];
    q.push(request(1, sent));
    q.push(request(2, sent));
    expect(sent).toEqual([1]);
    q.fulfillRequest({ correlationId: 1, payload: Buffer.alloc(0), size: 0 });
    expect(sent).toEqual([1, 2]);
  });

  it('sends a request that waited for a broker throttle once the throttle ends', async () => {
    const q = make();
    const sent: number[] = [];
    q.throttledUntil = Date.now() + 30;
    q.push(request(1, sent));
    expect(sent).toEqual([]);
    expect(q.throttleCheckTimeoutId).not.toBeNull();
    await eventually(async () => sent.length === 1, 2_000, 5);
    expect(sent).toEqual([1]);
    expect(q.pending).toHaveLength(0);
  });
});
