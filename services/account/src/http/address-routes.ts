import { defineRoute, z } from '@portal/platform';
import { addAddressTo, addressesOf, addressOf, removeAddressFrom, replaceAddress } from '../app/address-book';
import type { Deps } from '../app/deps';
import { accountParams as params, idParam } from './params';
import { AddressBody, AddressView } from './schemas';

const addressParams = params.extend({ addressId: idParam });
const WRITE_ERRORS = ['NOT_FOUND', 'ROLE_REQUIRED', 'FEATURE_NOT_AVAILABLE'];

/** The account's address book (defaults for shipping and billing). */
export function addressRoutes(deps: Deps) {
  return [
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/addresses',
      summary: 'Address book of the account (with the default shipping and billing addresses)',
      tags: ['address book'],
      params,
      responses: { 200: z.object({ items: z.array(AddressView) }) },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => ({ body: { items: await addressesOf(deps, input) } }),
    }),
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/addresses/:addressId',
      summary: 'One address of the book',
      tags: ['address book'],
      params: addressParams,
      responses: { 200: AddressView },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => ({ body: await addressOf(deps, input, input.params.addressId) }),
    }),
    defineRoute({
      method: 'post',
      path: '/accounts/:accountId/addresses',
      summary: 'Add an address (the first becomes default shipping and billing); publishes AddressChanged',
      tags: ['address book'],
      params,
      body: AddressBody,
      responses: { 201: AddressView },
      errors: [...WRITE_ERRORS, 'FIELD_REQUIRED', 'FIELD_INVALID', 'ADDRESS_BOOK_FULL', 'VALIDATION_FAILED'],
      auth: 'user',
      handler: async (input) => {
        const { account, address } = await addAddressTo(deps, input, input.body);
        return {
          status: 201,
          body: address,
          headers: { location: `/accounts/${account.accountId}/addresses/${address.addressId}` },
        };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/accounts/:accountId/addresses/:addressId',
      summary: 'Replace an address; defaultShipping/defaultBilling true moves that default to it',
      tags: ['address book'],
      params: addressParams,
      body: AddressBody,
      responses: { 200: AddressView },
      errors: [...WRITE_ERRORS, 'FIELD_REQUIRED', 'FIELD_INVALID', 'VALIDATION_FAILED'],
      auth: 'user',
      handler: async (input) => ({ body: await replaceAddress(deps, input, input.params.addressId, input.body) }),
    }),
    defineRoute({
      method: 'delete',
      path: '/accounts/:accountId/addresses/:addressId',
      summary: 'Remove an address (a removed default passes to the oldest remaining address)',
      tags: ['address book'],
      params: addressParams,
      responses: { 204: null },
      errors: WRITE_ERRORS,
      auth: 'user',
      handler: async (input) => {
        await removeAddressFrom(deps, input, input.params.addressId);
        return { status: 204 };
      },
    }),
  ];
}
