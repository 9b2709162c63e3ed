/**
 * The order service's vocabulary. Shapes of ERP data come from the contracts (generated from the .avsc files) so
 * the domain and the wire never drift apart.
 */
import type { Grantee } from '@portal/platform/src/domain';
import type { Address, LineKind, Money, SalesOrderLine, Term } from '@portal/contracts';

export type { Address, LineKind, Money, SalesOrderLine, Term };

export type ContractStatus = 'active' | 'expired' | 'terminated';
export type SalesOrderStatus = 'booked' | 'shipped' | 'confirmed' | 'cancelled';
export type InvoiceStatus = 'unpaid' | 'payment-pending' | 'paid' | 'overdue';
export type UpgradeRequestStatus = 'draft' | 'pending-approval' | 'approved' | 'rejected' | 'withdrawn' | 'booked';
export type TermOption = 'own-term' | 'co-term';
export type ShippingServiceLevel = 'standard' | 'expedited' | 'next-day';

/** What the domain needs to know about the caller (structurally compatible with the platform's Principal). */
/** Who acts: the platform's one `Grantee` (grants + user type); predicates from `@portal/platform/src/domain`. */
export type Caller = Grantee;

/** The domain event description an aggregate returns; the messaging layer wraps it in an envelope. */
export interface DomainEvent<T extends string = string, P = unknown> {
  type: T;
  payload: P;
}

/** Where an ERP fact came from: the envelope's id and time (used for idempotency and "latest wins"). */
export interface FactSource {
  eventId: string;
  occurredAt: Date;
  accountId: string;
}
