/**
 * How a sales order is stored. FerretDB decodes every value of a document on each insert and update, and an order
 * used to hold its lines twice (the booking's facts and the derived view), so an ERP burst cost ~3 ms per order in
 * the database alone. Now the facts are stored once, their lists (booking with its lines, shipments, export holds)
 * packed into one binary value, and the view is derived from them in memory on read (`deriveView` is pure, so it is
 * the view that was published). Kept as fields: what queries, indexes and operators look at (`view.accountId`,
 * `view.contractNumber`, `view.placedAt`, `view.status`, `view.webOrderNumber`; the confirm/cancel times).
 * A document stored before (no `packed` field, the whole view stored) is read as it is and rewritten in the new
 * layout by its next change: no migration is needed.
 */
import { type DocumentShape, packed, unpacked } from '@portal/platform';
import { deriveView, type SalesOrderFacts, type SalesOrderState, type SalesOrderView } from '../domain/sales-order';

type PackedFacts = Pick<SalesOrderFacts, 'booked' | 'shipments' | 'holdsPlaced' | 'holdsReleased'>;

/** The view's fields that list queries filter and sort on (the indexes name them). */
const queried = (view: SalesOrderView) => ({
  accountId: view.accountId,
  contractNumber: view.contractNumber,
  webOrderNumber: view.webOrderNumber,
  placedAt: view.placedAt,
  status: view.status,
});

export const salesOrderDocument: DocumentShape<SalesOrderState> = {
  toFields(state) {
    const { booked, shipments, holdsPlaced, holdsReleased, view, ...scalars } = state;
    const lists: PackedFacts = { booked, shipments, holdsPlaced, holdsReleased };
    return { ...scalars, view: view && queried(view), packed: packed(lists) };
  },
  fromFields(fields) {
    if (!('packed' in fields)) return fields as unknown as SalesOrderState; // stored before: the view is whole
    const { packed: bytes, view: _queried, revision, ...scalars } = fields;
    const lists = unpacked<PackedFacts>(bytes);
    const { orderNumber, accountId, confirmedAt, cancelledAt, cancelReason } = scalars as unknown as SalesOrderFacts;
    // The domain's field order (its change detection compares serialized facts).
    const facts: SalesOrderFacts = {
      orderNumber,
      accountId,
      booked: lists.booked,
      shipments: lists.shipments,
      confirmedAt,
      cancelledAt,
      cancelReason,
      holdsPlaced: lists.holdsPlaced,
      holdsReleased: lists.holdsReleased,
    };
    return { ...facts, view: deriveView(facts), revision: revision as number };
  },
};
