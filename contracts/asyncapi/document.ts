import { EventSchema } from '../src/event-schemas';
import { dlqTopics, TopicSpec, topicCatalog } from '../src/topics';

/**
 * The platform's AsyncAPI 3 document, derived from the topic catalog (channels, keys, producers, consumers) and the
 * Avro contracts (one message per event type, its full schema with the envelope). One document for the whole
 * platform: a topic is shared by its producer and its consumers, so per-service documents would repeat it.
 */
const AVRO = 'application/vnd.apache.avro+json;version=1.9.0';
const KAFKA_BINDING = '0.5.0';
const DAY = 24 * 60 * 60 * 1000;

/** Topics that carry the portal's business events (the platform's self-test fixture is left out). */
export const documentedTopics = (): TopicSpec[] => topicCatalog.filter((t) => t.producer !== 'platform-selftest');

const channelId = (topic: string) => topic.replace(/\./g, '_');
const retention = (ms: number) => (ms < 0 ? 'kept forever' : `kept ${Math.round(ms / DAY)} days`);
const ref = (pointer: string) => ({ $ref: pointer });

/** avsc writes full names ("portal.common.Actor"); AsyncAPI's Avro meta-schema wants name and namespace apart. */
function splitNames(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(splitNames);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, splitNames(value)]));
  const { name, type } = copy as { name?: unknown; type?: unknown };
  const named = type === 'record' || type === 'enum' || type === 'fixed';
  if (named && typeof name === 'string' && name.includes('.')) {
    const dot = name.lastIndexOf('.');
    return { ...copy, name: name.slice(dot + 1), namespace: name.slice(0, dot) };
  }
  return copy;
}

const headers = (eventType: string) => ({
  type: 'object',
  required: ['event-type', 'content-type'],
  properties: {
    'event-type': { type: 'string', const: eventType, description: 'The event type, readable without decoding' },
    'content-type': { type: 'string', const: 'avro/binary' },
    traceparent: { type: 'string', description: 'W3C trace context of the producing span' },
    tracestate: { type: 'string', description: 'W3C trace state' },
  },
});

function message(schema: EventSchema, topic: TopicSpec) {
  const doc = (schema.schema as { fields?: { name: string; type: { doc?: string } }[] }).fields?.find(
    (f) => f.name === 'payload',
  )?.type.doc;
  return {
    name: schema.eventType,
    title: schema.eventType,
    ...(doc ? { summary: doc } : {}),
    contentType: 'avro/binary',
    description:
      `Avro single-object encoding (0xC3 0x01, the 8-byte CRC-64-AVRO fingerprint ${schema.fingerprintHex}, ` +
      'then the Avro binary of the record). Readers resolve any version in the schema store (contracts/schema-store).',
    headers: headers(schema.eventType),
    payload: { schemaFormat: AVRO, schema: splitNames(schema.schema) },
    correlationId: { location: '$message.payload#/correlationId' },
    bindings: { kafka: { key: { type: 'string', description: topic.key }, bindingVersion: KAFKA_BINDING } },
  };
}

export function asyncApiDocument(schemas: EventSchema[], version: string) {
  const topics = documentedTopics();
  const byTopic = (name: string) => schemas.filter((s) => s.topic === name);
  const seen = new Set<string>();
  for (const schema of schemas) {
    if (seen.has(schema.eventType)) throw new Error(`asyncapi: event type ${schema.eventType} is on two topics`);
    seen.add(schema.eventType);
  }
  const messages = Object.fromEntries(
    topics.flatMap((topic) => byTopic(topic.name).map((s) => [s.eventType, message(s, topic)])),
  );
  const channels = Object.fromEntries(
    topics.map((topic) => [
      channelId(topic.name),
      {
        address: topic.name,
        title: topic.name,
        description:
          `Written by ${topic.producer}; read by ${topic.consumers.join(', ') || 'no service yet'}. ` +
          `Key: ${topic.key} (one key's events stay in order). ${topic.partitions} partitions, ${retention(topic.retentionMs)}.`,
        messages: Object.fromEntries(
          byTopic(topic.name).map((s) => [s.eventType, ref(`#/components/messages/${s.eventType}`)]),
        ),
        bindings: {
          kafka: {
            topic: topic.name,
            partitions: topic.partitions,
            topicConfiguration: { 'cleanup.policy': ['delete'], 'retention.ms': topic.retentionMs },
            bindingVersion: KAFKA_BINDING,
          },
        },
      },
    ]),
  );
  const channelMessages = (topic: TopicSpec) =>
    byTopic(topic.name).map((s) => ref(`#/channels/${channelId(topic.name)}/messages/${s.eventType}`));
  const operations = Object.fromEntries(
    topics.flatMap((topic) => [
      [
        `${topic.producer}_sends_${channelId(topic.name)}`,
        {
          action: 'send',
          channel: ref(`#/channels/${channelId(topic.name)}`),
          summary: `${topic.producer} publishes ${topic.name}`,
          tags: [{ name: topic.producer }],
          messages: channelMessages(topic),
        },
      ],
      ...topic.consumers.map((group) => [
        `${group}_receives_${channelId(topic.name)}`,
        {
          action: 'receive',
          channel: ref(`#/channels/${channelId(topic.name)}`),
          summary: `${group} consumes ${topic.name} (consumer group ${group}; dead letters to dlq.${group})`,
          tags: [{ name: group }],
          messages: channelMessages(topic),
          bindings: {
            kafka: { groupId: { type: 'string', enum: [group] }, bindingVersion: KAFKA_BINDING },
          },
        },
      ]),
    ]),
  );
  return {
    asyncapi: '3.1.0',
    info: {
      title: 'Portal platform events',
      version,
      description:
        'Every Kafka topic of the portal platform: who writes it, who reads it, its key and the Avro schema of each ' +
        `event type. Generated from contracts/ by npm run contracts:gen; do not edit. Dead-letter topics: ${dlqTopics()
          .map((t) => t.name)
          .join(', ')}.`,
    },
    defaultContentType: 'avro/binary',
    servers: {
      kafka: {
        host: 'kafka:9092',
        protocol: 'kafka',
        description: 'The cluster named by KAFKA_BROKERS (docker-compose.yml, the Helm chart).',
      },
    },
    channels,
    operations,
    components: { messages },
  };
}
