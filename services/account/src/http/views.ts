import type { AggregateRepository } from '@portal/platform';
import type { AccountState } from '../domain/account';
import type { AddressBook } from '../domain/address-book';
import type { Decision } from '../domain/types';
import type { UserState } from '../domain/user';
import type { ServiceRequest } from '../domain/support';
import { envelopes } from '../messaging/envelopes';
import type { Deps } from './context';

/**
 * Runs a domain decision on one aggregate and stores the new state with its events (one document write, outbox).
 * A decision that changes nothing writes nothing.
 */
export async function decideAndStore<S extends object>(
  deps: Deps,
  repo: AggregateRepository<S>,
  ids: { aggregateId: string; accountId: string },
  decide: (current: S | null) => Decision<S>,
): Promise<S> {
  const result = await repo.mutate(ids.aggregateId, (current) => {
    const decision = decide(current?.state ?? null);
    if (current && decision.state === current.state && decision.events.length === 0) return null;
    return { state: decision.state, events: envelopes(deps.kit, decision.events, ids) };
  });
  return result.state;
}

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
