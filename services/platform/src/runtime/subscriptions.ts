import { eventTopics, topicCatalog } from '@portal/contracts';
import type { EventHandlers } from '../kafka/handlers';

/** A consumer of the service: its handler table, and the topics it reads (default: derived from the table). */
export interface ConsumerSpec {
  topics?: string[];
  handlers: EventHandlers;
}

const catalogTopics = new Set(topicCatalog.map((t) => t.name));
const topicOfEvent = eventTopics as Record<string, string>;

/** The topics the event types of a handler table are published on (contracts' catalog), sorted. */
export function topicsOf(handlers: EventHandlers): string[] {
  return [...new Set(Object.keys(handlers).map((type) => topicOfEvent[type] ?? `(unknown event type ${type})`))].sort();
}

/**
 * The topics a service subscribes to, checked at start so a typo fails fast instead of silently reading nothing:
 * every listed topic is in the topic catalog, and every handled event type is an event of a subscribed topic. The
 * access projection's account.events.v1 is always subscribed.
 */
export function subscribedTopics(service: string, consumers: readonly ConsumerSpec[]): string[] {
  const topics = new Set<string>(['account.events.v1']); // the access projection: every service reads it
  for (const consumer of consumers) {
    for (const topic of consumer.topics ?? topicsOf(consumer.handlers)) {
      if (!catalogTopics.has(topic))
        throw new Error(
          `${service}: subscribes to ${topic}, which is not in the topic catalog (contracts/src/topics.ts)`,
        );
      topics.add(topic);
    }
  }
  for (const type of consumers.flatMap((c) => Object.keys(c.handlers))) {
    const topic = topicOfEvent[type];
    if (!topic) throw new Error(`${service}: handles ${type}, which is no event type of the contracts`);
    if (!topics.has(topic)) throw new Error(`${service}: handles ${type} but does not subscribe to its topic ${topic}`);
  }
  return [...topics].sort();
}
