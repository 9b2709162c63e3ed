import type { AccessDirectory, Clock } from '@portal/platform';
import type { RuleTable } from '../domain/rule-table';
import type { BannerStore } from '../store/banners';
import type { DeliveryStore } from '../store/deliveries';
import type { PreferencesStore } from '../store/preferences';

/** What the edge's use cases work with: the stores, the rule table's categories, the clock and the grants. */
export interface NotificationApp {
  table: RuleTable;
  clock: Clock;
  deliveries: DeliveryStore;
  banners: BannerStore;
  preferences: PreferencesStore;
  /** The access projection: who resells an account (the reseller rule). */
  access: Pick<AccessDirectory, 'account'>;
}
