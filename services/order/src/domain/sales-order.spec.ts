import fc from 'fast-check';
import { at, booked } from './__fixtures__/sales-order-facts';
import {
  deriveView,
  exportHoldInForce,
  recordSalesOrderFact,
  type SalesOrderFact,
  type SalesOrderState,
} from './sales-order';
import type { FactSource } from './types';

const src = (eventId: string, occurredAt = at('01T00:00:00')): FactSource => ({
  eventId,
  occurredAt,
  accountId: 'acc-acme',
});

const shipped: SalesOrderFact = {
  kind: 'shipped',
  shippedAt: at('03T00:00:00'),
  shipments: [{ lineNumber: 1, sku: 'HW-R740', serialNumbers: ['SN-3', 'SN-4'], warrantyEndsOn: '2029-11-03' }],
};
const confirmed: SalesOrderFact = { kind: 'confirmed', confirmedAt: at('04T00:00:00') };
const cancelled: SalesOrderFact = { kind: 'cancelled', cancelledAt: at('05T00:00:00'), reason: 'customer' };
const holdPlaced: SalesOrderFact = { kind: 'export-hold-placed', placedAt: at('02T00:00:00'), reason: 'export review' };
const holdReleased: SalesOrderFact = { kind: 'export-hold-released', releasedAt: at('02T12:00:00') };

function replay(facts: [SalesOrderFact, FactSource][]) {
  let state: SalesOrderState | null = null;
  const events: { type: string; payload: { revision: number } }[] = [];
  for (const [fact, source] of facts) {
    const result = recordSalesOrderFact(state, 'SO-1', fact, source);
    if (result) {
      state = result.state;
      events.push(...result.events);
    }
  }
  return { state, events };
}

