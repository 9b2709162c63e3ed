import type { Perimeter } from '../domain/inventory-from-orders';
import type { ElementSummary, PerimeterChanges } from './perimeter-index';

/** Element changes of a batch grouped by perimeter, so each perimeter is written once (its pages and head). */
export class PerimeterBatch {
  private readonly byPerimeter = new Map<string, { perimeter: Perimeter | null; changes: PerimeterChanges }>();

  /** A summary records the element in the perimeter (created if `perimeter` is given); null takes it out. */
  add(perimeterId: string, perimeter: Perimeter | null, elementId: string, summary: ElementSummary | null) {
    const entry = this.byPerimeter.get(perimeterId) ?? { perimeter: null, changes: new Map() };
    entry.perimeter ??= perimeter;
    entry.changes.set(elementId, summary);
    this.byPerimeter.set(perimeterId, entry);
  }

  map<T>(fn: (perimeterId: string, perimeter: Perimeter | null, changes: PerimeterChanges) => T): T[] {
    return [...this.byPerimeter].map(([id, { perimeter, changes }]) => fn(id, perimeter, changes));
  }
}
