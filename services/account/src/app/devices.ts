import { DomainError, notFound } from '@portal/platform';
import { deviceView, normalizeSerial, serialSearchPrefix } from '../domain/devices';
import { accountFor, type AccountRequest } from './access';
import { nowOf, type Deps } from './deps';
import { mapPage } from '@portal/platform';
import { serviceRequestView } from './views';

/** One page of the account's devices by serial number; `serial` searches a serial prefix (at least 2 characters). */
export async function devicesOf(
  deps: Deps,
  input: AccountRequest,
  query: { limit: number; cursor?: string; serial?: string },
) {
  const account = await accountFor(deps, input, 'view-account', 'devices');
  const prefix = query.serial === undefined ? null : serialSearchPrefix(query.serial);
  if (query.serial !== undefined && !prefix)
    throw DomainError.fromFieldErrors(
      [{ path: 'serial', code: 'FIELD_INVALID', message: 'at least 2 letters, digits or dashes' }],
      400,
    );
  const found = await deps.stores.devicesPage(account.accountId, prefix, query);
  const now = nowOf(deps);
  return mapPage(found, (d) => deviceView(d, now));
}

/** One device of the account with its support history, newest service request first. */
export async function deviceOf(deps: Deps, input: AccountRequest, serialNumber: string) {
  const account = await accountFor(deps, input, 'view-account', 'devices');
  const device = (await deps.stores.devices.get(normalizeSerial(serialNumber)))?.state;
  if (!device || device.accountId !== account.accountId) throw notFound('device');
  const history = await deps.stores.serviceRequests
    .find({ accountId: account.accountId, serialNumber: device.serialNumber })
    .sort({ openedAt: -1 })
    .toArray();
  return { ...deviceView(device, nowOf(deps)), serviceRequests: history.map(serviceRequestView) };
}
