import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CatalogFileError } from '../domain/catalog';
import { loadCatalogFile } from './catalog-file';

const write = (name: string, text: string) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ct-catalog-')), name);
  fs.writeFileSync(file, text);
  return file;
};

describe('loading the catalog file at start', () => {
  it('Given the shipped seed file, When loaded, Then the four catalogs are there', () => {
    expect(loadCatalogFile().catalogs).toHaveLength(4);
  });

  it('Given a JSON file, When loaded, Then it is read as JSON', () => {
    const file = write(
      'c.json',
      JSON.stringify({
        version: 2,
        elementKinds: [{ kind: 'k', name: 'K' }],
        defaultElementKind: 'k',
        catalogs: [
          {
            id: 'c',
            name: 'C',
            elementKinds: ['k'],
            categories: [{ id: 'x', name: 'X', articles: [{ id: 'a', name: 'A' }] }],
          },
        ],
      }),
    );
    expect(loadCatalogFile(file).version).toBe(2);
  });

  it('Given a missing file or broken YAML, When loaded, Then CatalogFileError names the file', () => {
    expect(() => loadCatalogFile('/nope/catalogs.yaml')).toThrow(CatalogFileError);
    const broken = write('c.yaml', 'version: [1\n');
    expect(() => loadCatalogFile(broken)).toThrow(broken);
  });

  it('Given a file breaking the rules, When loaded, Then every problem is named with the file', () => {
    const file = write('c.yaml', 'version: 1\nelementKinds: []\ndefaultElementKind: k\ncatalogs: []\n');
    try {
      loadCatalogFile(file);
      throw new Error('expected a CatalogFileError');
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogFileError);
      expect((error as CatalogFileError).problems).toEqual([
        expect.stringContaining(`${file}: elementKinds`),
        expect.stringContaining(`${file}: catalogs`),
      ]);
    }
  });
});
