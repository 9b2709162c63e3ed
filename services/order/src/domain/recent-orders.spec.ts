import { address, order } from './__fixtures__/upgrade';
import { reorderCart } from './recent-orders';

describe('re-order', () => {
  it('Given an order, When re-ordered, Then the cart holds every line with quantity and price but no serial numbers', () => {
    const cart = reorderCart(order());
    expect(cart.items[0]).toEqual({
      sku: 'HW-R740',
      kind: 'hardware',
      description: 'Rack server R740',
      quantity: 3,
      unitPrice: { amountMinor: 400000, currency: 'EUR' },
      lineTotal: { amountMinor: 1200000, currency: 'EUR' },
    });
    expect(cart.items).toHaveLength(4);
    expect(cart.subtotal.amountMinor).toBe(1200000 + 100000 + 50000 + 2000);
    expect(cart.shipTo).toEqual(address);
  });
});
