import { CatalogFileError, catalogsForKind, elementKindOfSku, isRdsSku, parseCatalogFile } from './catalog';
import { seedCatalogs } from './test-fixtures';

const minimalFile = () => ({
  version: 1,
  elementKinds: [{ kind: 'fe', name: 'FE', skuPrefixes: ['FE-'] }],
  defaultElementKind: 'fe',
  catalogs: [
    {
      id: 'c1',
      name: 'C1',
      elementKinds: ['fe'],
      categories: [{ id: 'cat', name: 'Cat', articles: [{ id: 'a1', name: 'A1', fields: [] as unknown[] }] }],
    },
  ],
});

const problemsOf = (raw: unknown): string[] => {
  try {
    parseCatalogFile(raw);
  } catch (error) {
    if (error instanceof CatalogFileError) return error.problems;
    throw error;
  }
  return [];
};

describe('the seed catalog file', () => {
  it('Given the seed file, When it is loaded, Then it holds the four catalogs of domain.md', () => {
    expect(seedCatalogs.catalogs.map((c) => c.name)).toEqual([
      'Standard change catalog',
      'Manage RDS licences',
      'Manage GIN access',
      'Other requests',
    ]);
    expect(seedCatalogs.version).toBeGreaterThanOrEqual(1);
  });

  it('Given the standard catalog, Then it has quota changes and other requests, and "Make another request" needs a description', () => {
    const standard = seedCatalogs.catalogs.find((c) => c.id === 'standard')!;
    expect(standard.categories.map((c) => c.name)).toEqual(['Quota changes', 'Other requests']);
    const other = standard.categories[1]!.articles.find((a) => a.name === 'Make another request')!;
    expect(other.descriptionRequired).toBe(true);
  });

  it('Given the RDS catalog, Then add and remove each need a quantity of at least 1, and removal is bounded by the licences held', () => {
    const rds = seedCatalogs.catalogs.find((c) => c.id === 'rds-licences')!;
    const [add, remove] = rds.categories[0]!.articles;
    expect([add!.name, remove!.name]).toEqual(['Add RDS licences', 'Remove RDS licences']);
    for (const article of [add!, remove!]) {
      expect(article.fields.find((f) => f.name === 'quantity')).toMatchObject({
        type: 'integer',
        required: true,
        min: 1,
      });
    }
    expect(remove!.fields[0]!.maxFromElement).toBe('rdsLicences');
  });

  it('Given the seed file, Then at least one article needs a prior study', () => {
    expect(
      seedCatalogs.catalogs.flatMap((c) => c.categories.flatMap((k) => k.articles)).some((a) => a.needsStudy),
    ).toBe(true);
  });
});

describe('catalog file rules', () => {
  it('Given a minimal valid file, When parsed, Then defaults are filled in', () => {
    const file = parseCatalogFile(minimalFile());
    expect(file.catalogs[0]!.categories[0]!.articles[0]).toMatchObject({
      needsStudy: false,
      descriptionRequired: false,
      fields: [],
    });
    expect(file.rdsSkuPrefixes).toEqual([]);
  });

  it('Given a file that is not the right shape, When parsed, Then every path at fault is named', () => {
    expect(problemsOf({ version: 0, catalogs: [] })).toEqual(
      expect.arrayContaining([
        expect.stringContaining('version'),
        expect.stringContaining('elementKinds'),
        expect.stringContaining('catalogs'),
      ]),
    );
  });

  it('Given an unknown key, When parsed, Then it is refused', () => {
    expect(problemsOf({ ...minimalFile(), colour: 'blue' }).join()).toContain('colour');
  });

  it('Given duplicate ids and unknown kinds, When parsed, Then each problem is listed', () => {
    const file = minimalFile();
    file.elementKinds.push({ kind: 'fe', name: 'again', skuPrefixes: [] });
    file.defaultElementKind = 'nope';
    file.catalogs.push({ ...file.catalogs[0]!, elementKinds: ['ghost'] });
    const problems = problemsOf(file).join('\n');
    expect(problems).toContain('kind fe is declared twice');
    expect(problems).toContain('defaultElementKind: nope');
    expect(problems).toContain('id c1 is used twice');
    expect(problems).toContain('element kind ghost is not declared');
  });

  it('Given inconsistent field definitions, When parsed, Then each one is named', () => {
    const file = minimalFile();
    file.catalogs[0]!.categories[0]!.articles[0]!.fields = [
      { name: 'a', label: 'A', type: 'integer', min: 5, max: 1 },
      { name: 'b', label: 'B', type: 'choice' },
      { name: 'c', label: 'C', type: 'text', min: 1 },
      { name: 'd', label: 'D', type: 'boolean', options: ['x'] },
      { name: 'e', label: 'E', type: 'text', maxFromElement: 'rdsLicences' },
      { name: 'a', label: 'A again', type: 'text', minLength: 9, maxLength: 2 },
    ];
    const problems = problemsOf(file).join('\n');
    for (const expected of [
      'min is above max',
      'a choice needs options',
      'min/max only apply',
      'options only apply',
      'maxFromElement only applies',
      'field a is declared twice',
      'minLength is above maxLength',
    ]) {
      expect(problems).toContain(expected);
    }
  });

  it('Given an RDS article without a required integer quantity, When parsed, Then it is refused', () => {
    const file = minimalFile();
    Object.assign(file.catalogs[0]!.categories[0]!.articles[0]!, { rdsLicences: 'add' });
    expect(problemsOf(file).join()).toContain('rdsLicences needs a required integer field named quantity');
  });
});

describe('catalog lookups', () => {
  it('Given a Flexible Engine element, Then the four catalogs are offered; a managed service only gets Other requests', () => {
    expect(catalogsForKind(seedCatalogs, 'flexible-engine-service')).toHaveLength(4);
    expect(catalogsForKind(seedCatalogs, 'managed-service').map((c) => c.id)).toEqual(['other-requests']);
    expect(catalogsForKind(seedCatalogs, 'unknown')).toEqual([]);
  });

  it('Given SKUs, Then the element kind comes from the prefixes with the default for others, and RDS SKUs are recognised', () => {
    expect(elementKindOfSku(seedCatalogs, 'FE-TENANT')).toBe('flexible-engine-service');
    expect(elementKindOfSku(seedCatalogs, 'SUPPORT-24x7')).toBe('managed-service');
    expect(isRdsSku(seedCatalogs, 'RDS-CAL-USER')).toBe(true);
    expect(isRdsSku(seedCatalogs, 'WIN-SRV')).toBe(false);
  });
});
