/**
 * What the caller may see, from the access projection (rules in domain/access.ts). Records outside it answer
 * 404 NOT_FOUND, never 403.
 */
import { notFound, type Principal, type ServiceKit } from '@portal/platform';
import { accountsToQuery, canSee, partnerAccounts, visibility, type Visibility } from '../domain/access';
import type { SalesOrderView } from '../domain/sales-order';
import type { OrderStores } from '../store/stores';

type Scoped = { accountId: string; contractNumber?: string | null; resellerAccountId?: string | null };

export function scope(kit: Pick<ServiceKit, 'access'>, stores: OrderStores) {
  async function visibilityOf(principal: Principal, options: { singleRecord?: boolean } = {}): Promise<Visibility> {
    const partners = partnerAccounts(principal);
    const resold = new Map(
      await Promise.all(partners.map(async (p) => [p, await kit.access.accountsResoldBy(p)] as [string, string[]])),
    );
    return visibility(principal, resold, options);
  }

  async function mayRead(principal: Principal, record: Scoped): Promise<boolean> {
    return canSee(await visibilityOf(principal, { singleRecord: true }), record);
  }

  return {
    visibilityOf,
    mayRead,

    /** For lists: the accounts to query and the filter to apply to each record found. */
    async listScope(principal: Principal): Promise<{ accountIds: string[]; visible: (record: Scoped) => boolean }> {
      const v = await visibilityOf(principal);
      return { accountIds: accountsToQuery(v), visible: (record) => canSee(v, record) };
    },

    /** Accounts the caller sees as a whole (account-level lists: recent orders of an account, invoices). */
    async wholeAccounts(principal: Principal): Promise<string[]> {
      return (await visibilityOf(principal)).accounts;
    },

    async visibleOrder(principal: Principal, orderNumber: string): Promise<SalesOrderView> {
      const order = await stores.salesOrder(orderNumber);
      if (!order || !(await mayRead(principal, order))) throw notFound(`sales order ${orderNumber}`);
      return order;
    },

    async visibleContract(principal: Principal, contractNumber: string) {
      const contract = await stores.contract(contractNumber);
      if (!contract || !(await mayRead(principal, contract))) throw notFound(`contract ${contractNumber}`);
      return contract;
    },
  };
}

export type Scope = ReturnType<typeof scope>;
