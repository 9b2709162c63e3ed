import { notFound } from '@portal/platform';
import { addAddress, removeAddress, updateAddress, type AddressInput } from '../domain/address-book';
import type { Address } from '../domain/types';
import { accountFor, type AccountRequest } from './access';
import { newId, nowOf, type Deps } from './deps';
import { addressViews } from './views';
import { addressBookOf, decideAddressBook } from './wallet-state';

/** An address as the edge accepts it: `region` may be left out. */
export type AddressCommand = Omit<AddressInput, 'address'> & {
  address: Omit<Address, 'region'> & { region?: string | null };
};
const withRegion = (cmd: AddressCommand): AddressInput => ({
  ...cmd,
  address: { ...cmd.address, region: cmd.address.region ?? null },
});

export async function addressesOf(deps: Deps, input: AccountRequest) {
  const account = await accountFor(deps, input, 'view-account', 'address-book');
  return addressViews(await addressBookOf(deps, account.accountId));
}

export async function addressOf(deps: Deps, input: AccountRequest, addressId: string) {
  const found = (await addressesOf(deps, input)).find((a) => a.addressId === addressId);
  if (!found) throw notFound('address');
  return found;
}

export async function addAddressTo(deps: Deps, input: AccountRequest, cmd: AddressCommand) {
  const account = await accountFor(deps, input, 'manage-addresses', 'address-book');
  const addressId = newId('addr');
  const state = await decideAddressBook(deps, account, (b) => addAddress(b, addressId, withRegion(cmd), nowOf(deps)));
  return { account, address: addressViews(state).find((a) => a.addressId === addressId)! };
}

export async function replaceAddress(deps: Deps, input: AccountRequest, addressId: string, cmd: AddressCommand) {
  const account = await accountFor(deps, input, 'manage-addresses', 'address-book');
  const state = await decideAddressBook(deps, account, (b) =>
    updateAddress(b, addressId, withRegion(cmd), nowOf(deps)),
  );
  return addressViews(state).find((a) => a.addressId === addressId)!;
}

export async function removeAddressFrom(deps: Deps, input: AccountRequest, addressId: string) {
  const account = await accountFor(deps, input, 'manage-addresses', 'address-book');
  await decideAddressBook(deps, account, (b) => removeAddress(b, addressId));
}
