import type { AccountState } from '../domain/account';
import { emptyAddressBook, type AddressBook } from '../domain/address-book';
import { emptyWallet, type Wallet } from '../domain/payment-methods';
import type { Decision } from '../domain/types';
import type { Deps } from './deps';

/** Loads and writes shared by the address book, payment method and express checkout use cases (one per account). */
export const addressBookOf = async (deps: Deps, accountId: string) =>
  (await deps.stores.addressBooks.get(accountId))?.state ?? null;

export const walletOf = async (deps: Deps, accountId: string) =>
  (await deps.stores.wallets.get(accountId))?.state ?? null;

/** One decision on the account's address book (an empty book when it has none yet). */
export const decideAddressBook = (
  deps: Deps,
  account: AccountState,
  decide: (b: AddressBook) => Decision<AddressBook>,
) =>
  deps.stores.addressBooks
    .decide(account.accountId, (current) => decide(current ?? emptyAddressBook(account.accountId)), {
      accountId: () => account.accountId,
    })
    .then((r) => r.state);

/** One decision on the account's wallet (an empty wallet when it has none yet). */
export const decideWallet = (deps: Deps, account: AccountState, decide: (w: Wallet) => Decision<Wallet>) =>
  deps.stores.wallets
    .decide(account.accountId, (current) => decide(current ?? emptyWallet(account.accountId)), {
      accountId: () => account.accountId,
    })
    .then((r) => r.state);
