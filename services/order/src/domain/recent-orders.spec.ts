import { address, order } from './__fixtures__/upgrade';
import { isRecentOnlineOrder, recentOrders, reorderCart } from './recent-orders';

const NOW = new Date('2026-11-22T10:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86400000);

describe('recent orders', () => {
  it('Given online orders 29 and 31 days old and an offline one, When listed, Then only the online one within 30 days is recent', () => {
    const orders = [
      { orderNumber: 'A', webOrderNumber: 'W-A', placedAt: daysAgo(29) },
      { orderNumber: 'B', webOrderNumber: 'W-B', placedAt: daysAgo(31) },
      { orderNumber: 'C', webOrderNumber: null, placedAt: daysAgo(1) },
      { orderNumber: 'D', webOrderNumber: 'W-D', placedAt: daysAgo(2) },
    ];
    expect(recentOrders(orders, NOW).map((o) => o.orderNumber)).toEqual(['D', 'A']);
  });

  it('Given an order exactly 30 days old or in the future, When checked, Then 30 days is recent and the future is not', () => {
    expect(isRecentOnlineOrder({ webOrderNumber: 'W', placedAt: daysAgo(30) }, NOW)).toBe(true);
    expect(isRecentOnlineOrder({ webOrderNumber: 'W', placedAt: daysAgo(-1) }, NOW)).toBe(false);
  });

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
