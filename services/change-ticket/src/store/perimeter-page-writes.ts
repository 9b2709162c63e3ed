import type { AnyBulkWriteOperation, Collection } from 'mongodb';
import { bulkInChunks } from '@portal/platform';
import type { PerimeterPageDocument } from './perimeter-index';
import type { PageWrite } from './perimeter-pages';

/** Writes pages of a perimeter: a page a split created whole (its id is new), the others field by field. */
export async function writePages(
  pages: Collection<PerimeterPageDocument>,
  perimeterId: string,
  writes: PageWrite[],
): Promise<void> {
  const operations = writes.map((w): AnyBulkWriteOperation<PerimeterPageDocument> => {
    if (w.created)
      return { replaceOne: { filter: { _id: w.id }, replacement: { perimeterId, elements: w.set }, upsert: true } };
    const update: Record<string, Record<string, unknown>> = {
      $set: { perimeterId, ...Object.fromEntries(Object.entries(w.set).map(([k, s]) => [`elements.${k}`, s])) },
    };
    if (w.unset.length) update.$unset = Object.fromEntries(w.unset.map((k) => [`elements.${k}`, '']));
    return { updateOne: { filter: { _id: w.id }, update, upsert: true } };
  });
  await bulkInChunks(pages, operations);
}
