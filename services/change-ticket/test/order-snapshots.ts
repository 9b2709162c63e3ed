import type { AnyEnvelope, EventPayloads } from '@portal/contracts';
import { erpEvent, nextSnapshot, orderRecorded, type OrderSnapshotEvent } from '@portal/platform/src/testing';

/** order.events.v1 snapshots as the order service publishes them: what the change edge builds its inventory from. */
export const ACME = 'acc-acme';
export const money = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

export function contractRecorded(contractNumber: string, freeChangesPerMonth: number, accountId = ACME): AnyEnvelope {
  const payload: EventPayloads['ContractRecorded'] = {
    contractNumber,
    status: 'active',
    term: { startDate: '2026-01-01', endDate: '2028-12-31' },
    freeChangesPerMonth,
    description: null,
    expiredAt: null,
    terminatedAt: null,
    revision: 1,
  };
  return erpEvent('ContractRecorded', contractNumber, accountId, payload) as AnyEnvelope;
}

/** The order's first snapshot, or (`update`) a later one of that revision, cancelled or not. */
export function salesOrderRecorded(
  orderNumber: string,
  contractNumber: string,
  accountId = ACME,
  update?: { revision: number; cancelled: boolean },
): AnyEnvelope {
  const recorded = orderRecorded(accountId, {
    orderNumber,
    contractNumber,
    placedAt: new Date('2026-01-05T09:00:00Z'),
    lines: [
      {
        lineNumber: 10,
        sku: 'FE-TENANT-M',
        kind: 'service',
        description: `${orderNumber} tenant`,
        quantity: 1,
        unitPrice: money(150000),
        serialNumbers: [],
      },
      {
        lineNumber: 20,
        sku: 'RDS-CAL-USER',
        kind: 'software',
        description: 'RDS user CAL',
        quantity: 10,
        unitPrice: money(900),
        serialNumbers: [],
      },
      {
        lineNumber: 30,
        sku: 'FE-TENANT-S',
        kind: 'service',
        description: `${orderNumber} second tenant`,
        quantity: 1,
        unitPrice: money(90000),
        serialNumbers: [],
      },
      {
        lineNumber: 40,
        sku: 'SRV-1U',
        kind: 'hardware',
        description: 'A server',
        quantity: 1,
        unitPrice: money(500000),
        serialNumbers: ['SN-1'],
      },
    ],
  });
  if (!update) return recorded;
  const first = (recorded as OrderSnapshotEvent).payload;
  const snapshot = { ...nextSnapshot(first, update.cancelled ? { cancelled: true } : { touched: true }), ...update };
  return erpEvent('SalesOrderUpdated', orderNumber, accountId, snapshot) as AnyEnvelope;
}
