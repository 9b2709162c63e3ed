import { decides, type EventHandlers } from '@portal/platform';
import { normalizeSerial } from '../domain/devices';
import type { ServiceContractRenewal } from '../domain/request-service-contract-renewal';
import { confirmServiceContract, coverDevice } from '../domain/service-contract-lifecycle';
import type { Stores } from '../store/stores';

/**
 * erp.contracts.v1 -> ServiceContractConfirmed: the accepted renewal becomes active (ServiceContractActivated through
 * the outbox) and each device of the account it names gets the new plan and support end date. Both writes are
 * idempotent by event id, so a redelivery after a crash between them finishes the devices and changes nothing else.
 */
export function serviceContractHandlers(stores: Stores): EventHandlers {
  return {
    ServiceContractConfirmed: decides<ServiceContractRenewal, 'ServiceContractConfirmed'>(stores.renewals, {
      id: (event) => event.payload.requestId,
      decide: (current, event) => confirmServiceContract(current, event.accountId, event.payload),
      accountId: (_state, event) => event.accountId,
      // The devices it covers are other aggregates: written after the renewal, idempotently, on every delivery.
      after: async (_outcome, event) => {
        for (const serial of event.payload.serialNumbers.map(normalizeSerial)) {
          await stores.devices.decide(
            serial,
            (current) =>
              current && current.accountId === event.accountId
                ? { state: coverDevice(current, event.payload), events: [] }
                : null,
            { appliedEventId: event.eventId },
          );
        }
      },
    }),
  };
}
