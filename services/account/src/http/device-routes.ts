import { defineRoute, pageQuery, pageSchema, z } from '@portal/platform';
import type { Deps } from '../app/deps';
import { deviceOf, devicesOf } from '../app/devices';
import { accountParams as params } from './params';
import { DeviceView, ServiceRequestView } from './schemas';

const serialParam = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

/** Devices (shipped assets) of the account with their warranty status and support history. */
export function deviceRoutes(deps: Deps) {
  return [
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
      handler: async (input) => ({ body: await devicesOf(deps, input, input.query) }),
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
      handler: async (input) => ({ body: await deviceOf(deps, input, input.params.serialNumber) }),
    }),
  ];
}
