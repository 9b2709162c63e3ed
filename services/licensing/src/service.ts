import { REPORT_ROW_LIMIT, StartupError, z, type ServiceDefinition } from '@portal/platform';
import { Licensing } from './app/licensing';
import { membershipJobs, replanAll } from './app/membership-jobs';
import { errors } from './domain/errors';
import { applyDemoSeed } from './demo-seed';
import { orderRoutes } from './http/order-routes';
import { purchaseAuthorizationRoutes } from './http/purchase-authorization-routes';
import { renewalRoutes } from './http/renewal-routes';
import { reportRoutes } from './http/report-routes';
import { smartAccountRoutes } from './http/smart-account-routes';
import { vipMembershipRoutes } from './http/vip-membership-routes';
import { ownEventHandlers, salesOrderHandlers } from './messaging/handlers';
import { defaultPolicyDir, loadPolicies } from './store/policy-files';
import { LicensingStore } from './store/repositories';

/**
 * licensing: Smart Accounts, order assignments and guarded licence deposits, VIP memberships with purchase and
 * return authorizations, renewals and renewal notices. Inputs: order.events.v1 (the order service's sales order
 * snapshots), its own licensing.events.v1 (Smart Account activations fan out to orders), account.events.v1 (access
 * projection, by the platform). Output: licensing.events.v1 through the outbox.
 */
export const licensingService: ServiceDefinition = {
  name: 'licensing',
  errors,
  description:
    'Smart Accounts, order assignment and licence deposit, VIP memberships, purchase/return authorizations, renewals',
  defaultPort: 8083,
  configExtra: {
    LICENSING_POLICY_DIR: z.string().min(1).default(defaultPolicyDir),
    /** Rows one CSV report download may hold (REPORT_TOO_LARGE beyond). */
    REPORT_ROW_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(REPORT_ROW_LIMIT),
  },
  async setup(kit) {
    const extra = kit.config.extra as {
      LICENSING_POLICY_DIR: string;
      REPORT_ROW_LIMIT: number;
    };
    let policies;
    try {
      policies = loadPolicies(extra.LICENSING_POLICY_DIR);
    } catch (error) {
      throw new StartupError(
        `licensing: vendor program policies (LICENSING_POLICY_DIR) are invalid:\n${(error as Error).message}`,
      );
    }
    const store = new LicensingStore(kit);
    await store.ensureIndexes();
    await store.membershipsByAccount.rebuildIfMissing(() => store.allMemberships());
    const l = new Licensing(kit, store, policies);
    await replanAll(l);
    kit.logger.info({ programs: [...policies.keys()] }, 'vendor program policies loaded');
    return {
      routes: [
        ...smartAccountRoutes(l),
        ...orderRoutes(l),
        ...vipMembershipRoutes(l),
        ...purchaseAuthorizationRoutes(l),
        ...renewalRoutes(l),
        ...reportRoutes(kit, store, extra.REPORT_ROW_LIMIT),
      ],
      consumers: [
        // listed for the topic catalog's check (test/compose); the platform checks them against the handlers at start
        { topics: ['order.events.v1'], handlers: salesOrderHandlers(l) },
        { topics: ['licensing.events.v1'], handlers: ownEventHandlers(l) },
      ],
      jobs: membershipJobs(l),
      demoSeed: () => applyDemoSeed(l),
    };
  },
};
