import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components as AccountComponents, paths as AccountPaths } from './generated/account';
import type { paths as ChangeTicketPaths } from './generated/change-ticket';
import type { paths as LicensingPaths } from './generated/licensing';
import type { paths as NotificationPaths } from './generated/notification';
import type { paths as OrderPaths } from './generated/order';

/** Paths of each service's API, as its OpenAPI document declares them (generated, see README). */
export interface PortalPaths {
  order: OrderPaths;
  'change-ticket': ChangeTicketPaths;
  licensing: LicensingPaths;
  notification: NotificationPaths;
  account: AccountPaths;
}
export type PortalService = keyof PortalPaths;
export type PortalClient = { [S in PortalService]: Client<PortalPaths[S]> };

/** The RFC 9457 problem every service answers errors with (`code` is the domain's error code). */
export type Problem = AccountComponents['schemas']['Problem'];

export interface PortalClientOptions {
  /** Where each service's edge is reached, e.g. { order: 'https://portal.example/api/order', ... }. */
  baseUrls: Record<PortalService, string>;
  /** The caller's access token (JWT), asked for on every request so a refreshed token is used at once. */
  token?: () => string | undefined | Promise<string | undefined>;
  /** Another fetch (tests, server-side rendering); the global one by default. */
  fetch?: typeof fetch;
}

function bearerMiddleware(token: NonNullable<PortalClientOptions['token']>): Middleware {
  return {
    async onRequest({ request }) {
      const value = await token();
      if (value) request.headers.set('authorization', `Bearer ${value}`);
      return request;
    },
  };
}

/** One typed openapi-fetch client per service: `client.order.GET('/sales-orders/{orderNumber}', ...)`. */
export function serviceClient<S extends PortalService>(
  service: S,
  baseUrl: string,
  options: Pick<PortalClientOptions, 'token' | 'fetch'> = {},
): Client<PortalPaths[S]> {
  const client = createClient<PortalPaths[S]>({ baseUrl, ...(options.fetch ? { fetch: options.fetch } : {}) });
  if (options.token) client.use(bearerMiddleware(options.token));
  return client;
}

export function createPortalClient(options: PortalClientOptions): PortalClient {
  const make = <S extends PortalService>(service: S) => serviceClient(service, options.baseUrls[service], options);
  return {
    order: make('order'),
    'change-ticket': make('change-ticket'),
    licensing: make('licensing'),
    notification: make('notification'),
    account: make('account'),
  };
}
