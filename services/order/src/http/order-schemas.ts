/** Response and query schemas of the contract and sales order routes (lists, one order, recent orders, re-order). */
import { z } from '@portal/platform';
import { accountIdQuery, Address, instant, Money, Term } from './schemas';
import { UpgradeRequestSummary } from './upgrade-schemas';

export const ContractListQuery = z.object({ status: z.enum(['active', 'expired', 'terminated']).optional() });
export const RecentOrdersQuery = z.object({ accountId: accountIdQuery.optional() });

const Line = z.object({
  lineNumber: z.number().int(),
  sku: z.string(),
  kind: z.enum(['hardware', 'software', 'service', 'subscription']),
  description: z.string(),
  quantity: z.number().int(),
  unitPrice: Money,
  serialNumbers: z.array(z.string()),
});

export const SalesOrderView = z
  .object({
    orderNumber: z.string(),
    accountId: z.string(),
    webOrderNumber: z.string().nullable(),
    contractNumber: z.string().nullable(),
    status: z.enum(['booked', 'shipped', 'confirmed', 'cancelled']),
    exportHold: z.boolean(),
    exportHoldReason: z.string().nullable(),
    shipped: z.boolean(),
    confirmed: z.boolean(),
    cancelled: z.boolean(),
    placedAt: instant,
    shippedAt: instant.nullable(),
    confirmedAt: instant.nullable(),
    cancelledAt: instant.nullable(),
    currency: z.string(),
    lines: z.array(Line),
    shipTo: Address,
    term: Term.nullable(),
    resellerAccountId: z.string().nullable(),
    upgradeRequestId: z
      .string()
      .nullable()
      .openapi({ description: 'Set when the ERP booked this order for an upgrade request' }),
    total: Money,
    upgradeRequests: z.array(UpgradeRequestSummary),
  })
  .openapi('SalesOrder');

/** A recent order: the sales order and what the account overview shows of it (how many lines). */
export const RecentOrderView = SalesOrderView.extend({
  lineCount: z.number().int().openapi({ description: 'Number of order lines' }),
}).openapi('RecentOrder');

export const ContractView = z
  .object({
    contractNumber: z.string(),
    accountId: z.string(),
    status: z.enum(['active', 'expired', 'terminated']),
    term: Term,
    freeChangesPerMonth: z.number().int(),
    description: z.string().nullable(),
    expiredAt: instant.nullable(),
    terminatedAt: instant.nullable(),
  })
  .openapi('Contract');
export const CartView = z
  .object({
    sourceOrderNumber: z.string(),
    sourceWebOrderNumber: z.string().nullable(),
    currency: z.string(),
    items: z.array(
      z.object({
        sku: z.string(),
        kind: z.string(),
        description: z.string(),
        quantity: z.number().int(),
        unitPrice: Money,
        lineTotal: Money,
      }),
    ),
    subtotal: Money,
    shipTo: Address,
  })
  .openapi('Cart');
