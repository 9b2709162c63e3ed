import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { type CatalogFile, CatalogFileError, parseCatalogFile } from '../domain/catalog';

/** The catalog seed file shipped with the service (override with CATALOG_FILE). */
export const defaultCatalogFile = path.join(__dirname, '..', '..', 'catalogs', 'catalogs.yaml');

/** Reads and checks the catalog file (YAML or JSON) at start; a bad file stops the service naming every problem. */
export function loadCatalogFile(file = defaultCatalogFile): CatalogFile {
  let raw: unknown;
  try {
    const text = fs.readFileSync(file, 'utf8');
    raw = file.endsWith('.json') ? JSON.parse(text) : parse(text);
  } catch (error) {
    throw new CatalogFileError([`${file}: ${(error as Error).message}`]);
  }
  try {
    return parseCatalogFile(raw);
  } catch (error) {
    if (error instanceof CatalogFileError) throw new CatalogFileError(error.problems.map((p) => `${file}: ${p}`));
    throw error;
  }
}
