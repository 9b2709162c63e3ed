/**
 * What every use case of the order service works with: the platform kit (clock, access projection), the stores,
 * the visibility guard and the configuration the rules need. Routes build it once (service.ts) and call the use
 * cases of this folder with it, in a few lines each.
 */
import type { ServiceKit } from '@portal/platform';
import type { ApprovalRules } from '../domain/approval-rules';
import type { OrderStores } from '../store/stores';
import { invoiceAccess, type InvoiceAccess } from './invoice-access';
import { scope, type Scope } from './scope';

export interface OrderApp {
  kit: Pick<ServiceKit, 'access' | 'clock'>;
  stores: OrderStores;
  scope: Scope;
  invoices: InvoiceAccess;
  rules: ApprovalRules;
  /** The vendor's own account: its internal account managers are told of every invoice dispute. */
  vendorAccountId: string;
}

export function orderApp(
  kit: Pick<ServiceKit, 'access' | 'clock'>,
  stores: OrderStores,
  config: { rules: ApprovalRules; vendorAccountId: string },
): OrderApp {
  const visibility = scope(kit, stores);
  return { kit, stores, scope: visibility, invoices: invoiceAccess(kit, stores, visibility), ...config };
}
