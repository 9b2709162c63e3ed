import * as path from 'node:path';

export const contractsRoot = path.resolve(__dirname, '..');
export const schemasDir = path.join(contractsRoot, 'schemas');
export const schemaStoreDir = path.join(contractsRoot, 'schema-store');
export const generatedTypesFile = path.join(contractsRoot, 'src', 'generated', 'events.ts');
/** The platform's AsyncAPI document, generated from the schemas and the topic catalog. */
export const asyncApiFile = path.join(contractsRoot, 'asyncapi.json');
