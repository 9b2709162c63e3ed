import { accountOverview } from '../domain/overview';
import { accountFor, type AccountRequest } from './access';
import { nowOf, type Deps } from './deps';

/** The account overview: a short summary of each frequently used feature, read in parallel. */
export async function overviewOf(deps: Deps, input: AccountRequest) {
  const account = await accountFor(deps, input, 'view-account');
  const [book, wallet, documents, orders] = await Promise.all([
    deps.stores.addressBooks.get(account.accountId),
    deps.stores.wallets.get(account.accountId),
    deps.stores.documentsOfAccount(account.accountId),
    deps.stores.ordersOfAccount(account.accountId),
  ]);
  return accountOverview({
    book: book?.state ?? null,
    wallet: wallet?.state ?? null,
    documents,
    orders,
    features: account.features,
    now: nowOf(deps),
  });
}
