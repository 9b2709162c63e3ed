/**
 * What every demo ERP event shares: the demo account and contracts, stable event ids (derived from names, so
 * seeding twice changes nothing), the envelope, money, addresses and a line builder. Pure: no I/O.
 */
import { createHash } from 'node:crypto';
import type { AnyEnvelope, Envelope, EventPayloads, EventType, SalesOrderLine } from '@portal/contracts';

export const DEMO_ACCOUNT = 'acc-acme';
export const DEMO_CONTRACT = 'C-1001';
export const DEMO_EXPIRED_CONTRACT = 'C-0900';
export const CONTRACT_TERM = { startDate: '2026-01-01', endDate: '2028-12-31' };

const DAY = 86_400_000;

/** Relative dates of the demo: `ago(days)` before `now`. */
export const daysBefore = (now: Date) => (days: number) => new Date(now.getTime() - days * DAY);

export const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
export const acmeHq = {
  name: 'Acme SAS',
  street: '12 rue de la Paix',
  city: 'Paris',
  postalCode: '75002',
  country: 'FR',
  region: null,
};
export const acmeDc = {
  name: 'Acme SAS - Lyon DC',
  street: '3 quai Perrache',
  city: 'Lyon',
  postalCode: '69002',
  country: 'FR',
  region: null,
};

/** A stable UUID-shaped id from a name, so the same demo event always has the same id. */
export function demoEventId(name: string): string {
  const h = createHash('sha1').update(`order-demo:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function event<T extends EventType>(
  name: string,
  eventType: T,
  aggregateId: string,
  accountId: string,
  payload: EventPayloads[T],
  occurredAt: Date,
): AnyEnvelope {
  const envelope: Envelope<T> = {
    eventId: demoEventId(name),
    eventType,
    occurredAt,
    aggregateId,
    accountId,
    correlationId: demoEventId(`${name}:correlation`),
    causationId: null,
    actor: { userId: 'erp', userType: 'system' },
    payload,
  };
  return envelope as unknown as AnyEnvelope;
}

export const line = (
  lineNumber: number,
  sku: string,
  kind: SalesOrderLine['kind'],
  description: string,
  quantity: number,
  unitPriceMinor: number,
  serialNumbers: string[] = [],
): SalesOrderLine => ({
  lineNumber,
  sku,
  kind,
  description,
  quantity,
  unitPrice: eur(unitPriceMinor),
  serialNumbers,
});
