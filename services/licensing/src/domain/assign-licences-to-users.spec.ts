import { assignLicencesToUsers } from './assign-licences-to-users';
import { at, membership, paula, refusal, sam, withPendingPa } from './test-fixtures';
import type { VipMembership } from './vip-membership';

const created = at('2026-01-10T09:00:00Z');
const pa = (m: VipMembership, id = 'pa-1') => m.purchaseAuthorizations.find((p) => p.purchaseAuthorizationId === id)!;

describe('purchase authorization: licences assigned to users', () => {
  it('Given 10 licences, When 11 users get one, Then LICENCE_QUANTITY_EXCEEDED; a product not on the PA is refused', () => {
    const m = withPendingPa(membership(), created);
    const emails = Array.from({ length: 11 }, (_, i) => `u${i}@acme.example`);
    expect(
      refusal(() => assignLicencesToUsers(m, 'pa-1', { sku: 'ACRO-PRO-ENT', userEmails: emails }, { caller: sam }))
        .code,
    ).toBe('LICENCE_QUANTITY_EXCEEDED');
    expect(
      refusal(() =>
        assignLicencesToUsers(m, 'pa-1', { sku: 'CC-ALL-APPS', userEmails: ['a@x.example'] }, { caller: sam }),
      ).code,
    ).toBe('PRODUCT_NOT_ON_PURCHASE_AUTHORIZATION');
    const twice = assignLicencesToUsers(
      m,
      'pa-1',
      { sku: 'ACRO-PRO-ENT', userEmails: ['a@x.example', 'A@x.example'] },
      { caller: paula },
    ).state;
    expect(pa(twice).licenceAssignments).toHaveLength(1);
  });
});
