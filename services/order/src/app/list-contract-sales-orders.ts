/** The sales orders under a contract the caller sees (or of which they see some order), each with its requests. */
import { notFound, type Page, type Principal } from '@portal/platform';
import { canSee } from '../domain/access';
import type { SalesOrderView } from '../domain/sales-order';
import type { UpgradeRequestState } from '../domain/upgrade-request';
import type { OrderApp } from './order-app';

export async function listContractSalesOrders(
  app: OrderApp,
  principal: Principal,
  contractNumber: string,
  query: { limit: number; cursor?: string },
): Promise<Page<SalesOrderView> & { requests: UpgradeRequestState[] }> {
  const v = await app.scope.visibilityOf(principal, { singleRecord: true });
  const keep = (o: SalesOrderView) => canSee(v, o);
  const source = app.stores.lists.salesOrdersOfContract(contractNumber);
  const found = await source.page({ ...query, keep });
  if (found.items.length === 0) {
    // Unknown contract, or one the caller cannot see and no order of it they can: 404.
    const contract = await app.stores.contract(contractNumber);
    const anyVisible = async () => (await source.page({ limit: 1, keep })).items.length > 0;
    if (!(contract && canSee(v, contract)) && !(query.cursor && (await anyVisible())))
      throw notFound(`contract ${contractNumber}`);
  }
  const requests = await app.stores.upgradeRequestsOfOrders(found.items.map((o) => o.orderNumber));
  return { ...found, requests };
}
