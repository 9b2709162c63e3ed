import fs from 'node:fs';
import path from 'node:path';
import { topicCatalog } from '@portal/contracts';

/**
 * The AsyncAPI document and the chart take "who reads what" from the topic catalog; each service's definition
 * names the topics it consumes. Every topic a definition names must list that service as a consumer in the catalog.
 */
const repoRoot = path.resolve(__dirname, '..', '..');
const services = ['order', 'change-ticket', 'licensing', 'notification', 'account'];
const topicNames = new Set(topicCatalog.map((t) => t.name));

function consumedInDefinition(service: string): string[] {
  const source = fs.readFileSync(path.join(repoRoot, 'services', service, 'src', 'service.ts'), 'utf8');
  const consumers = source.slice(source.indexOf('consumers:'));
  return [...consumers.matchAll(/'([a-z0-9.-]+\.v\d+)'/g)].map((m) => m[1]!).filter((name) => topicNames.has(name));
}

describe('the topic catalog names every consumer the services define', () => {
  it.each(services)('%s', (service) => {
    const consumed = consumedInDefinition(service);
    expect(consumed.length).toBeGreaterThan(0);
    const notInCatalog = consumed.filter(
      (topic) => !topicCatalog.find((t) => t.name === topic)?.consumers.includes(service),
    );
    expect(notInCatalog).toEqual([]);
  });
});
