/**
 * The one reseller rule every service enforces (domain.md, "Partner relationships"): a user holding `partner-admin`
 * on a partner account acts for the customer accounts that partner is the reseller of record of, with the
 * capabilities the service grants partners (each service's README lists them). Any other role on the partner
 * account gives nothing on the customer's records; a disabled user acts for nobody. Pure: domain code imports it.
 */
export const PARTNER_ROLE = 'partner-admin';

/** Structural: the platform's Principal and each service's Caller both fit. */
export interface ResellerActor {
  status?: string;
  grants: readonly { accountId: string; role: string; contractNumber?: string | null; section?: string | null }[];
}

/** The partner accounts on which the actor holds an account-wide `partner-admin` grant. */
export function partnerAccountsOf(actor: ResellerActor): string[] {
  if (actor.status === 'disabled') return [];
  const ids = actor.grants
    .filter((g) => g.role === PARTNER_ROLE && (g.contractNumber ?? null) === null && (g.section ?? null) === null)
    .map((g) => g.accountId);
  return [...new Set(ids)].sort();
}

/** True when the actor is `partner-admin` of one of the customer's resellers of record. */
export function actsForCustomer(actor: ResellerActor, customer: { resellerAccountIds: readonly string[] }): boolean {
  const partners = partnerAccountsOf(actor);
  return customer.resellerAccountIds.some((reseller) => partners.includes(reseller));
}

/** Every customer account the actor acts for, given who each partner account resells to. */
export function customersActedFor(
  actor: ResellerActor,
  customersOfPartner: (partnerAccountId: string) => readonly string[],
): string[] {
  return [...new Set(partnerAccountsOf(actor).flatMap((p) => customersOfPartner(p)))].sort();
}
