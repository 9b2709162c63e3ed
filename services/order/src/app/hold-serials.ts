/**
 * A submit holds its serial numbers first (closing the race between two concurrent submits, see
 * store/serial-holds.ts), then writes; a failed write gives them back (unless the request is open after all).
 */
import { DomainError } from '@portal/platform';
import type { UpgradeRequestState } from '../domain/upgrade-request';
import { serialConflictErrors } from '../domain/validate-upgrade-request';
import type { OrderApp } from './order-app';

export async function withSerialHolds<T>(
  app: OrderApp,
  state: UpgradeRequestState,
  write: () => Promise<T>,
): Promise<T> {
  const { stores } = app;
  if (state.status !== 'pending-approval' || state.heldSerials.length === 0) return write();
  const conflicts = await stores.serialHolds.reserve(state.orderNumber, state.heldSerials, state.requestId, (id) =>
    stores.holderState(id),
  );
  if (conflicts.size > 0) throw DomainError.fromFieldErrors(serialConflictErrors(state.content, conflicts));
  try {
    return await write();
  } catch (error) {
    // Give them back unless the request is open anyway (e.g. a double-clicked submit: the first one won).
    if ((await stores.holderState(state.requestId)) !== 'open') await stores.serialHolds.release(state.requestId);
    throw error;
  }
}
