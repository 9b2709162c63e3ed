import { DomainError, defineRoute, notFound, page, pageQuery, pageSchema, z } from '@portal/platform';
import { deviceView, normalizeSerial, serialSearchPrefix } from '../domain/devices';
import { accountOverview } from '../domain/overview';
import { purchaseReport } from '../domain/purchase-report';
import { recentOnlineOrders, recentOrderSummary } from '../domain/sales-orders';
import { publishDocument, recordServiceRequest, type AccountDocument } from '../domain/support';
import { accountFor, accountIdParam, callerOf, newId, type Deps } from './context';
import {
  DeviceView,
  DocumentBody,
  DocumentView,
  periodQuery,
  RecentOrderView,
  ServiceRequestBody,
  ServiceRequestView,
} from './schemas';
import { serviceRequestView } from './views';

const params = z.object({ accountId: accountIdParam });
const serialParam = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const documentView = (d: AccountDocument) => ({
  documentId: d.documentId,
  title: d.title,
  kind: d.kind,
  url: d.url,
  validUntil: d.validUntil,
  publishedAt: d.publishedAt,
});

export function assetRoutes(deps: Deps) {
  const now = () => deps.kit.clock.now();
  return [
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/overview',
      summary:
        'Overview: address book, quotes, saved payment methods, express checkout and recent online orders, each summarized',
      tags: ['account home'],
      params,
      responses: { 200: z.record(z.unknown()).openapi('Overview') },
      errors: ['NOT_FOUND'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'view-account');
        const [book, wallet, documents, orders] = await Promise.all([
          deps.stores.addressBooks.get(account.accountId),
          deps.stores.wallets.get(account.accountId),
          deps.stores.documentsOfAccount(account.accountId),
          deps.stores.ordersOfAccount(account.accountId),
        ]);
        return {
          body: accountOverview({
            book: book?.state ?? null,
            wallet: wallet?.state ?? null,
            documents,
            orders,
            features: account.features,
            now: now(),
          }),
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/recent-orders',
      summary: 'Orders placed online in the last 30 days (from the ERP sales orders), newest first',
      tags: ['orders'],
      params,
      responses: { 200: z.object({ items: z.array(RecentOrderView) }) },
      errors: ['NOT_FOUND'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'view-account');
        return {
          body: {
            items: recentOnlineOrders(await deps.stores.ordersOfAccount(account.accountId), now()).map(
              recentOrderSummary,
            ),
          },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/devices',
      summary: 'Devices (shipped assets) with warranty status; search by serial number (service tag) prefix',
      tags: ['devices'],
      params,
      query: pageQuery.extend({ serial: z.string().max(64).optional() }),
      responses: { 200: pageSchema(DeviceView) },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE', 'FIELD_INVALID'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'view-account', 'devices');
        const prefix = input.query.serial === undefined ? null : serialSearchPrefix(input.query.serial);
        if (input.query.serial !== undefined && !prefix)
          throw DomainError.fromFieldErrors(
            [{ path: 'serial', code: 'FIELD_INVALID', message: 'at least 2 letters, digits or dashes' }],
            400,
          );
        const devices = (await deps.stores.devicesOfAccount(account.accountId, prefix)).map((d) =>
          deviceView(d, now()),
        );
        return {
          body: page(devices, { limit: input.query.limit, cursor: input.query.cursor, key: (d) => d.serialNumber }),
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/devices/:serialNumber',
      summary: 'One device with its support history',
      tags: ['devices'],
      params: params.extend({ serialNumber: serialParam }),
      responses: { 200: DeviceView.extend({ serviceRequests: z.array(ServiceRequestView) }) },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'view-account', 'devices');
        const device = (await deps.stores.devices.get(normalizeSerial(input.params.serialNumber)))?.state;
        if (!device || device.accountId !== account.accountId) throw notFound('device');
        const history = await deps.stores.serviceRequests
          .find({ accountId: account.accountId, serialNumber: device.serialNumber })
          .sort({ openedAt: -1 })
          .toArray();
        return { body: { ...deviceView(device, now()), serviceRequests: history.map(serviceRequestView) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/reports/purchases',
      summary: 'Purchase report over a period (users with reporting access: reporting or site-admin)',
      tags: ['reports'],
      params,
      query: periodQuery,
      responses: { 200: z.record(z.unknown()).openapi('PurchaseReport') },
      errors: [
        'NOT_FOUND',
        'ROLE_REQUIRED',
        'FEATURE_NOT_AVAILABLE',
        'INVALID_PERIOD',
        'REPORT_PERIOD_TOO_LONG',
        'FIELD_INVALID',
      ],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'view-reports', 'reports');
        return { body: purchaseReport(await deps.stores.ordersOfAccount(account.accountId), input.query) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/documents',
      summary: 'Documents (and quotes) published by the account team',
      tags: ['support'],
      params,
      query: pageQuery.extend({ kind: z.string().max(20).optional() }),
      responses: { 200: pageSchema(DocumentView) },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'view-account', 'documents');
        const docs = (await deps.stores.documentsOfAccount(account.accountId))
          .filter((d) => !input.query.kind || d.kind === input.query.kind)
          .map(documentView);
        return { body: page(docs, { limit: input.query.limit, cursor: input.query.cursor, key: (d) => d.documentId }) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/accounts/:accountId/documents',
      summary: 'Publish a document or a quote for the account (account team only); publishes DocumentPublished',
      tags: ['support'],
      params,
      body: DocumentBody,
      responses: { 201: DocumentView },
      errors: ['NOT_FOUND', 'INTERNAL_USERS_ONLY', 'FIELD_INVALID', 'FIELD_REQUIRED', 'VALIDATION_FAILED'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'account-team-or-view');
        const documentId = newId('doc');
        const state = (
          await deps.stores.documents.decide(
            documentId,
            () =>
              publishDocument(documentId, account.accountId, input.body, {
                caller: callerOf(input.principal),
                now: now(),
              }),
            { accountId: () => account.accountId },
          )
        ).state;
        return {
          status: 201,
          body: documentView(state),
          headers: { location: `/accounts/${account.accountId}/documents/${documentId}` },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/support/history',
      summary: 'Support history: service requests per device',
      tags: ['support'],
      params,
      query: pageQuery.extend({ serial: z.string().max(64).optional() }),
      responses: { 200: pageSchema(ServiceRequestView) },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'view-account', 'support-history');
        const filter: Record<string, string> = { accountId: account.accountId };
        if (input.query.serial) filter.serialNumber = normalizeSerial(input.query.serial);
        const items = (await deps.stores.serviceRequests.find(filter).toArray()).map(serviceRequestView);
        return {
          body: page(items, {
            limit: input.query.limit,
            cursor: input.query.cursor,
            key: (r) => `${r.openedAt}|${r.serviceRequestId}`,
          }),
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/accounts/:accountId/support/history',
      summary: 'Record a service request on a device (account team / support desk only)',
      tags: ['support'],
      params,
      body: ServiceRequestBody,
      responses: { 201: ServiceRequestView },
      errors: ['NOT_FOUND', 'INTERNAL_USERS_ONLY', 'DEVICE_NOT_FOUND', 'FIELD_REQUIRED'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'account-team-or-view');
        const device = (await deps.stores.devices.get(normalizeSerial(input.body.serialNumber)))?.state ?? null;
        const sr = recordServiceRequest(newId('sr'), input.body, {
          caller: callerOf(input.principal),
          accountId: account.accountId,
          device,
          now: now(),
        });
        await deps.stores.serviceRequests.insertOne({ _id: sr.serviceRequestId, ...sr });
        return { status: 201, body: serviceRequestView(sr) };
      },
    }),
  ];
}
