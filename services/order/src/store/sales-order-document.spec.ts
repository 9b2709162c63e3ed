import { BSON } from 'mongodb';
import { at, booked } from '../domain/__fixtures__/sales-order-facts';
import { recordSalesOrderFact, type SalesOrderFact, type SalesOrderState } from '../domain/sales-order';
import { salesOrderDocument } from './sales-order-document';

const source = (eventId: string) => ({ eventId, occurredAt: at('01T00:00:00'), accountId: 'acc-acme' });
const facts: SalesOrderFact[] = [
  booked(),
  {
    kind: 'shipped',
    shippedAt: at('03T00:00:00'),
    shipments: [{ lineNumber: 1, sku: 'HW-R740', serialNumbers: ['SN-3'], warrantyEndsOn: '2029-11-03' }],
  },
  { kind: 'export-hold-placed', placedAt: at('02T00:00:00'), reason: 'export review' },
  { kind: 'cancelled', cancelledAt: at('05T00:00:00'), reason: 'customer' },
];

function stateAfter(count: number): SalesOrderState {
  let state: SalesOrderState | null = null;
  facts.slice(0, count).forEach((fact, i) => {
    state = recordSalesOrderFact(state, 'SO-1', fact, source(`e-${i}`))?.state ?? state;
  });
  return state!;
}

/** What the database hands back: the fields through BSON, as the driver reads them. */
const stored = (fields: object) => BSON.deserialize(BSON.serialize(fields)) as Record<string, unknown>;

describe('salesOrderDocument', () => {
  it.each([1, 2, 3, 4])('Given an order after %i facts, When stored and read back, Then the state is the same', (n) => {
    const state = stateAfter(n);
    expect(salesOrderDocument.fromFields(stored(salesOrderDocument.toFields(state)))).toEqual(state);
  });

  it('Given an order, When stored, Then its lines are stored once (packed) and only the queried view fields are fields', () => {
    const fields = stored(salesOrderDocument.toFields(stateAfter(2))) as { view: object; booked?: unknown };
    expect(fields.booked).toBeUndefined();
    expect(Object.keys(fields.view).sort()).toEqual([
      'accountId',
      'contractNumber',
      'placedAt',
      'status',
      'webOrderNumber',
    ]);
    expect(fields).toMatchObject({ orderNumber: 'SO-1', accountId: 'acc-acme', revision: 2 });
  });

  it('Given a document stored before (facts and the whole view as fields), When read, Then it is the state as stored', () => {
    const state = stateAfter(3);
    expect(salesOrderDocument.fromFields(stored(state))).toEqual(state);
  });

  it('Given a state read back, When a further fact is recorded, Then the events are those of the original state', () => {
    const state = stateAfter(2);
    const readBack = salesOrderDocument.fromFields(stored(salesOrderDocument.toFields(state)));
    const fact = facts[3]!;
    expect(recordSalesOrderFact(readBack, 'SO-1', fact, source('e-9'))).toEqual(
      recordSalesOrderFact(state, 'SO-1', fact, source('e-9')),
    );
  });
});
