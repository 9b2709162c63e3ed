/** Shared Given-data of the sales-order unit tests: an ERP booking of the fixture order's lines. */
import type { SalesOrderFact } from '../sales-order';
import { address, lines } from './upgrade';

export const at = (iso: string) => new Date(`2026-11-${iso}Z`);

export const booked = (overrides: Partial<Extract<SalesOrderFact, { kind: 'booked' }>> = {}): SalesOrderFact => ({
  kind: 'booked',
  webOrderNumber: 'W-1',
  contractNumber: 'C-1001',
  placedAt: at('01T00:00:00'),
  currency: 'EUR',
  lines,
  shipTo: address,
  term: null,
  resellerAccountId: null,
  upgradeRequestId: null,
  purchaseAuthorizationId: null,
  ...overrides,
});
