import { granteeOf } from '@portal/platform';
import { normalizeSerial } from '../domain/devices';
import { recordServiceRequest } from '../domain/support';
import { accountFor, type AccountRequest } from './access';
import { newId, nowOf, type Deps } from './deps';
import { mapPage } from '@portal/platform';
import { serviceRequestView } from './views';

/** One page of the account's service requests (optionally of one device), by opening time then id. */
export async function supportHistoryOf(
  deps: Deps,
  input: AccountRequest,
  query: { limit: number; cursor?: string; serial?: string },
) {
  const account = await accountFor(deps, input, 'view-account', 'support-history');
  const serial = query.serial ? normalizeSerial(query.serial) : null;
  const found = await deps.stores.serviceRequestsPage(account.accountId, serial, query);
  return mapPage(found, serviceRequestView);
}

/** The account team / support desk records a service request on one of the account's devices. */
export async function recordRequest(
  deps: Deps,
  input: AccountRequest,
  cmd: Parameters<typeof recordServiceRequest>[1],
) {
  const account = await accountFor(deps, input, 'account-team-or-view');
  const device = (await deps.stores.devices.get(normalizeSerial(cmd.serialNumber)))?.state ?? null;
  const request = recordServiceRequest(newId('sr'), cmd, {
    caller: granteeOf(input.principal),
    accountId: account.accountId,
    device,
    now: nowOf(deps),
  });
  await deps.stores.serviceRequests.insertOne({ _id: request.serviceRequestId, ...request });
  return serviceRequestView(request);
}
