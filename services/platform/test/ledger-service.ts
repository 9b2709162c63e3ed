import type { Envelope } from '@portal/contracts';
import { decides, defineRoute, notFound, ServiceDefinition, z } from '../src';

/**
 * A tiny service used to exercise the platform against the real broker and database: it keeps, per sales order,
 * how many ERP events it applied, republishes each as an order event, and fails on demand.
 */
export interface LedgerState {
  accountId: string;
  applied: number;
  eventTypes: string[];
}

export const failures = {
  alwaysFailOrders: new Set<string>(),
  failTimes: new Map<string, number>(),
  calls: new Map<string, number>(),
};

type LedgerEvent = 'SalesOrderBooked' | 'SalesOrderShipped' | 'SalesOrderConfirmed';

/** Fails on demand (the tests set which orders), counting every call. */
function failIfAsked(order: string) {
  failures.calls.set(order, (failures.calls.get(order) ?? 0) + 1);
  if (failures.alwaysFailOrders.has(order)) throw new Error(`order ${order} always fails`);
  const left = failures.failTimes.get(order) ?? 0;
  if (left > 0) {
    failures.failTimes.set(order, left - 1);
    throw new Error(`order ${order} fails ${left} more time(s)`);
  }
}

/** The ledger's rule: count the event and record it as a LedgerEntryRecorded event. */
export function recordEntry(current: LedgerState | null, event: Envelope<LedgerEvent>) {
  const order = event.payload.orderNumber;
  failIfAsked(order);
  const applied = (current?.applied ?? 0) + 1;
  return {
    state: { accountId: event.accountId, applied, eventTypes: [...(current?.eventTypes ?? []), event.eventType] },
    events: [
      {
        type: 'LedgerEntryRecorded' as const,
        payload: { orderNumber: order, sourceEventId: event.eventId, sourceEventType: event.eventType, applied },
      },
    ],
  };
}

export const ledgerService: ServiceDefinition = {
  name: 'ledger',
  defaultPort: 0,
  async setup(kit) {
    const ledgers = kit.aggregates<LedgerState>('ledgers');
    const slowdownMs = Number(process.env.LEDGER_HANDLER_DELAY_MS ?? 0);
    // Booked and shipped: declarative, batched by the platform (slowed down on demand by an async follow-up).
    const entry = decides<LedgerState, LedgerEvent>(ledgers, {
      id: (event) => event.payload.orderNumber,
      decide: recordEntry,
      after: async () => {
        if (slowdownMs > 0) await new Promise((r) => setTimeout(r, slowdownMs));
      },
    });
    // Confirmed: an old-style handler, which must keep working next to the entries.
    const confirmed = async (event: Envelope<'SalesOrderConfirmed'>) => {
      const order = event.payload.orderNumber;
      await ledgers.mutate(
        order,
        (current) => {
          const decision = recordEntry(current?.state ?? null, event);
          const events = decision.events.map((e) =>
            kit.events.create(e.type, { aggregateId: order, accountId: event.accountId, payload: e.payload }),
          );
          return { state: decision.state, events };
        },
        { appliedEventId: event.eventId },
      );
    };
    return {
      consumers: [
        {
          topics: ['erp.sales-orders.v1'],
          handlers: { SalesOrderBooked: entry, SalesOrderShipped: entry, SalesOrderConfirmed: confirmed },
        },
      ],
      routes: [
        defineRoute({
          method: 'get',
          path: '/ledgers/:orderNumber',
          summary: 'One ledger',
          auth: 'user',
          params: z.object({ orderNumber: z.string().regex(/^[A-Z0-9-]{1,32}$/) }),
          responses: { 200: z.object({ applied: z.number() }) },
          handler: async ({ params, principal }) => {
            const ledger = await ledgers.read(params.orderNumber);
            if (!ledger || !principal.grants.some((g) => g.accountId === ledger.state.accountId))
              throw notFound('ledger');
            return { body: { applied: ledger.state.applied } };
          },
        }),
        defineRoute({
          method: 'post',
          path: '/ledgers/:orderNumber/notes',
          summary: 'Add a note',
          auth: 'user',
          params: z.object({ orderNumber: z.string() }),
          body: z.object({ text: z.string().max(100) }).strict(),
          responses: { 201: z.object({ id: z.string() }) },
          handler: async ({ body }) => ({
            status: 201,
            body: { id: `${body.text}-${Math.random().toString(36).slice(2)}` },
          }),
        }),
      ],
    };
  },
};
