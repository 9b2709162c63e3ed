import { isRecentOnlineOrder, recentOnlineOrders } from './recent-orders';

const NOW = new Date('2026-11-22T10:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86400000);

describe('recent orders', () => {
  it('Given online orders 29 and 31 days old and an offline one, When listed, Then only the online ones within 30 days, newest first', () => {
    const orders = [
      { orderNumber: 'A', webOrderNumber: 'W-A', placedAt: daysAgo(29) },
      { orderNumber: 'B', webOrderNumber: 'W-B', placedAt: daysAgo(31) },
      { orderNumber: 'C', webOrderNumber: null, placedAt: daysAgo(1) },
      { orderNumber: 'D', webOrderNumber: 'W-D', placedAt: daysAgo(2) },
    ];
    expect(recentOnlineOrders(orders, NOW).map((o) => o.orderNumber)).toEqual(['D', 'A']);
  });

  it('Given an order exactly 30 days old or in the future, When checked, Then 30 days is recent and the future is not', () => {
    expect(isRecentOnlineOrder({ webOrderNumber: 'W', placedAt: daysAgo(30) }, NOW)).toBe(true);
    expect(isRecentOnlineOrder({ webOrderNumber: 'W', placedAt: daysAgo(-1) }, NOW)).toBe(false);
  });

  it('Given copies holding ISO instants placed at the same time, When listed, Then by order number, as Dates would be', () => {
    const at = daysAgo(3).toISOString();
    const orders = [
      { orderNumber: 'SO-2', webOrderNumber: 'W-2', placedAt: at },
      { orderNumber: 'SO-1', webOrderNumber: 'W-1', placedAt: at },
      { orderNumber: 'SO-0', webOrderNumber: 'W-0', placedAt: daysAgo(31).toISOString() },
    ];
    expect(recentOnlineOrders(orders, NOW).map((o) => o.orderNumber)).toEqual(['SO-1', 'SO-2']);
  });
});
