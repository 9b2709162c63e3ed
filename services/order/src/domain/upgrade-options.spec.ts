import { catalog, order } from './__fixtures__/upgrade';
import { upgradeOptions } from './upgrade-options';

describe('upgrade options', () => {
  it('Given an order, When options are asked, Then eligible hardware and software SKUs come with targets and serial availability', () => {
    const options = upgradeOptions(order(), catalog, new Map([['SN-2', 'UR-7']]));
    expect(options.map((o) => o.sku)).toEqual(['HW-R740', 'SW-OS-STD']);
    expect(options[0]).toMatchObject({
      quantityOwned: 3,
      serialNumbers: [
        { serialNumber: 'SN-1', heldByRequestId: null },
        { serialNumber: 'SN-2', heldByRequestId: 'UR-7' },
        { serialNumber: 'SN-3', heldByRequestId: null },
      ],
      targets: [
        { sku: 'HW-R750', listPrice: { amountMinor: 500000, currency: 'EUR' } },
        { sku: 'HW-R760', listPrice: null },
      ],
    });
  });
});
