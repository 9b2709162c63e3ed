import type { AccessDirectory, Clock, EventFactory, Principal } from '@portal/platform';
import type { CatalogFile } from '../domain/catalog';
import type { Actor } from '../domain/types';
import type { AllowanceStore } from '../store/allowance-store';
import type { ChangeRequestStore, ChangeRequestViews, UsageStore } from '../store/change-request-store';
import type { InventoryStore } from '../store/inventory-store';
import { FreeChangeUsage } from './free-change-usage';

/** What the use cases work with: the stores, the catalog file, the clock and the access projection. */
export interface ChangeTicketDeps {
  requests: ChangeRequestStore;
  usage: UsageStore;
  inventory: InventoryStore;
  allowances: AllowanceStore;
  views: ChangeRequestViews;
  catalogs: CatalogFile;
  clock: Clock;
  events: EventFactory;
  /** The access projection: who resells each account (the reseller rule). */
  access: Pick<AccessDirectory, 'account' | 'accountsResoldBy'>;
}

/** The use cases' context: the dependencies plus the free-change bookkeeping built on them. */
export interface ChangeTicketApp extends ChangeTicketDeps {
  freeChanges: FreeChangeUsage;
}

export const changeTicketApp = (deps: ChangeTicketDeps): ChangeTicketApp => ({
  ...deps,
  freeChanges: new FreeChangeUsage(deps),
});

export const actorOf = (principal: Principal): Actor => ({ userId: principal.userId, userType: principal.userType });
