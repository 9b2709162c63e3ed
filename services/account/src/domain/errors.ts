import { defineErrors } from '@portal/platform/src/domain';

/**
 * The account service's refusals, each declared once (domain.md's code, its status, a title): the domain throws
 * from this table, the edge and OpenAPI take the statuses from it. The platform's own codes (USER_DISABLED 403,
 * ROLE_REQUIRED 403, FEATURE_NOT_AVAILABLE 403, INTERNAL_USERS_ONLY 403, NOT_FOUND 404, ALREADY_EXISTS 409…) come
 * from PLATFORM_ERRORS with the status every service answers them with; field-level codes (FIELD_INVALID,
 * UNKNOWN_ROLE…) travel inside a 422 problem's `errors` and are not listed here.
 */
export const accountErrors = defineErrors({
  ADDRESS_BOOK_FULL: { status: 409, title: 'The address book is full' },
  CANCELLATION_WINDOW_CLOSED: { status: 409, title: "The vendor's cancellation window has closed" },
  CANNOT_DISABLE_SELF: { status: 409, title: 'A user cannot disable themself' },
  EMAIL_MISMATCH: { status: 409, title: 'The user id belongs to another e-mail address' },
  EXPRESS_CHECKOUT_PROFILES_FULL: {
    status: 409,
    title: 'The account has as many express checkout profiles as allowed',
  },
  EXPRESS_CHECKOUT_UNUSABLE: { status: 422, title: 'The express checkout profile can no longer be used' },
  LAST_SITE_ADMIN: { status: 409, title: 'The account must keep an active site admin' },
  NOT_HOME_ACCOUNT: { status: 409, title: "Only the user's home account disables them" },
  PAYMENT_METHODS_FULL: { status: 409, title: 'The account has as many payment methods as allowed' },
  PAYMENT_METHOD_DUPLICATE: { status: 409, title: 'This payment method is already saved' },
  QUOTE_EXPIRED: { status: 409, title: 'The quote has expired' },
  RAW_PAN_REFUSED: { status: 422, title: 'A full card number was sent' },
  RENEWAL_NOT_QUOTED: { status: 409, title: 'Only a quoted renewal can be decided' },
  SUBSCRIPTION_CHANGE_PENDING: { status: 409, title: 'A change of the subscription is waiting for the vendor' },
  SUBSCRIPTION_NOT_ACTIVE: { status: 409, title: 'The subscription is not active' },
  USER_ALREADY_MEMBER: { status: 409, title: 'The user already has roles on the account' },
});
