import * as fs from 'node:fs';
import * as path from 'node:path';
import { EventSchema } from '../src/event-schemas';
import { asyncApiFile, contractsRoot } from '../src/paths';
import { dlqTopics } from '../src/topics';
import { asyncApiDocument, documentedTopics } from './document';

export interface DerivedFile {
  file: string;
  text: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const chartTopicsFile = path.join(contractsRoot, '..', 'deploy', 'helm', 'portal', 'files', 'topics.json');

/** Files generated from the contracts besides the TypeScript types: written by contracts:gen, compared by --check. */
export function derivedFiles(schemas: EventSchema[]): DerivedFile[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(contractsRoot, 'package.json'), 'utf8')) as { version: string };
  const version = manifest.version;
  const topics = [
    ...documentedTopics().map(({ name, partitions, retentionMs }) => ({ name, partitions, retentionMs })),
    ...dlqTopics(),
  ];
  return [
    { file: asyncApiFile, text: json(asyncApiDocument(schemas, version)) },
    { file: chartTopicsFile, text: json({ generatedFrom: 'contracts/src/topics.ts (npm run contracts:gen)', topics }) },
  ];
}
