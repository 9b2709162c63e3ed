import type { Banner, BannerText } from './banners';
import { bannerAccountId, bannerId, bannerKey, clearBanner, showBanner } from './banners';
import { planDeliveries, type PlannedDelivery, type SkippedDelivery } from './deliveries';
import { pickLocale } from './locale';
import type { Preferences } from './preferences';
import { resolveRecipients, type Directory } from './recipients';
import type { BannerSpec, Rule, RuleTable } from './rule-table';
import { render, templateContext, type Template } from './templates';
import type { EventView } from './types';

/** Templates by id, then by locale. */
export type TemplateCatalog = ReadonlyMap<string, ReadonlyMap<string, Template>>;

export interface RenderedDelivery extends PlannedDelivery {
  locale: string;
  /** E-mail: subject, text, html. Inbox: title, body. */
  content: { subject?: string; text?: string; html?: string; title?: string; body?: string };
}

export interface BannerAction {
  bannerId: string;
  accountId: string;
  key: string;
  rule: Rule;
  spec: BannerSpec;
  /** Rendered in every locale of the template (viewers pick theirs); empty for `clear`. */
  texts: Record<string, BannerText>;
}

export interface Decision {
  deliveries: RenderedDelivery[];
  skipped: SkippedDelivery[];
  banners: BannerAction[];
}

export interface DecideInput {
  table: RuleTable;
  templates: TemplateCatalog;
  event: EventView;
  rules: Rule[];
  directory: Directory;
  preferences: ReadonlyMap<string, Preferences>;
  account: { accountId: string; name: string | null } | null;
  portalUrl: string;
}

/** Everything one event causes: rendered user deliveries (email, inbox) and banner actions. Pure. */
export function decide(input: DecideInput): Decision {
  const { table, templates, event, rules, directory, preferences, account, portalUrl } = input;
  const perRule = rules.map((rule) => ({ rule, recipients: resolveRecipients(rule, event, directory) }));
  const { deliveries, skipped } = planDeliveries(table, event, perRule, preferences);
  const rendered = deliveries.map((d): RenderedDelivery => {
    const byLocale = templateOrThrow(templates, d.templateId);
    const locale = pickLocale(d.recipient.locale, [...byLocale.keys()]);
    const out = render(
      byLocale.get(locale)!,
      [d.channel],
      templateContext(event, d.recipient, locale, account, portalUrl),
    );
    const content =
      d.channel === 'email'
        ? { subject: out.subject, text: out.text, html: out.html }
        : { title: out['inbox.title'], body: out['inbox.body'] };
    return { ...d, locale, content };
  });
  const banners = rules
    .filter((rule) => rule.banner)
    .map((rule): BannerAction => {
      const spec = rule.banner!;
      const accountId = bannerAccountId(spec, event);
      const key = bannerKey(spec, event);
      const texts: Record<string, BannerText> = {};
      if (spec.action === 'show') {
        for (const [locale, template] of templateOrThrow(templates, rule.template)) {
          const out = render(
            template,
            ['banner'],
            templateContext({ ...event, accountId }, null, locale, account, portalUrl),
          );
          texts[locale] = { title: out['banner.title'] ?? '', body: out['banner.body'] ?? '' };
        }
      }
      return { bannerId: bannerId(accountId, key), accountId, key, rule, spec, texts };
    });
  return { deliveries: rendered, skipped, banners };
}

/** The banner after one action of a decision (null: nothing changes). */
export function applyBannerAction(current: Banner | null, action: BannerAction, event: EventView): Banner | null {
  return action.spec.action === 'show'
    ? showBanner(current, action.spec, {
        event,
        ruleId: action.rule.id,
        category: action.rule.category,
        texts: action.texts,
      })
    : clearBanner(current, event);
}

function templateOrThrow(templates: TemplateCatalog, templateId: string) {
  const byLocale = templates.get(templateId);
  if (!byLocale || byLocale.size === 0) throw new Error(`no template ${templateId}`);
  return byLocale;
}

export type { Banner };
