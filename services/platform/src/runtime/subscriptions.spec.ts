import { subscribedTopics, topicsOf } from './subscriptions';

const noop = async () => undefined;

describe('subscribed topics', () => {
  it('Given a handler table, Then its topics come from the contracts', () => {
    expect(topicsOf({ SalesOrderBooked: noop, ContractActivated: noop })).toEqual([
      'erp.contracts.v1',
      'erp.sales-orders.v1',
    ]);
    expect(subscribedTopics('order', [{ handlers: { SalesOrderBooked: noop } }])).toEqual([
      'account.events.v1',
      'erp.sales-orders.v1',
    ]);
  });

  it('Given a topic outside the catalog, Then start fails naming it', () => {
    expect(() => subscribedTopics('order', [{ topics: ['erp.sales-order.v1'], handlers: {} }])).toThrow(
      'order: subscribes to erp.sales-order.v1, which is not in the topic catalog',
    );
  });

  it('Given a handled event whose topic is not subscribed, Then start fails naming both', () => {
    expect(() =>
      subscribedTopics('order', [{ topics: ['erp.contracts.v1'], handlers: { SalesOrderBooked: noop } }]),
    ).toThrow('order: handles SalesOrderBooked but does not subscribe to its topic erp.sales-orders.v1');
  });
});
