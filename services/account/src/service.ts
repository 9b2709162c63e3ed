import {
  REPORT_ROW_LIMIT,
  z,
  type AggregateRepository,
  type ServiceDefinition,
  type ServiceKit,
} from '@portal/platform';
import { demoSeed, type SeededAggregate } from './demo-seed';
import type { AccountState } from './domain/account';
import type { AddressBook } from './domain/address-book';
import type { AccountDocument } from './domain/support';
import type { UserState } from './domain/user';
import type { Deps } from './app/deps';
import { accountRoutes } from './http/account-routes';
import { addressRoutes } from './http/address-routes';
import { deviceRoutes } from './http/device-routes';
import { documentRoutes } from './http/document-routes';
import { expressCheckoutRoutes } from './http/express-checkout-routes';
import { meRoutes } from './http/me-routes';
import { overviewRoutes } from './http/overview-routes';
import { paymentMethodRoutes } from './http/payment-method-routes';
import { purchaseReportRoutes, warrantyReportRoutes } from './http/report-routes';
import { serviceContractRoutes } from './http/service-contract-routes';
import { subscriptionRoutes } from './http/subscription-routes';
import { supportHistoryRoutes } from './http/support-history-routes';
import { userRoutes } from './http/user-routes';
import { serviceContractHandlers } from './messaging/service-contract-handlers';
import { subscriptionHandlers } from './messaging/subscription-handlers';
import { accountErrors } from './domain/errors';
import { defaultServiceContractOffers } from './domain/service-contract-offers';
import { orderSnapshotHandlers } from './messaging/order-handlers';
import { snapshotHandlers } from './messaging/snapshot-handlers';
import { createStores, type Stores } from './store/stores';

/**
 * The demo-seed hook (DEMO_SEED=true): the demo data through the aggregates, so the events go out through the
 * outbox like any command's. Idempotent: an aggregate that already exists is kept as it is (no events).
 */
export async function applyDemoSeed(kit: ServiceKit, stores: Stores): Promise<void> {
  const seed = demoSeed(kit.clock.now());
  const apply = async <S extends object>(repo: AggregateRepository<S>, items: SeededAggregate<S>[]) => {
    for (const item of items) {
      await repo.createDecided(
        item.id,
        { state: item.state, events: item.events },
        {
          accountId: () => item.accountId,
          onExists: 'keep',
        },
      );
    }
  };
  await apply<AccountState>(stores.accounts, seed.accounts);
  await apply<UserState>(stores.users, seed.users);
  await apply<AddressBook>(stores.addressBooks, seed.addressBooks);
  await apply<AccountDocument>(stores.documents, seed.documents);
  kit.logger.info({ accounts: seed.accounts.length, users: seed.users.length }, 'demo seed applied');
}

export const accountService: ServiceDefinition = {
  name: 'account',
  errors: accountErrors,
  description:
    'Accounts, users and roles (the source of every grant, published on account.events.v1), profile, address book, tokenized payment methods, express checkout, devices, service contracts, subscriptions, support, documents, reports.',
  defaultPort: 8085,
  configExtra: {
    REPORT_ROW_LIMIT: z.coerce
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .default(REPORT_ROW_LIMIT)
      .describe('Rows one CSV report download may hold (REPORT_TOO_LARGE beyond)'),
  },
  async setup(kit) {
    // Validated before anything else: a bad offers file stops the service naming every problem.
    const serviceContractOffers = defaultServiceContractOffers();
    const stores = createStores(kit);
    await stores.ensureIndexes();
    const deps: Deps = { kit, stores, serviceContractOffers };
    return {
      routes: [
        ...meRoutes(deps),
        ...accountRoutes(deps),
        ...userRoutes(deps),
        ...addressRoutes(deps),
        ...paymentMethodRoutes(deps),
        ...expressCheckoutRoutes(deps),
        ...overviewRoutes(deps),
        ...deviceRoutes(deps),
        ...purchaseReportRoutes(deps),
        ...documentRoutes(deps),
        ...supportHistoryRoutes(deps),
        ...serviceContractRoutes(deps),
        ...subscriptionRoutes(deps),
        ...warrantyReportRoutes(deps, kit.config.extra.REPORT_ROW_LIMIT as number),
      ],
      // The platform checks at start that each table's event types travel on the topics listed here and that the
      // catalog names this service as their consumer.
      consumers: [
        { topics: ['order.events.v1'], handlers: orderSnapshotHandlers(stores) },
        { topics: ['erp.sales-orders.v1'], handlers: subscriptionHandlers(stores) },
        { topics: ['erp.contracts.v1'], handlers: serviceContractHandlers(stores) },
        { topics: ['account.events.v1'], handlers: snapshotHandlers(kit, stores) },
      ],
      demoSeed: () => applyDemoSeed(kit, stores),
    };
  },
};
