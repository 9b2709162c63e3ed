import Handlebars from 'handlebars';
import { instantAt, stringsAt } from './paths';
import type { BannerSpec } from './rule-table';
import type { EventView, GrantView } from './types';
import { pickLocale } from './locale';

/**
 * Banners belong to an account and show between `startsAt` and `endsAt` (open-ended when null) until cleared.
 * A rule with action `show` creates the banner named by its key or refreshes it (texts, end, severity); a rule
 * with action `clear` ends it (e.g. the VIP renewal banner goes when the membership is renewed).
 */
export interface BannerText {
  title: string;
  body: string;
}

export interface Banner {
  accountId: string;
  key: string;
  ruleId: string;
  category: string;
  severity: 'info' | 'warning' | 'critical';
  audience: string[];
  /** Rendered texts per locale; the viewer's locale is picked at read time. */
  texts: Record<string, BannerText>;
  startsAt: Date;
  endsAt: Date | null;
  clearedAt: Date | null;
  lastEventId: string;
}

export const bannerId = (accountId: string, key: string) => `${accountId}|${key}`;

const keyEngine = Handlebars.create();
/** The banner key of a rule for an event, e.g. "vip-renewal:{{payload.membershipId}}" -> "vip-renewal:M-1". */
export function bannerKey(spec: Pick<BannerSpec, 'key'>, event: EventView): string {
  return keyEngine.compile(spec.key, { noEscape: true })(event).trim();
}

/** The account a banner rule acts on: the path's account, else the event's. */
export function bannerAccountId(spec: Pick<BannerSpec, 'accountFrom'>, event: EventView): string {
  return (spec.accountFrom ? stringsAt(event, spec.accountFrom)[0] : undefined) ?? event.accountId;
}

export function showBanner(
  current: Banner | null,
  spec: BannerSpec,
  ctx: { event: EventView; ruleId: string; category: string; texts: Record<string, BannerText> },
): Banner {
  const { event } = ctx;
  const startsAt = (spec.startsAtFrom ? instantAt(event, spec.startsAtFrom) : null) ?? event.occurredAt;
  const key = bannerKey(spec, event);
  const stillOn = current && current.clearedAt === null;
  // A rule that names no end keeps the end a previous show set (e.g. the access-removal date of a notice).
  const endsAt = spec.endsAtFrom ? instantAt(event, spec.endsAtFrom) : stillOn ? current.endsAt : null;
  return {
    accountId: bannerAccountId(spec, event),
    key,
    ruleId: ctx.ruleId,
    category: ctx.category,
    severity: spec.severity,
    audience: spec.audience,
    texts: ctx.texts,
    // A refreshed banner keeps showing since it first appeared.
    startsAt: stillOn && current.startsAt < startsAt ? current.startsAt : startsAt,
    endsAt,
    clearedAt: null,
    lastEventId: event.eventId,
  };
}

/** Clearing a banner that does not exist or is already cleared changes nothing (returns null). */
export function clearBanner(current: Banner | null, event: EventView): Banner | null {
  if (!current || current.clearedAt !== null) return null;
  return { ...current, clearedAt: event.occurredAt, lastEventId: event.eventId };
}

export function isActive(banner: Pick<Banner, 'startsAt' | 'endsAt' | 'clearedAt'>, now: Date): boolean {
  if (banner.clearedAt !== null && banner.clearedAt <= now) return false;
  if (banner.startsAt > now) return false;
  return banner.endsAt === null || now < banner.endsAt;
}

/**
 * A user sees an account's banner when they hold a grant on the account and, if it has an audience, one of its
 * roles. The reseller of record (partner-admin, the platform's one rule) sees every banner of its customers: the
 * reseller console is where a customer's renewal state is followed (seed 003).
 */
export function visibleTo(
  banner: Pick<Banner, 'accountId' | 'audience'>,
  grants: GrantView[],
  asReseller = false,
): boolean {
  if (asReseller) return true;
  const onAccount = grants.filter((g) => g.accountId === banner.accountId);
  if (onAccount.length === 0) return false;
  return banner.audience.length === 0 || onAccount.some((g) => banner.audience.includes(g.role));
}

export function bannerView(banner: Banner, locale: string) {
  const chosen = pickLocale(locale, Object.keys(banner.texts));
  const text = banner.texts[chosen]!;
  return {
    key: banner.key,
    accountId: banner.accountId,
    category: banner.category,
    severity: banner.severity,
    locale: chosen,
    title: text.title,
    body: text.body,
    startsAt: banner.startsAt.toISOString(),
    endsAt: banner.endsAt ? banner.endsAt.toISOString() : null,
  };
}
