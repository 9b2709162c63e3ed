/**
 * The topic catalog: every topic of the platform, who writes it, who reads it (a service reading its own topic
 * builds a read model from it; every service projects account.events.v1; notification subscribes to what names it). Event types per topic are the
 * schema files in contracts/schemas/<topic>/. Keys are aggregate ids so one aggregate's events stay in order.
 */
export interface TopicSpec {
  name: string;
  partitions: number;
  retentionMs: number;
  key: string;
  producer: string;
  consumers: string[];
}

const DAY = 24 * 60 * 60 * 1000;
const FOREVER = -1;

export const topicCatalog: TopicSpec[] = [
  {
    name: 'erp.sales-orders.v1',
    partitions: 6,
    retentionMs: 30 * DAY,
    key: 'orderNumber',
    producer: 'erp',
    consumers: ['order', 'account'],
  },
  {
    name: 'erp.contracts.v1',
    partitions: 3,
    retentionMs: FOREVER,
    key: 'contractNumber',
    producer: 'erp',
    // account: ServiceContractConfirmed (a renewal the customer accepted is active; the devices' coverage moves)
    consumers: ['order', 'account'],
  },
  { name: 'erp.catalog.v1', partitions: 1, retentionMs: FOREVER, key: 'sku', producer: 'erp', consumers: ['order'] },
  {
    name: 'erp.invoices.v1',
    partitions: 3,
    retentionMs: 30 * DAY,
    key: 'invoiceNumber',
    producer: 'erp',
    consumers: ['order'],
  },
  {
    name: 'order.events.v1',
    partitions: 6,
    retentionMs: 30 * DAY,
    key: 'aggregateId',
    producer: 'order',
    // licensing: the sales order snapshots (SalesOrderRecorded/Updated) are what it deposits licences from
    // account: SalesOrderRecorded/Updated (its copy of the orders and the devices they shipped)
    consumers: ['change-ticket', 'licensing', 'notification', 'account'],
  },
  {
    name: 'change.events.v1',
    partitions: 6,
    retentionMs: 30 * DAY,
    key: 'aggregateId',
    producer: 'change-ticket',
    consumers: ['change-ticket', 'notification'],
  },
  {
    name: 'licensing.events.v1',
    partitions: 6,
    retentionMs: 30 * DAY,
    key: 'aggregateId',
    producer: 'licensing',
    consumers: ['licensing', 'notification'],
  },
  {
    name: 'notification.events.v1',
    partitions: 3,
    retentionMs: 30 * DAY,
    key: 'aggregateId',
    producer: 'notification',
    consumers: [],
  },
  // Compaction would lose grant history; keeping it forever lets a new projection rebuild from the start.
  {
    name: 'account.events.v1',
    partitions: 6,
    retentionMs: FOREVER,
    key: 'aggregateId',
    producer: 'account',
    consumers: ['order', 'change-ticket', 'licensing', 'notification', 'account'],
  },
  // The platform's reliability fixture writes here; no service reads it.
  {
    name: 'platform.selftest.v1',
    partitions: 3,
    retentionMs: 1 * DAY,
    key: 'aggregateId',
    producer: 'platform-selftest',
    consumers: [],
  },
];

export const consumerGroups = (): string[] => [...new Set(topicCatalog.flatMap((t) => t.consumers))].sort();

/** Dead letters of consumer group g go to dlq.<g>: one topic per group, kept long enough to be looked at. */
export const dlqTopicName = (group: string) => `dlq.${group}`;

export const dlqTopics = (): Pick<TopicSpec, 'name' | 'partitions' | 'retentionMs'>[] =>
  consumerGroups().map((group) => ({ name: dlqTopicName(group), partitions: 1, retentionMs: 90 * DAY }));

export const topicSpec = (name: string): TopicSpec => {
  const spec = topicCatalog.find((t) => t.name === name);
  if (!spec) throw new Error(`topic ${name} is not in the topic catalog`);
  return spec;
};
