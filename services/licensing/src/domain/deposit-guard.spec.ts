import fc from 'fast-check';
import {
  depositGuard,
  noConditions,
  onExportHold,
  recordFact,
  type DepositConditions,
  type OrderFact,
  type OrderLine,
} from './deposit-guard';

const lines: OrderLine[] = [
  { lineNumber: 1, sku: 'SW-DNA-ADV', kind: 'software', quantity: 10 },
  { lineNumber: 2, sku: 'C9300-48P', kind: 'hardware', quantity: 2 },
  { lineNumber: 3, sku: 'SUB-UMB', kind: 'subscription', quantity: 5 },
];
const target = { smartAccountId: 'sa-acme', holdingAccount: false };
const t = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
const fold = (facts: OrderFact[]) => facts.reduce(recordFact, noConditions());

/** The order service's snapshots of one order, as progress facts: booked with a hold, shipped, confirmed, released. */
const progress = (revision: number, p: Partial<Omit<OrderFact & { kind: 'sales-order' }, 'kind'>> = {}): OrderFact => ({
  kind: 'sales-order',
  revision,
  shippedAt: null,
  confirmedAt: null,
  cancelledAt: null,
  exportHold: false,
  ...p,
});
const holdPlaced = progress(1, { exportHold: true });
const shipped = progress(2, { exportHold: true, shippedAt: t(10) });
const confirmed = progress(3, { exportHold: true, shippedAt: t(10), confirmedAt: t(20) });
const holdReleased = progress(4, { shippedAt: t(10), confirmedAt: t(20) });
const activated: OrderFact = { kind: 'smart-account-active', smartAccountId: 'sa-acme' };
const clearing = [holdReleased, activated];

