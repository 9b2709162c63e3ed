import type { AccountState } from '../domain/account';
import type { AddressBook } from '../domain/address-book';
import type { UserState } from '../domain/user';
import type { AccountDocument, ServiceRequest } from '../domain/support';

/** Aggregate states -> what the edge answers (no internal fields, stable order). */

export const userView = (u: UserState) => ({
  userId: u.userId,
  email: u.email,
  displayName: u.displayName,
  locale: u.locale,
  userType: u.userType,
  homeAccountId: u.homeAccountId,
  status: u.status,
  grants: u.grants,
  version: u.accessVersion,
});

export const accountView = (a: AccountState) => ({
  accountId: a.accountId,
  name: a.name,
  country: a.country,
  region: a.region,
  accountType: a.accountType,
  features: a.features,
  resellerAccountIds: a.resellerAccountIds,
  status: a.status,
  version: a.snapshotVersion,
  accessGroup: a.accessGroup,
  company: { ...a.company },
  sso: { enabled: a.sso.enabled, idpEntityId: a.sso.idpEntityId },
});

export const addressViews = (book: AddressBook | null) =>
  (book?.addresses ?? [])
    .map((a) => ({
      addressId: a.addressId,
      label: a.label,
      address: a.address,
      defaultShipping: book!.defaultShippingAddressId === a.addressId,
      defaultBilling: book!.defaultBillingAddressId === a.addressId,
      updatedAt: a.updatedAt,
    }))
    .sort((a, b) => (a.addressId < b.addressId ? -1 : 1));

export const serviceRequestView = (r: ServiceRequest) => ({
  serviceRequestId: r.serviceRequestId,
  serialNumber: r.serialNumber,
  title: r.title,
  status: r.status,
  openedAt: r.openedAt,
  closedAt: r.closedAt,
});

export const documentView = (d: AccountDocument) => ({
  documentId: d.documentId,
  title: d.title,
  kind: d.kind,
  url: d.url,
  validUntil: d.validUntil,
  publishedAt: d.publishedAt,
});
