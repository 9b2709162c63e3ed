/** The contracts of the caller's accounts (or single contracts a narrowed grant names), by contract number. */
import type { Page, Principal } from '@portal/platform';
import type { ContractView } from '../domain/contract';
import type { ContractStatus } from '../domain/types';
import type { OrderApp } from './order-app';

export async function listContracts(
  app: OrderApp,
  principal: Principal,
  query: { status?: ContractStatus; limit: number; cursor?: string },
): Promise<Page<ContractView>> {
  const { accountIds, visible } = await app.scope.listScope(principal);
  return app.stores.lists.contractsOf(accountIds, query.status).page({ ...query, keep: visible });
}
