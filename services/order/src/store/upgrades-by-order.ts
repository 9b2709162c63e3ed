import type { Collection } from 'mongodb';
import { documentLocks, type EdgeReads } from '@portal/platform';

interface OrderRequestsDoc {
  _id: string;
  requestIds: string[];
}

/**
 * The upgrade requests of each sales order, one document per order: the order page and the serial-number checks
 * read it by `_id` and then each request by `_id`, instead of filtering the requests collection on `orderNumber`
 * (which FerretDB answers by decoding every request). A request's id is added before the request is first
 * written, so no stored request is missing from it; an id whose write then failed is skipped when read.
 */
export class UpgradesByOrder {
  constructor(
    private readonly docs: Collection<OrderRequestsDoc>,
    /** The same collection on the read pool, for the edge's reads. */
    private readonly reads: Collection<OrderRequestsDoc> = docs,
    /** Cached by-`_id` reads, told of every write made here. */
    private readonly edgeReads?: EdgeReads,
  ) {}

  async add(orderNumber: string, requestId: string): Promise<void> {
    await documentLocks.run(`${this.docs.dbName}/${this.docs.collectionName}/${orderNumber}`, () =>
      this.docs.updateOne({ _id: orderNumber }, { $addToSet: { requestIds: requestId } }, { upsert: true }),
    );
    this.edgeReads?.changed(this.docs, orderNumber);
  }

  async requestIds(orderNumbers: string[]): Promise<string[]> {
    const read = (n: string) => (this.edgeReads ? this.edgeReads.byId(this.reads, n) : this.reads.findOne({ _id: n }));
    const docs = await Promise.all([...new Set(orderNumbers)].map(read));
    return docs.flatMap((d) => d?.requestIds ?? []);
  }

  /** Lists the requests stored before this index existed (a scan, once, at start). */
  async rebuildIfMissing(requests: Collection<{ _id: string; orderNumber: string }>): Promise<void> {
    if ((await this.docs.findOne({})) !== null) return;
    for await (const r of requests.find({}, { projection: { _id: 1, orderNumber: 1 } }))
      if (r.orderNumber) await this.add(r.orderNumber, r._id);
  }
}
