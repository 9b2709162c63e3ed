import { catalog, validContent } from './__fixtures__/upgrade';
import { discountOf, priceUpgradeRequest, upgradeTerm } from './price-upgrade-request';

describe('price an upgrade request', () => {
  it('Given targets with list prices and a 10% discount, When priced, Then subtotal, discount and total are in minor units', () => {
    const totals = priceUpgradeRequest(validContent(), 'EUR', catalog, '2028-12-31');
    expect(totals).toMatchObject({
      subtotalMinor: 1049380,
      discountMinor: 104938,
      totalMinor: 944442,
      unpricedSkus: [],
    });
  });

  it('Given a target without a list price in the order currency, When priced, Then it is listed as unpriced and counts 0', () => {
    const totals = priceUpgradeRequest(
      validContent({
        softwareLines: [],
        hardwareLines: [{ ...validContent().hardwareLines[0]!, targetSku: 'HW-R760' }],
      }),
      'EUR',
      catalog,
      null,
    );
    expect(totals).toMatchObject({ subtotalMinor: 0, unpricedSkus: ['HW-R760'] });
    expect(priceUpgradeRequest(validContent(), 'USD', catalog, null).unpricedSkus).toEqual(['HW-R750', 'SW-OS-DC']);
  });

  it('Given fractional discounts, When computed, Then rounding is half up on integers', () => {
    expect(discountOf(999, 1250)).toBe(125); // 124.875
    expect(discountOf(100, 50)).toBe(1); // 0.5 -> 1
    expect(discountOf(100, 10000)).toBe(100);
    expect(discountOf(0, 1000)).toBe(0);
  });

  it('Given own-term or co-term, When the term is computed, Then it lasts the months or ends with the existing term', () => {
    expect(
      upgradeTerm(
        { ...validContent().basicInfo, termOption: 'own-term', termMonths: 12, startDate: '2026-12-01' },
        null,
      ),
    ).toEqual({ startDate: '2026-12-01', endDate: '2027-11-30' });
    expect(
      upgradeTerm(
        { ...validContent().basicInfo, termOption: 'own-term', termMonths: 1, startDate: '2027-01-31' },
        null,
      ),
    ).toEqual({ startDate: '2027-01-31', endDate: '2027-02-27' });
    expect(upgradeTerm(validContent().basicInfo, '2028-12-31')).toEqual({
      startDate: '2026-12-01',
      endDate: '2028-12-31',
    });
    expect(upgradeTerm({ ...validContent().basicInfo, startDate: null }, '2028-12-31')).toBeNull();
  });
});
