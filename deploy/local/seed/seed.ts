import { createHash } from 'node:crypto';
import type { AnyEnvelope, Envelope, EventPayloads, EventType } from '@portal/contracts';
import { EventCodec } from '@portal/contracts';
import { createKafka, EventPublisher, MessageProducer } from '@portal/platform';
import { demoErpEvents as changeTicketErp } from '../../../services/change-ticket/src/demo-seed';
import { demoSalesOrders as licensingOrders } from '../../../services/licensing/src/demo-seed';

/** A UUID derived from a name, so seeding twice publishes the same event ids and consumers apply them once. */
function stableId(name: string): string {
  const h = createHash('sha1').update(`portal-demo:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function erpEvent<T extends EventType>(
  name: string,
  eventType: T,
  aggregateId: string,
  accountId: string,
  payload: EventPayloads[T],
): Envelope<T> {
  return {
    eventId: stableId(name),
    eventType,
    occurredAt: new Date(),
    aggregateId,
    accountId,
    correlationId: stableId(`corr:${name}`),
    causationId: null,
    actor: { userId: 'erp', userType: 'system' },
    payload,
  };
}

/**
 * The ERP side of the demo: contracts and orders (with serials) from change-ticket's and licensing's demo data.
 * Accounts and users are created by the account service itself, Smart Accounts and VIP memberships by
 * licensing, inventory elements by change-ticket, order's contracts, catalog, orders and invoices by order (each
 * with DEMO_SEED=true).
 */
export function demoErpEvents(now = new Date()): AnyEnvelope[] {
  const changeTicket = changeTicketErp();
  const shipTo = {
    name: 'ACME SAS',
    street: '12 rue de la Paix',
    city: 'Paris',
    postalCode: '75002',
    country: 'FR',
    region: null,
  };
  return [
    erpEvent(
      'ct-contract',
      'ContractActivated',
      changeTicket.contractActivated.contractNumber,
      'acc-acme',
      changeTicket.contractActivated,
    ),
    erpEvent(
      'ct-order',
      'SalesOrderBooked',
      changeTicket.salesOrderBooked.orderNumber,
      'acc-acme',
      changeTicket.salesOrderBooked,
    ),
    ...licensingOrders.map((order) =>
      erpEvent(`lic-${order.orderNumber}`, 'SalesOrderBooked', order.orderNumber, order.accountId, {
        orderNumber: order.orderNumber,
        webOrderNumber: order.webOrderNumber,
        contractNumber: null,
        placedAt: now,
        currency: 'EUR',
        lines: order.lines.map((line) => ({
          ...line,
          unitPrice: { amountMinor: line.kind === 'software' ? 90000 : 350000, currency: 'EUR' },
          serialNumbers:
            line.kind === 'hardware'
              ? Array.from({ length: line.quantity }, (_, i) => `${order.orderNumber}-SN${i + 1}`)
              : [],
        })),
        shipTo,
        term: null,
        resellerAccountId: order.resellerAccountId,
        upgradeRequestId: null,
        purchaseAuthorizationId: null,
      }),
    ),
  ];
}

export async function seedDemo(options: {
  brokers: string[];
  prefix: string;
  log: (line: string) => void;
}): Promise<void> {
  const codec = new EventCodec();
  const producer = new MessageProducer(createKafka('demo-seed', options.brokers));
  await producer.connect();
  try {
    const events = demoErpEvents();
    await new EventPublisher(producer, codec, options.prefix).publish(events);
    const byType = new Map<string, number>();
    for (const e of events) byType.set(e.eventType, (byType.get(e.eventType) ?? 0) + 1);
    options.log(`seed: published ${events.length} ERP events (${[...byType].map(([t, n]) => `${n} ${t}`).join(', ')})`);
  } finally {
    await producer.disconnect();
  }
}
