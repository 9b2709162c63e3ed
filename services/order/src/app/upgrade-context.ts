/** Loads what the upgrade rules decide with: the order, its contract and catalog, serials held, address book, approvers. */
import { notFound } from '@portal/platform';
import type { ApprovalContext } from '../domain/approval-tiers';
import type { UpgradeContext } from '../domain/validate-upgrade-request';
import type { OrderApp } from './order-app';

/** Who holds each approver role now (internal users, disabled ones left out): named in UpgradeApprovalRequested. */
export async function approvalContext(app: OrderApp): Promise<ApprovalContext> {
  const internal = (await app.kit.access.internalUsers()).filter((u) => u.status !== 'disabled');
  const roles = [...new Set(app.rules.tiers.map((t) => t.approverRole))];
  const byRole = roles.map(
    (role) => [role, internal.filter((u) => u.grants.some((g) => g.role === role)).map((u) => u.userId)] as const,
  );
  return { rules: app.rules, approversByRole: new Map(byRole) };
}

/** The context of an upgrade of `orderNumber`; serials held by `exceptRequestId` (the request itself) are free. */
export async function upgradeContext(
  app: OrderApp,
  orderNumber: string,
  exceptRequestId?: string,
): Promise<UpgradeContext> {
  const { stores } = app;
  const order = await stores.salesOrder(orderNumber);
  if (!order) throw notFound(`sales order ${orderNumber}`);
  const [contract, catalog, serialsHeldElsewhere, addressBook, approval] = await Promise.all([
    order.contractNumber ? stores.contract(order.contractNumber) : null,
    stores.catalogForOrder(order),
    stores.serialsHeldOnOrder(orderNumber, exceptRequestId),
    stores.accountBook(order.accountId),
    approvalContext(app),
  ]);
  return { order, contract, catalog, serialsHeldElsewhere, addressBook, approval, now: app.kit.clock.now() };
}
