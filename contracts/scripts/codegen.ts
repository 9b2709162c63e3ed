// Generates contracts/src/generated/events.ts, the AsyncAPI document and the Helm chart's topic list, and records every current schema version in the schema store.
// `--check` changes nothing and fails when either is out of date (CI runs it before the tests).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { derivedFiles } from '../asyncapi/derived-files';
import { loadEventSchemas } from '../src/event-schemas';
import { generatedTypesFile } from '../src/paths';
import { SchemaStore } from '../src/schema-store';
import { renderTypeScript } from '../src/typescript-types';

const check = process.argv.includes('--check');
const schemas = loadEventSchemas();
const problems: string[] = [];

const types = renderTypeScript(schemas);
const existing = fs.existsSync(generatedTypesFile) ? fs.readFileSync(generatedTypesFile, 'utf8') : '';
if (existing !== types) {
  if (check) problems.push(`${path.relative(process.cwd(), generatedTypesFile)} is out of date`);
  else fs.writeFileSync(generatedTypesFile, types);
}

for (const { file, text } of derivedFiles(schemas)) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current === text) continue;
  if (check) problems.push(`${path.relative(process.cwd(), file)} is out of date`);
  else fs.writeFileSync(file, text);
}

for (const version of schemas) {
  const file = SchemaStore.fileFor(version);
  if (fs.existsSync(file)) continue;
  if (check) {
    problems.push(`${version.eventType} ${version.fingerprintHex} is not in the schema store`);
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(version.schema, null, 2)}\n`);
    console.log(`schema store: added ${version.topic} ${version.eventType} ${version.fingerprintHex}`);
  }
}

if (problems.length > 0) {
  console.error(`contracts are out of date (run npm run contracts:gen):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`contracts: ${schemas.length} event types ${check ? 'up to date' : 'generated'}`);
