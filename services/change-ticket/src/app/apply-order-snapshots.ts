import type { CatalogFile } from '../domain/catalog';
import { inventoryOfSnapshot, type OrderInventory } from '../domain/order-snapshots';
import type { BookedOrder } from '../domain/inventory-from-orders';
import type { InventoryStore } from '../store/inventory-store';
import { WriteRounds } from './write-rounds';

/** An order snapshot as order.events.v1 carries it (the fields the inventory reads). */
export type OrderSnapshot = BookedOrder & { revision: number; cancelled: boolean };

/**
 * Inventory from order snapshots: a snapshot is turned into elements at once (a snapshot the domain refuses fails
 * alone), then applied with the others in flight (WriteRounds): newest revision of each order wins, older or
 * replayed ones change nothing.
 */
export class OrderSnapshots {
  private readonly rounds: WriteRounds<OrderInventory>;

  constructor(
    inventory: InventoryStore,
    private readonly catalogs: CatalogFile,
  ) {
    this.rounds = new WriteRounds((snapshots) => inventory.applyOrders(snapshots));
  }

  apply(snapshot: OrderSnapshot): Promise<void> {
    return this.rounds.add(inventoryOfSnapshot(snapshot, this.catalogs));
  }
}
