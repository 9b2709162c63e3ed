import type { AccountSnapshot } from '@portal/contracts';
import type { TestEnv } from './test-env';

/** The cast of every service's reseller-rule test (platform access/reseller.ts). */
export interface ResellerWorld {
  /** Resold by `partner`. */
  customer: string;
  /** Resold by another partner only. */
  stranger: string;
  partner: string;
  /** A token of a user with partner-admin on the partner account (acts for `customer`). */
  partnerAdmin: string;
  /** A token of a user with another role (buyer) on the partner account (acts for nobody). */
  partnerBuyer: string;
}

/**
 * Publishes a customer resold by the partner, a stranger resold by someone else, and two users of the partner:
 * its partner-admin and a buyer; waits until the started services projected them. Start the services first.
 */
export async function resellerWorld(
  env: TestEnv,
  ids: { customer: string; stranger: string; partner?: string },
  account: Partial<Omit<AccountSnapshot, 'version' | 'resellerAccountIds'>> = {},
): Promise<ResellerWorld> {
  const partner = ids.partner ?? 'acc-partner';
  await env.account(ids.customer, { ...account, resellerAccountIds: [partner] });
  await env.account(ids.stranger, { ...account, resellerAccountIds: [`${partner}-other`] });
  const grant = (role: string) => [{ accountId: partner, role, contractNumber: null, section: null }];
  const partnerAdmin = await env.tokenFor({
    userId: 'u-paula',
    homeAccountId: partner,
    grants: grant('partner-admin'),
  });
  const partnerBuyer = await env.tokenFor({ userId: 'u-pete', homeAccountId: partner, grants: grant('buyer') });
  return { customer: ids.customer, stranger: ids.stranger, partner, partnerAdmin, partnerBuyer };
}
