import type { EventHandlers, ServiceKit } from '@portal/platform';
import { normalizeSerial } from '../domain/devices';
import { confirmServiceContract, coverDevice } from '../domain/service-contract-lifecycle';
import type { Stores } from '../store/stores';
import { envelopes } from './envelopes';

/**
 * erp.contracts.v1 -> ServiceContractConfirmed: the accepted renewal becomes active (ServiceContractActivated through
 * the outbox) and each device of the account it names gets the new plan and support end date. Both writes are
 * idempotent by event id, so a redelivery after a crash between them finishes the devices and changes nothing else.
 */
export function serviceContractHandlers(kit: ServiceKit, stores: Stores): EventHandlers {
  return {
    ServiceContractConfirmed: async (event) => {
      const p = event.payload;
      await stores.renewals.mutate(
        p.requestId,
        (current) => {
          const decision = confirmServiceContract(current?.state ?? null, event.accountId, p);
          const ids = { aggregateId: p.requestId, accountId: event.accountId };
          return { state: decision.state, events: envelopes(kit, decision.events, ids) };
        },
        { appliedEventId: event.eventId },
      );
      for (const serial of p.serialNumbers.map(normalizeSerial)) {
        await stores.devices.mutate(
          serial,
          (current) =>
            current && current.state.accountId === event.accountId
              ? { state: coverDevice(current.state, p), events: [] }
              : null,
          { appliedEventId: event.eventId },
        );
      }
    },
  };
}
