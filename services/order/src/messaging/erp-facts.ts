/** ERP events -> domain facts (pure mapping; the handlers and the demo-seed test share it). */
import type { AnyEnvelope } from '@portal/contracts';
import type { ContractFact } from '../domain/contract';
import type { InvoiceFact } from '../domain/invoice';
import type { SalesOrderFact } from '../domain/sales-order';
import type { FactSource } from '../domain/types';

export const sourceOf = (event: AnyEnvelope): FactSource => ({
  eventId: event.eventId,
  occurredAt: event.occurredAt,
  accountId: event.accountId,
});

export function salesOrderFactOf(event: AnyEnvelope): { orderNumber: string; fact: SalesOrderFact } | null {
  switch (event.eventType) {
    case 'SalesOrderBooked': {
      const { orderNumber, ...booking } = event.payload;
      return { orderNumber, fact: { kind: 'booked', ...booking } };
    }
    case 'SalesOrderShipped':
      return {
        orderNumber: event.payload.orderNumber,
        fact: { kind: 'shipped', shippedAt: event.payload.shippedAt, shipments: event.payload.shipments },
      };
    case 'SalesOrderConfirmed':
      return {
        orderNumber: event.payload.orderNumber,
        fact: { kind: 'confirmed', confirmedAt: event.payload.confirmedAt },
      };
    case 'SalesOrderCancelled':
      return {
        orderNumber: event.payload.orderNumber,
        fact: { kind: 'cancelled', cancelledAt: event.payload.cancelledAt, reason: event.payload.reason },
      };
    case 'ExportHoldPlaced':
      return {
        orderNumber: event.payload.orderNumber,
        fact: { kind: 'export-hold-placed', placedAt: event.payload.placedAt, reason: event.payload.reason },
      };
    case 'ExportHoldReleased':
      return {
        orderNumber: event.payload.orderNumber,
        fact: { kind: 'export-hold-released', releasedAt: event.payload.releasedAt },
      };
    default:
      return null;
  }
}

export function contractFactOf(event: AnyEnvelope): { contractNumber: string; fact: ContractFact } | null {
  switch (event.eventType) {
    case 'ContractActivated': {
      const { contractNumber, term, freeChangesPerMonth, description } = event.payload;
      return { contractNumber, fact: { kind: 'activated', term, freeChangesPerMonth, description } };
    }
    case 'ContractExpired':
      return {
        contractNumber: event.payload.contractNumber,
        fact: { kind: 'expired', expiredAt: event.payload.expiredAt },
      };
    case 'ContractTerminated':
      return {
        contractNumber: event.payload.contractNumber,
        fact: { kind: 'terminated', terminatedAt: event.payload.terminatedAt, reason: event.payload.reason },
      };
    default:
      return null;
  }
}

export function invoiceFactOf(event: AnyEnvelope): { invoiceNumber: string; fact: InvoiceFact } | null {
  switch (event.eventType) {
    case 'InvoiceIssued': {
      const { invoiceNumber, orderNumber, issuedOn, dueOn, amount } = event.payload;
      return { invoiceNumber, fact: { kind: 'issued', orderNumber, issuedOn, dueOn, amount } };
    }
    case 'InvoicePaid':
      return { invoiceNumber: event.payload.invoiceNumber, fact: { kind: 'paid', paidOn: event.payload.paidOn } };
    default:
      return null;
  }
}
