import { inventoryOfSnapshot, newestPerOrder, orderChanges, supersedes } from './order-snapshots';
import { seedCatalogs } from './test-fixtures';

const snapshot = (revision: number, lines: number[], contractNumber: string | null = 'C-1') => ({
  orderNumber: 'SO-1',
  accountId: 'acc-acme',
  contractNumber,
  revision,
  cancelled: false,
  lines: lines.map((lineNumber) => ({
    lineNumber,
    kind: 'service' as const,
    sku: 'FE-TENANT',
    description: `line ${lineNumber}`,
    quantity: 1,
  })),
});

describe('order snapshots as inventory', () => {
  it('Given snapshots of one order out of order and duplicated, Then the newest revision is the one kept', () => {
    const all = [3, 1, 5, 5, 2].map((r) => ({ orderNumber: 'SO-1', revision: r, tag: r }));
    const other = { orderNumber: 'SO-2', revision: 0, tag: 0 };
    expect(newestPerOrder([...all, other])).toEqual([{ orderNumber: 'SO-1', revision: 5, tag: 5 }, other]);
  });

  it('Given the revision applied, Then only a newer one supersedes it', () => {
    expect(supersedes(null, { revision: 0 })).toBe(true);
    expect(supersedes({ revision: 2 }, { revision: 2 })).toBe(false);
    expect(supersedes({ revision: 2 }, { revision: 1 })).toBe(false);
    expect(supersedes({ revision: 2 }, { revision: 3 })).toBe(true);
  });

  it('Given a later snapshot without a line and under another contract, Then its element retires and the order leaves the old perimeter', () => {
    const first = inventoryOfSnapshot(snapshot(1, [10, 20]), seedCatalogs);
    const applied = orderChanges(null, first).remembered;
    const later = orderChanges(applied, inventoryOfSnapshot(snapshot(2, [10], 'C-2'), seedCatalogs));
    expect(later.retiredIds).toEqual(['SO-1-20']);
    expect(later.leftPerimeterIds).toEqual(['C-1']);
    expect(later.remembered).toEqual({ revision: 2, elementIds: ['SO-1-10', 'SO-1-20'], perimeterIds: ['C-1', 'C-2'] });
  });

  it('Given a snapshot with one line number twice, Then it is refused (dead-lettered, never merged)', () => {
    expect(() => inventoryOfSnapshot(snapshot(1, [10, 10]), seedCatalogs)).toThrow('line 10 appears twice');
  });
});
