import fc from 'fast-check';
import {
  allowanceKeyOf,
  billingFor,
  billingMonthOf,
  freeChangesLeft,
  freeChangesPerMonthOf,
  previewBilling,
  settleReservations,
  staleReservations,
  useChange,
} from './free-changes-left';

const AT = new Date('2026-03-10T10:00:00Z');

const contract = { contractNumber: 'C-1', accountId: 'acc-acme', freeChangesPerMonth: 2, status: 'active' as const };

describe('free changes per calendar month', () => {
  it('Given instants around a month boundary (UTC), Then each counts in its own calendar month', () => {
    expect(billingMonthOf(new Date('2026-03-31T23:59:59.999Z'))).toBe('2026-03');
    expect(billingMonthOf(new Date('2026-04-01T00:00:00.000Z'))).toBe('2026-04');
  });

  it('Given an active contract, Then it gives its free changes; expired, terminated or unknown gives none', () => {
    expect(freeChangesPerMonthOf(contract)).toBe(2);
    expect(freeChangesPerMonthOf({ ...contract, status: 'expired' })).toBe(0);
    expect(freeChangesPerMonthOf({ ...contract, status: 'terminated' })).toBe(0);
    expect(freeChangesPerMonthOf(null)).toBe(0);
  });

  it('Given an element without contract, Then its changes are counted on the account', () => {
    expect(allowanceKeyOf('C-1', 'acc-acme')).toBe('C-1');
    expect(allowanceKeyOf(null, 'acc-acme')).toBe('account:acc-acme');
  });

  it('Given 2 free changes, Then the 1st and 2nd are free and the 3rd is billable', () => {
    expect([1, 2, 3].map((n) => billingFor('2026-03', 2, n).billable)).toEqual([false, false, true]);
    expect(freeChangesLeft(2, 1)).toBe(1);
    expect(freeChangesLeft(2, 5)).toBe(0);
  });

  it('Given a request already counted, When it is counted again (retried submit), Then it keeps its place', () => {
    const first = useChange(null, 'C-1', '2026-03', 'cr-1', AT);
    const second = useChange(first.usage, 'C-1', '2026-03', 'cr-2', AT);
    const again = useChange(second.usage, 'C-1', '2026-03', 'cr-1', AT);
    expect([first.ordinal, second.ordinal, again.ordinal]).toEqual([1, 2, 1]);
    expect(again.changed).toBe(false);
    expect(again.usage.usedBy).toEqual(['cr-1', 'cr-2']);
  });

  it('Given usage of an earlier month, When previewing now, Then the month starts afresh', () => {
    const march = { allowanceKey: 'C-1', month: '2026-03', usedBy: ['a', 'b', 'c'] };
    expect(previewBilling(march, null, 2, new Date('2026-04-02T00:00:00Z'))).toEqual({
      month: '2026-04',
      freeChangesPerMonth: 2,
      ordinal: 1,
      billable: false,
    });
    expect(previewBilling(march, null, 2, new Date('2026-03-20T00:00:00Z'))).toMatchObject({
      ordinal: 4,
      billable: true,
    });
    expect(previewBilling(march, 'b', 2, new Date('2026-03-20T00:00:00Z'))).toMatchObject({
      ordinal: 2,
      billable: false,
    });
  });

  it('Given any number of submissions in a month, Then exactly min(N, k) are free and they are the first N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.array(fc.uuid(), { maxLength: 25 }), (free, ids) => {
        let usage = null;
        const billable: boolean[] = [];
        for (const id of ids) {
          const used = useChange(usage, 'C-1', '2026-03', id, AT);
          usage = used.usage;
          if (used.changed) billable.push(billingFor('2026-03', free, used.ordinal).billable);
        }
        const distinct = new Set(ids).size;
        expect(billable.filter((b) => !b)).toHaveLength(Math.min(free, distinct));
        expect(billable.indexOf(true) === -1 || billable.slice(billable.indexOf(true)).every(Boolean)).toBe(true);
      }),
    );
  });
});

describe('reservations: a crash between the usage and the request gives the free change back', () => {
  const later = (ms: number) => new Date(AT.getTime() + ms);

  it('Given a change used, When the request is written and settled, Then the change stays used and is no longer reserved', () => {
    const { usage } = useChange(null, 'C-1', '2026-03', 'cr-1', AT);
    expect(usage.reservedAt).toEqual({ 'cr-1': AT.toISOString() });
    const settled = settleReservations(usage, { written: ['cr-1'], abandoned: [] });
    expect(settled.usage).toMatchObject({ usedBy: ['cr-1'], reservedAt: {} });
  });

  it('Given a reservation whose request was never written, When settled after the grace period, Then the change is given back', () => {
    const first = useChange(null, 'C-1', '2026-03', 'cr-crashed', AT).usage;
    expect(staleReservations(first, later(1_000))).toEqual([]);
    expect(staleReservations(first, later(60_000))).toEqual(['cr-crashed']);
    const settled = settleReservations(first, { written: [], abandoned: ['cr-crashed'] });
    const next = useChange(settled.usage, 'C-1', '2026-03', 'cr-2', later(60_000));
    expect(next.ordinal).toBe(1);
    expect(next.usage.usedBy).toEqual(['cr-2']);
  });

  it('Given a confirmed change, When an abandoned id names it, Then nothing is given back (only reservations can be)', () => {
    const used = useChange(null, 'C-1', '2026-03', 'cr-1', AT).usage;
    const confirmed = settleReservations(used, { written: ['cr-1'], abandoned: [] }).usage;
    expect(settleReservations(confirmed, { written: [], abandoned: ['cr-1'] }).usage.usedBy).toEqual(['cr-1']);
  });
});
