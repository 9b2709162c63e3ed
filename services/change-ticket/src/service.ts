import { type ServiceDefinition, z } from '@portal/platform';
import { OrderSnapshots } from './app/apply-order-snapshots';
import { changeTicketApp } from './app/context';
import { seedDemoInventory } from './demo-seed';
import { errors } from './domain/errors';
import type { MonthlyChangeUsage } from './domain/free-changes-left';
import type { ChangeRequest } from './domain/types';
import { catalogRoutes } from './http/catalog-routes';
import { changeRequestRoutes } from './http/change-request-routes';
import { inventoryRoutes } from './http/inventory-routes';
import { changeHandlers } from './messaging/change-handlers';
import { orderHandlers } from './messaging/order-handlers';
import { AllowanceStore } from './store/allowance-store';
import { loadCatalogFile } from './store/catalog-file';
import {
  type ChangeRequestView,
  ChangeRequestStore,
  ChangeRequestViews,
  UsageStore,
} from './store/change-request-store';
import { InventoryStore } from './store/inventory-store';
import { PerimeterIndex } from './store/perimeter-index';

/**
 * change-ticket: inventory elements, change catalogs, change requests (drafts, warnings, free-change billing,
 * quotes). In: order.events.v1 (orders -> elements, contracts -> free changes), account.events.v1 (grants, by the
 * platform), change.events.v1 (its own, for the list read model). Out: change.events.v1 through the outbox.
 */
export const changeTicketService: ServiceDefinition = {
  name: 'change-ticket',
  errors,
  description:
    'Inventory elements, change catalogs and change requests with drafts, warnings, free-change billing and quotes.',
  defaultPort: 8082,
  configExtra: {
    CATALOG_FILE: z.string().min(1).optional(),
  },
  async setup(kit) {
    const extra = kit.config.extra as { CATALOG_FILE?: string };
    const catalogs = loadCatalogFile(extra.CATALOG_FILE);
    const { collection, readCollection: reads } = kit;
    const inventory = new InventoryStore(
      collection('inventory_elements'),
      collection('order_revisions'),
      new PerimeterIndex(
        {
          heads: collection('inventory_perimeters'),
          pages: collection('inventory_perimeter_pages'),
          accounts: collection('inventory_account_perimeters'),
        },
        {
          heads: reads('inventory_perimeters'),
          pages: reads('inventory_perimeter_pages'),
          accounts: reads('inventory_account_perimeters'),
        },
        kit.writeFilters,
      ),
      reads('inventory_elements'),
      kit.edgeReads,
      reads('order_revisions'),
    );
    const allowances = new AllowanceStore(collection('contract_allowances'));
    const requests = new ChangeRequestStore(kit.aggregates<ChangeRequest>('change_requests'));
    const usage = new UsageStore(kit.aggregates<MonthlyChangeUsage>('change_usage'));
    const views = new ChangeRequestViews(kit.aggregates<ChangeRequestView>('change_request_views'));
    await Promise.all([inventory.ensureIndexes(), requests.ensureIndexes(), views.ensureIndexes()]);
    await inventory.rebuildIndexIfMissing();

    kit.logger.info(
      { catalogVersion: catalogs.version, catalogs: catalogs.catalogs.map((c) => c.id) },
      'change catalogs loaded',
    );

    const app = changeTicketApp({
      requests,
      usage,
      inventory,
      allowances,
      views,
      catalogs,
      clock: kit.clock,
      events: kit.events,
      access: kit.access,
    });
    return {
      routes: [...catalogRoutes(catalogs), ...inventoryRoutes(app), ...changeRequestRoutes(app)],
      consumers: [
        { topics: ['order.events.v1'], handlers: orderHandlers(new OrderSnapshots(inventory, catalogs), allowances) },
        { topics: ['change.events.v1'], handlers: changeHandlers(views, inventory) },
      ],
      demoSeed: () => seedDemoInventory(inventory, allowances),
    };
  },
};