describe('sales order facts', () => {
  it('Given a new order, When SalesOrderBooked arrives, Then SalesOrderRecorded carries the full snapshot with status booked', () => {
    const { state, events } = replay([[booked(), src('e1')]]);
    expect(state!.view!.status).toBe('booked');
    expect(events).toEqual([
      {
        type: 'SalesOrderRecorded',
        payload: expect.objectContaining({
          orderNumber: 'SO-1',
          status: 'booked',
          shipped: false,
          confirmed: false,
          exportHold: false,
          revision: 1,
          webOrderNumber: 'W-1',
          contractNumber: 'C-1001',
        }),
      },
    ]);
  });

  it('Given a booked order shipped in two parts and then cancelled, When the snapshot is published, Then it carries each shipment as the ERP reported it and the cancellation reason', () => {
    const secondShipment: SalesOrderFact = {
      kind: 'shipped',
      shippedAt: at('06T00:00:00'),
      shipments: [{ lineNumber: 1, sku: 'HW-R740', serialNumbers: ['SN-5'], warrantyEndsOn: null }],
    };
    // Arrival order differs from ERP time: the snapshot lists the shipments oldest first anyway.
    const { events } = replay([
      [booked(), src('e1')],
      [secondShipment, src('e3')],
      [shipped, src('e2')],
      [cancelled, src('e4')],
    ]);
    const last = events[events.length - 1]!.payload as unknown as Record<string, unknown>;
    expect(last).toMatchObject({
      status: 'cancelled',
      cancelReason: 'customer',
      shipments: [
        {
          shippedAt: at('03T00:00:00'),
          lines: [expect.objectContaining({ lineNumber: 1, serialNumbers: ['SN-3', 'SN-4'] })],
        },
        { shippedAt: at('06T00:00:00'), lines: [expect.objectContaining({ lineNumber: 1, serialNumbers: ['SN-5'] })] },
      ],
    });
  });

  it('Given a booked order, When shipped then confirmed, Then each publishes SalesOrderUpdated with the derived status and merged serials', () => {
    const { state, events } = replay([
      [booked(), src('e1')],
      [shipped, src('e2')],
      [confirmed, src('e3')],
    ]);
    expect(
      events.map((e) => [e.type, (e.payload as unknown as { status: string }).status, e.payload.revision]),
    ).toEqual([
      ['SalesOrderRecorded', 'booked', 1],
      ['SalesOrderUpdated', 'shipped', 2],
      ['SalesOrderUpdated', 'confirmed', 3],
    ]);
    expect(state!.view!.lines[0]!.serialNumbers).toEqual(['SN-1', 'SN-2', 'SN-3', 'SN-4']);
    expect(state!.view!.lineWarranties).toEqual([{ lineNumber: 1, warrantyEndsOn: '2029-11-03' }]);
    expect(state!.view).toMatchObject({ shipped: true, confirmed: true });
  });

  it('Given a recorded fact, When the same event is applied again, Then nothing changes', () => {
    const first = replay([
      [booked(), src('e1')],
      [shipped, src('e2')],
    ]).state!;
    expect(recordSalesOrderFact(first, 'SO-1', shipped, src('e2'))).toBeNull();
  });

  it('Given a confirmed order, When the ERP resends the confirmation under a new id, Then no event is published', () => {
    const first = replay([
      [booked(), src('e1')],
      [confirmed, src('e2')],
    ]).state!;
    const again = recordSalesOrderFact(first, 'SO-1', confirmed, src('e3'));
    expect(again?.events ?? []).toEqual([]);
  });

  it('Given SalesOrderShipped before SalesOrderBooked, When both arrive, Then nothing is published until the booking, then one SalesOrderRecorded with status shipped', () => {
    const early = recordSalesOrderFact(null, 'SO-1', shipped, src('e2'))!;
    expect(early.events).toEqual([]);
    expect(early.state.view).toBeNull();
    const { events } = recordSalesOrderFact(early.state, 'SO-1', booked(), src('e1'))!;
    expect(events).toEqual([
      { type: 'SalesOrderRecorded', payload: expect.objectContaining({ status: 'shipped', shipped: true }) },
    ]);
  });

  it('Given an older re-booking arriving late, When applied, Then the newer booking stays', () => {
    const { state } = replay([
      [booked({ currency: 'USD' }), src('e2', at('02T00:00:00'))],
      [booked({ currency: 'EUR' }), src('e1', at('01T00:00:00'))],
    ]);
    expect(state!.view!.currency).toBe('USD');
  });

  it('Given a cancellation, When applied, Then the status is cancelled whatever else is known', () => {
    const { state } = replay([
      [booked(), src('e1')],
      [shipped, src('e2')],
      [cancelled, src('e3')],
      [confirmed, src('e4')],
    ]);
    expect(state!.view!.status).toBe('cancelled');
  });

  it('Given holds placed and released, When derived, Then the hold is in force only after the latest placement', () => {
    expect(exportHoldInForce({ holdsPlaced: [{ at: at('02T00:00:00'), reason: null }], holdsReleased: [] })).toBe(true);
    expect(
      exportHoldInForce({ holdsPlaced: [{ at: at('02T00:00:00'), reason: null }], holdsReleased: [at('02T12:00:00')] }),
    ).toBe(false);
    expect(
      exportHoldInForce({
        holdsPlaced: [
          { at: at('02T00:00:00'), reason: null },
          { at: at('03T00:00:00'), reason: null },
        ],
        holdsReleased: [at('02T12:00:00')],
      }),
    ).toBe(true);
    const { state } = replay([
      [booked(), src('e1')],
      [holdPlaced, src('e2')],
    ]);
    expect(state!.view).toMatchObject({ exportHold: true, exportHoldReason: 'export review' });
  });

  it('Given a release arriving before its placement, When both are applied, Then the hold is not in force', () => {
    const { state } = replay([
      [booked(), src('e1')],
      [holdReleased, src('e3')],
      [holdPlaced, src('e2')],
    ]);
    expect(state!.view!.exportHold).toBe(false);
  });

  it('Given a booking, When derived, Then the order total is the sum of the lines in minor units', () => {
    const view = replay([[booked(), src('e1')]]).state!.view!;
    expect(view.total).toEqual({ amountMinor: 3 * 400000 + 10 * 10000 + 50000 + 2 * 1000, currency: 'EUR' });
  });

  const all: [SalesOrderFact, FactSource][] = [
    [booked(), src('e1', at('01T00:00:00'))],
    [holdPlaced, src('e2', at('02T00:00:00'))],
    [holdReleased, src('e3', at('02T12:00:00'))],
    [shipped, src('e4', at('03T00:00:00'))],
    [confirmed, src('e5', at('04T00:00:00'))],
    [booked({ term: { startDate: '2026-11-01', endDate: '2027-10-31' } }), src('e6', at('04T12:00:00'))],
  ];
  const inOrder = replay(all);

  it('Given any arrival order of the ERP facts (with duplicates), When all are applied, Then the order ends in the same state and its last published snapshot is that state', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }),
        fc.array(fc.integer({ min: 0, max: all.length - 1 }), { maxLength: 4 }),
        (shuffled, dupes) => {
          const sequence = [...shuffled, ...dupes.map((i) => all[i]!)];
          const { state, events } = replay(sequence);
          expect(state!.view).toEqual(inOrder.state!.view);
          expect(events.filter((e) => e.type === 'SalesOrderRecorded')).toHaveLength(1);
          const last = events[events.length - 1]!.payload as unknown as Record<string, unknown>;
          expect(last.status).toBe('confirmed');
          expect(last.term).toEqual({ startDate: '2026-11-01', endDate: '2027-10-31' });
          expect(events.map((e) => e.payload.revision)).toEqual(events.map((_, i) => i + 1));
        },
      ),
    );
  });

  it('Given facts without a booking, When derived, Then there is no view', () => {
    expect(
      deriveView({
        orderNumber: 'SO-1',
        accountId: 'a',
        booked: null,
        shipments: [],
        confirmedAt: null,
        cancelledAt: null,
        cancelReason: null,
        holdsPlaced: [],
        holdsReleased: [],
      }),
    ).toBeNull();
  });
});
