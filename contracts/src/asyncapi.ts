import * as fs from 'node:fs';
import { asyncApiFile } from './paths';

let cached: unknown;

/** The generated AsyncAPI 3 document of every topic (served by each edge at /asyncapi.json). */
export function asyncApiDocument(): unknown {
  cached ??= JSON.parse(fs.readFileSync(asyncApiFile, 'utf8'));
  return cached;
}
