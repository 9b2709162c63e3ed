import type { AddressBook } from './address-book';
import { profileStatus } from './express-checkout';
import { paymentMethodView, type Wallet } from './payment-methods';
import { recentOnlineOrders } from '@portal/platform/src/domain';
import { recentOrderSummary, type OrderRecord } from './sales-orders';
import { openQuotes, type AccountDocument } from './support';

const SHOWN = 5;

/** The account overview (seed 004 item 2): a short summary of each frequently used feature. */
export function accountOverview(input: {
  book: AddressBook | null;
  wallet: Wallet | null;
  documents: AccountDocument[];
  orders: OrderRecord[];
  features: string[];
  now: Date;
}) {
  const { book, wallet, now } = input;
  const defaults = (id: string | null) => (id ? (book?.addresses.find((a) => a.addressId === id) ?? null) : null);
  const shipping = defaults(book?.defaultShippingAddressId ?? null);
  const billing = defaults(book?.defaultBillingAddressId ?? null);
  const quotes = openQuotes(input.documents, now);
  const recent = recentOnlineOrders(input.orders, now);
  const methods = wallet?.paymentMethods ?? [];
  return {
    addressBook: {
      count: book?.addresses.length ?? 0,
      defaultShipping: shipping
        ? {
            addressId: shipping.addressId,
            label: shipping.label,
            city: shipping.address.city,
            country: shipping.address.country,
          }
        : null,
      defaultBilling: billing
        ? {
            addressId: billing.addressId,
            label: billing.label,
            city: billing.address.city,
            country: billing.address.country,
          }
        : null,
    },
    quotes: {
      count: quotes.length,
      items: quotes
        .slice(0, SHOWN)
        .map((q) => ({ documentId: q.documentId, title: q.title, validUntil: q.validUntil })),
    },
    paymentMethods: input.features.includes('payment-methods')
      ? { count: methods.length, items: methods.slice(0, SHOWN).map((pm) => paymentMethodView(pm, now)) }
      : null,
    expressCheckout:
      input.features.includes('express-checkout') && wallet
        ? {
            count: wallet.expressCheckoutProfiles.length,
            usable: wallet.expressCheckoutProfiles.filter((p) => profileStatus(p, wallet, book, now) === 'usable')
              .length,
          }
        : null,
    recentOrders: { count: recent.length, items: recent.slice(0, SHOWN).map(recentOrderSummary) },
  };
}
