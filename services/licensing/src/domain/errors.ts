import { defineErrors } from '@portal/platform/src/domain';

/**
 * The codes licensing answers beyond the platform's (PLATFORM_ERRORS: NOT_FOUND, ROLE_REQUIRED, FIELD_INVALID…),
 * each with its one status: the domain throws from here, the edge and OpenAPI read the statuses from here.
 * State conflicts answer 409, broken rules 422 (often several at once, inside VALIDATION_FAILED), refusals 403.
 */
export const errors = defineErrors({
  INTERNAL_USERS_MUST_OPEN_CASE: { status: 403, title: 'Internal users open a case to get an order assigned' },
  LICENCES_ALREADY_DEPOSITED: { status: 409, title: 'The licences are already in a virtual account' },
  LICENSES_ASSIGNED: { status: 409, title: 'Licences of the purchase authorization are assigned to users' },
  MEMBERSHIP_ALREADY_EXISTS: { status: 409, title: 'The customer is already a member of the program' },
  ORDER_ALREADY_PLACED: { status: 409, title: 'An order was already placed for the purchase authorization' },
  ORDER_NOT_PLACED: { status: 409, title: 'No order was placed for the purchase authorization yet' },
  PURCHASE_AUTHORIZATION_NOT_FULFILLED: { status: 409, title: 'The purchase authorization has no order yet' },
  PURCHASE_AUTHORIZATION_NOT_PENDING: { status: 409, title: 'The purchase authorization is no longer pending' },
  SMART_ACCOUNT_ALREADY_ACTIVE: { status: 409, title: 'The Smart Account is already active' },
  VIRTUAL_ACCOUNT_NAME_TAKEN: { status: 409, title: 'The Smart Account already has a virtual account of that name' },
});
