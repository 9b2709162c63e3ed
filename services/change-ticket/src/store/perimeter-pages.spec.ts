import { applyToPage, encodeKey, inRange, PAGE_SIZE, pageIndexOf, type PageRef } from './perimeter-pages';

const ref = (id: string, from: string, count = 0): PageRef => ({ id, from, count, active: count });
const active = { kind: 'k', active: true };

describe('perimeter pages', () => {
  const pages = [ref('P:0', ''), ref('P:b', 'SO-2'), ref('P:c', 'SO-5')];

  it('Given pages by id range, Then an id belongs to the last page starting at or before it', () => {
    expect(pageIndexOf(pages, 'SO-1')).toBe(0);
    expect(pageIndexOf(pages, 'SO-2')).toBe(1);
    expect(pageIndexOf(pages, 'SO-4-10')).toBe(1);
    expect(pageIndexOf(pages, 'SO-9')).toBe(2);
    expect(inRange(pages, 1, 'SO-5')).toBe(false);
    expect(inRange(pages, 2, 'SO-5')).toBe(true);
  });

  it('Given changes to a page, Then only changed fields are written and counts follow; keys outside its range are dropped', () => {
    const stored = { 'SO-2-1': active, 'SO-3-1': active, 'SO-7-1': active };
    const changes = new Map([
      ['SO-2-1', active],
      ['SO-3-1', null],
      ['SO-4.1', { kind: 'k', active: false }],
    ]);
    const result = applyToPage('P', pages, 1, stored, changes);
    expect(result.refs).toEqual([{ id: 'P:b', from: 'SO-2', count: 2, active: 1 }]);
    expect(result.writes).toEqual([
      {
        id: 'P:b',
        set: { [encodeKey('SO-4.1')]: { kind: 'k', active: false } },
        unset: ['SO-7-1', 'SO-3-1'],
        created: false,
      },
    ]);
    expect(applyToPage('P', pages, 1, { 'SO-2-1': active }, new Map([['SO-2-1', active]])).writes).toEqual([]);
  });

  it('Given a page past its size, Then it splits into half pages by id, new ones named, moved keys cleaned after', () => {
    const ids = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => `SO-${String(i).padStart(4, '0')}`);
    const result = applyToPage('P', [ref('P:0', '')], 0, {}, new Map(ids.map((id) => [id, active])));
    expect(result.refs.map((r) => [r.from, r.count])).toEqual([
      ['', PAGE_SIZE / 2],
      [ids[PAGE_SIZE / 2], PAGE_SIZE / 2],
      [ids[PAGE_SIZE], 1],
    ]);
    expect(result.refs[0]!.id).toBe('P:0');
    expect(result.writes.filter((w) => w.created).map((w) => Object.keys(w.set).length)).toEqual([PAGE_SIZE / 2, 1]);
    expect(result.cleanUp).toEqual(ids.slice(PAGE_SIZE / 2));
  });
});