describe('deposit guard', () => {
  it('Given every condition holds, When the guard runs, Then every licence line (not hardware) is deposited', () => {
    const verdict = depositGuard({
      conditions: fold([holdPlaced, ...clearing]),
      lines,
      target,
      depositedLineNumbers: [],
    });
    expect(verdict).toEqual({ verdict: 'deposit', lines: [lines[0], lines[2]] });
  });

  it('Given nothing happened yet, When the guard runs, Then it waits for shipment and the Smart Account', () => {
    expect(depositGuard({ conditions: noConditions(), lines, target, depositedLineNumbers: [] })).toEqual({
      verdict: 'wait',
      reasons: ['awaiting-shipment', 'smart-account-pending'],
    });
  });

  it('Given shipped but not confirmed, When the guard runs, Then it waits for confirmation', () => {
    const verdict = depositGuard({
      conditions: fold([progress(2, { shippedAt: t(10) }), activated]),
      lines,
      target,
      depositedLineNumbers: [],
    });
    expect(verdict).toEqual({ verdict: 'wait', reasons: ['awaiting-confirmation'] });
  });

  it('Given an export hold, When the guard runs, Then it waits with export-hold', () => {
    const verdict = depositGuard({
      conditions: fold([shipped, confirmed, activated, holdPlaced]),
      lines,
      target,
      depositedLineNumbers: [],
    });
    expect(verdict).toEqual({ verdict: 'wait', reasons: ['export-hold'] });
  });

  it('Given a hold placed again after its release, When folded in any order, Then the order is on hold again', () => {
    const again = progress(5, { exportHold: true, shippedAt: t(10), confirmedAt: t(20) });
    expect(onExportHold(fold([holdPlaced, holdReleased, again]))).toBe(true);
    expect(onExportHold(fold([again, holdReleased, holdPlaced]))).toBe(true);
  });

  it('Given the release, When an older snapshot with the hold arrives late, Then the order is not on hold', () => {
    expect(onExportHold(fold([holdReleased, holdPlaced]))).toBe(false);
  });

  it('Given an order stored before the snapshots, on hold by the ERP times, When read, Then it is on hold until its first snapshot', () => {
    const before = { ...noConditions(), revision: undefined, holdPlacedAt: t(5), holdReleasedAt: t(1) };
    const stored = before as unknown as DepositConditions;
    expect(onExportHold(stored)).toBe(true);
    expect(onExportHold({ ...stored, holdReleasedAt: t(9) } as DepositConditions)).toBe(false);
    expect(onExportHold(recordFact(stored, holdReleased))).toBe(false);
  });

  it('Given a partner holding account, When every order condition holds, Then nothing is deposited', () => {
    const verdict = depositGuard({
      conditions: fold(clearing),
      lines,
      target: { smartAccountId: 'sa-hold', holdingAccount: true },
      depositedLineNumbers: [],
    });
    expect(verdict).toEqual({ verdict: 'wait', reasons: ['partner-holding-account'] });
  });

  it('Given a cancelled order, When the guard runs, Then it never deposits', () => {
    const verdict = depositGuard({
      conditions: fold([...clearing, progress(5, { shippedAt: t(10), confirmedAt: t(20), cancelledAt: t(50) })]),
      lines,
      target,
      depositedLineNumbers: [],
    });
    expect(verdict).toEqual({ verdict: 'wait', reasons: ['order-cancelled'] });
  });

  it('Given the booking is not known yet, When the guard runs, Then it waits for the booking', () => {
    expect(depositGuard({ conditions: fold(clearing), lines: null, target, depositedLineNumbers: [] })).toEqual({
      verdict: 'wait',
      reasons: ['awaiting-booking'],
    });
  });

  it('Given no assignment, or every line deposited, When the guard runs, Then it is idle', () => {
    expect(depositGuard({ conditions: fold(clearing), lines, target: null, depositedLineNumbers: [] })).toEqual({
      verdict: 'idle',
    });
    expect(depositGuard({ conditions: fold(clearing), lines, target, depositedLineNumbers: [1, 3] })).toEqual({
      verdict: 'idle',
    });
  });

  it('Given hardware only, When the guard runs, Then there is nothing to deposit', () => {
    expect(depositGuard({ conditions: fold(clearing), lines: [lines[1]!], target, depositedLineNumbers: [] })).toEqual({
      verdict: 'idle',
    });
  });

  describe('properties over arrival orders', () => {
    /** Every arrival of the four snapshots and the activation, with duplicates. */
    const all = [holdPlaced, shipped, confirmed, holdReleased, activated];
    const arrivals = fc
      .array(fc.constantFrom(...all), { minLength: 0, maxLength: 14 })
      .chain((extra) =>
        fc.shuffledSubarray([...all, ...extra], { minLength: 5 + extra.length, maxLength: 5 + extra.length }),
      );

    /** Runs the guard after each arrival and applies its deposits, like the aggregate does. */
    const replay = (facts: OrderFact[]) => {
      let conditions: DepositConditions = noConditions();
      const deposited: number[] = [];
      const log: { step: number; lines: number[] }[] = [];
      facts.forEach((fact, step) => {
        conditions = recordFact(conditions, fact);
        const verdict = depositGuard({ conditions, lines, target, depositedLineNumbers: deposited });
        if (verdict.verdict === 'deposit') {
          deposited.push(...verdict.lines.map((l) => l.lineNumber));
          log.push({ step, lines: verdict.lines.map((l) => l.lineNumber) });
        }
      });
      return { deposited, log, conditions };
    };

    it('Given any arrival order with duplicates, When the release and the activation arrived, Then each licence line is deposited exactly once', () => {
      fc.assert(
        fc.property(arrivals, (facts) => {
          const { deposited } = replay(facts);
          expect([...deposited].sort()).toEqual([1, 3]);
        }),
        { numRuns: 500 },
      );
    });

    it('Given any arrival order, When replayed, Then the deposit happens when both the release and the activation have arrived', () => {
      fc.assert(
        fc.property(arrivals, (facts) => {
          const { log } = replay(facts);
          const first = Math.max(facts.indexOf(holdReleased), facts.indexOf(activated));
          expect(log).toEqual([{ step: first, lines: [1, 3] }]);
        }),
        { numRuns: 500 },
      );
    });

    it('Given any arrival order missing the release or the activation, When replayed, Then nothing is deposited', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...clearing),
          fc.array(fc.constantFrom(...all), { maxLength: 12 }),
          (missing, facts) => {
            const { deposited } = replay(facts.filter((f) => f !== missing));
            expect(deposited).toEqual([]);
          },
        ),
        { numRuns: 300 },
      );
    });

    it('Given any two arrival orders of the same facts, When folded, Then the conditions are equal (commutative, idempotent)', () => {
      fc.assert(
        fc.property(arrivals, arrivals, (a, b) => {
          expect(fold(a)).toEqual(fold(b));
        }),
        { numRuns: 300 },
      );
    });
  });
});
