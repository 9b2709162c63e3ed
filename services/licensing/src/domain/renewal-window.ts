import { addDays, minDate, startOfDay, type IsoDate } from '@portal/platform/src/domain';
import type { NoticeKind, ProgramPolicy } from './vendor-policy';
import type { BannerState, VipMembership } from './vip-membership';

/** Every date the renewal of one anniversary hangs on, all derived from the program policy. */
export interface RenewalCalendar {
  anniversaryDate: IsoDate;
  windowOpensOn: IsoDate;
  /** The overview lists renewable licences from this date: 60 days before the window or 90 before the anniversary, whichever first. */
  overviewOpensOn: IsoDate;
  bannerDueFrom: IsoDate;
  /** Access is removed on this day when nothing was bought. */
  accessRemovalOn: IsoDate;
  notices: { kind: NoticeKind; dueOn: IsoDate }[];
}

export function renewalCalendar(anniversaryDate: IsoDate, policy: ProgramPolicy): RenewalCalendar {
  const r = policy.renewal;
  const windowOpensOn = addDays(anniversaryDate, -r.windowOpensDaysBeforeAnniversary);
  const accessRemovalOn = addDays(anniversaryDate, r.graceDaysAfterAnniversary);
  return {
    anniversaryDate,
    windowOpensOn,
    overviewOpensOn: minDate(
      addDays(windowOpensOn, -r.overviewDaysBeforeWindow),
      addDays(anniversaryDate, -r.overviewDaysBeforeAnniversary),
    ),
    bannerDueFrom: addDays(anniversaryDate, -r.bannerFromDaysBeforeAnniversary),
    accessRemovalOn,
    notices: r.notices.map((n) => ({
      kind: n.kind,
      dueOn: addDays(n.anchor === 'anniversary' ? anniversaryDate : accessRemovalOn, n.offsetDays),
    })),
  };
}

const reached = (now: Date, date: IsoDate) => now.getTime() >= startOfDay(date).getTime();

/** The admin-console banner: `due` from bannerDueFrom until the anniversary, `overdue` until access is removed. */
export function bannerStateAt(m: VipMembership, policy: ProgramPolicy, now: Date): BannerState {
  if (m.status === 'expired') return 'none';
  const c = renewalCalendar(m.anniversaryDate, policy);
  if (reached(now, c.anniversaryDate)) return 'overdue';
  if (reached(now, c.bannerDueFrom)) return 'due';
  return 'none';
}

export interface RenewableLicence {
  sku: string;
  quantity: number;
  suggestedSku: string;
}

/** Licences held: products of fulfilled PAs less what was returned, per SKU. */
export function licencesHeld(m: VipMembership): { sku: string; quantity: number }[] {
  const totals = new Map<string, number>();
  for (const pa of m.purchaseAuthorizations.filter((p) => p.status === 'fulfilled')) {
    for (const p of pa.products) totals.set(p.sku, (totals.get(p.sku) ?? 0) + p.quantity);
  }
  for (const ra of m.returnAuthorizations)
    for (const p of ra.products) totals.set(p.sku, (totals.get(p.sku) ?? 0) - p.quantity);
  return [...totals]
    .filter(([, q]) => q > 0)
    .map(([sku, quantity]) => ({ sku, quantity }))
    .sort((a, b) => a.sku.localeCompare(b.sku));
}

export interface RenewalOverview {
  open: boolean;
  anniversaryDate: IsoDate;
  overviewOpensOn: IsoDate;
  windowOpensOn: IsoDate;
  accessRemovalOn: IsoDate;
  licences: RenewableLicence[];
  /** Licences whose order the reseller stated covers beyond this anniversary: not due at this renewal. */
  coveredBeyondAnniversary: { sku: string; quantity: number; coversUntil: IsoDate; purchaseAuthorizationId: string }[];
}

/** Fulfilled PAs whose stated duration (seed 003) runs past the anniversary, product by product. */
export function coveredBeyond(m: VipMembership, anniversaryDate: IsoDate): RenewalOverview['coveredBeyondAnniversary'] {
  return m.purchaseAuthorizations
    .filter((pa) => pa.status === 'fulfilled' && pa.coversUntil && pa.coversUntil > anniversaryDate)
    .flatMap((pa) =>
      pa.products.map((p) => ({
        sku: p.sku,
        quantity: p.quantity,
        coversUntil: pa.coversUntil!,
        purchaseAuthorizationId: pa.purchaseAuthorizationId,
      })),
    );
}

/** The renewal overview: renewable licences with suggested SKUs, listed only once the overview has opened. */
export function renewalOverview(m: VipMembership, policy: ProgramPolicy, now: Date): RenewalOverview {
  const c = renewalCalendar(m.anniversaryDate, policy);
  const open = m.status !== 'expired' && reached(now, c.overviewOpensOn);
  const beyond = coveredBeyond(m, c.anniversaryDate);
  const notDue = new Map<string, number>();
  for (const b of beyond) notDue.set(b.sku, (notDue.get(b.sku) ?? 0) + b.quantity);
  return {
    open,
    anniversaryDate: c.anniversaryDate,
    overviewOpensOn: c.overviewOpensOn,
    windowOpensOn: c.windowOpensOn,
    accessRemovalOn: c.accessRemovalOn,
    licences: open
      ? licencesHeld(m)
          .map((l) => ({ ...l, quantity: l.quantity - (notDue.get(l.sku) ?? 0) }))
          .filter((l) => l.quantity > 0)
          .map((l) => ({
            ...l,
            suggestedSku: policy.products.find((p) => p.sku === l.sku)?.renewalSku ?? l.sku,
          }))
      : [],
    coveredBeyondAnniversary: open ? beyond : [],
  };
}

export const isRenewalOpen = (m: VipMembership, policy: ProgramPolicy, now: Date) =>
  reached(now, renewalCalendar(m.anniversaryDate, policy).overviewOpensOn);
