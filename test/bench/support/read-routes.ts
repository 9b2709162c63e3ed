// One read route per service, with the data it reads and a token that may read it.
import { erp } from '@portal/platform/src/testing';
import { BenchPlatform, ServiceName, serviceNames, until } from './platform';

export interface ReadRoute {
  service: ServiceName;
  url: string;
  path: string;
  token: string;
  /** The body the service answers, for bare Express to serve the same bytes. */
  body: string;
}

/** Demo data the services seed themselves at start (the account service's accounts, licensing's Smart Accounts). */
export const seededEnv = {
  account: { DEMO_SEED: 'true' },
  licensing: { DEMO_SEED: 'true' },
  'change-ticket': { DEMO_SEED: 'true' },
};

export const ORDER = 'SO-BENCH-1';

/**
 * The routes the benchmarks read: each is answered by key lookups (the order page with its upgrade requests, an
 * inventory element, the licensing view of an order, the caller's notification preferences, an account).
 */
export async function setUpReadRoutes(platform: BenchPlatform): Promise<ReadRoute[]> {
  const token = await platform.tokenFor({
    userId: 'u-bench-reader',
    email: 'bench.reader@acme.example',
    homeAccountId: 'acc-acme',
    userType: 'external',
    status: 'active',
    grants: [{ accountId: 'acc-acme', role: 'site-admin', contractNumber: null, section: null }],
  });
  const booked = erp.salesOrderBooked('acc-acme', { orderNumber: ORDER });
  booked.payload.lines.push(
    {
      lineNumber: 2,
      sku: 'FE-ECS-S3',
      kind: 'service',
      description: 'Flexible Engine ECS s3 instance',
      quantity: 4,
      unitPrice: { amountMinor: 4500, currency: 'EUR' },
      serialNumbers: [],
    },
    {
      lineNumber: 3,
      sku: 'DNA-ADV-3Y',
      kind: 'software',
      description: 'DNA Advantage 3 years',
      quantity: 10,
      unitPrice: { amountMinor: 90000, currency: 'EUR' },
      serialNumbers: [],
    },
  );
  await platform.publish([booked]);

  const paths: Record<ServiceName, string> = {
    order: `/sales-orders/${ORDER}`,
    'change-ticket': `/elements/${ORDER}-2`,
    licensing: `/orders/${ORDER}`,
    notification: '/me/notification-preferences',
    account: '/accounts/acc-acme',
  };
  const routes: ReadRoute[] = [];
  for (const service of serviceNames) {
    const url = platform.urls[service];
    const body = await until(`${service} answering GET ${paths[service]}`, async () => {
      const res = await fetch(url + paths[service], { headers: { authorization: `Bearer ${token}` } });
      return res.ok ? res.text() : null;
    });
    routes.push({ service, url, path: paths[service], token, body });
  }
  return routes;
}
