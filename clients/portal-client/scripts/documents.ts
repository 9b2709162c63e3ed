import * as fs from 'node:fs';
import * as path from 'node:path';

export const clientRoot = path.resolve(__dirname, '..');
export const documentFile = (service: string) => path.join(clientRoot, 'openapi', `${service}.json`);
export const typesFile = (service: string) => path.join(clientRoot, 'src', 'generated', `${service}.ts`);

/** The committed OpenAPI document of one service, as its edge serves it at /openapi.json. */
export const readDocument = (service: string): unknown => JSON.parse(fs.readFileSync(documentFile(service), 'utf8'));

export const documentText = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;
