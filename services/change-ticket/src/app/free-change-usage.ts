import {
  allowanceKeyOf,
  billingFor,
  billingMonthOf,
  freeChangesPerMonthOf,
  previewBilling,
  settleReservations,
  staleReservations,
  useChange,
  type MonthlyChangeUsage,
} from '../domain/free-changes-left';
import type { Billing, InventoryElement } from '../domain/types';
import type { AllowanceStore } from '../store/allowance-store';
import { type ChangeRequestStore, UsageStore } from '../store/change-request-store';

/**
 * The free changes of a contract's month: what a request would use (preview), using one (reserved with the
 * month's usage), confirming it once the request is written, and giving back those whose request never was.
 */
export class FreeChangeUsage {
  constructor(private readonly deps: { requests: ChangeRequestStore; usage: UsageStore; allowances: AllowanceStore }) {}

  private async freeChangesPerMonth(element: InventoryElement) {
    return freeChangesPerMonthOf(await this.deps.allowances.get(element.contractNumber));
  }

  /**
   * Records the change a request uses this month (idempotent per request) and says whether it is billable. The
   * change is reserved in the same write; `confirm` drops the reservation once the request is written, and a
   * reservation whose request never got written (crash in between) is given back here, on the next use.
   */
  async use(element: InventoryElement, requestId: string, now: Date): Promise<Billing> {
    const key = allowanceKeyOf(element.contractNumber, element.accountId);
    const month = billingMonthOf(now);
    const free = await this.freeChangesPerMonth(element);
    const usageId = UsageStore.idOf(key, month);
    const settled = await this.settle(await this.deps.usage.get(key, month), month, now);
    const result = await this.deps.usage.repository.mutate(usageId, (current) => {
      const base = current ? settleReservations(current.state, settled) : { usage: null, changed: false };
      const used = useChange(base.usage, key, month, requestId, now);
      return used.changed || base.changed ? { state: used.usage, events: [] } : null;
    });
    return billingFor(month, free, result.state.usedBy.indexOf(requestId) + 1);
  }

  /** Stale reservations sorted by what happened to their request: written with this month's billing, or not. */
  private async settle(usage: MonthlyChangeUsage | null, month: string, now: Date) {
    const written: string[] = [];
    const abandoned: string[] = [];
    for (const id of staleReservations(usage, now)) {
      const request = await this.deps.requests.get(id);
      (request?.billing?.month === month ? written : abandoned).push(id);
    }
    return { written, abandoned };
  }

  /** The request carries its billing now: its change is no longer a reservation. A failure here is settled later. */
  async confirm(element: InventoryElement, requestId: string, billing: Billing): Promise<void> {
    const usageId = UsageStore.idOf(allowanceKeyOf(element.contractNumber, element.accountId), billing.month);
    await this.deps.usage.repository
      .mutate(usageId, (current) => {
        if (!current?.state.reservedAt?.[requestId]) return null;
        return { state: settleReservations(current.state, { written: [requestId], abandoned: [] }).usage, events: [] };
      })
      .catch(() => undefined);
  }

  async preview(element: InventoryElement, requestId: string | null, now: Date): Promise<Billing> {
    const usage = await this.deps.usage.get(
      allowanceKeyOf(element.contractNumber, element.accountId),
      billingMonthOf(now),
    );
    return previewBilling(usage, requestId, await this.freeChangesPerMonth(element), now);
  }
}
