import Handlebars from 'handlebars';
import { errors } from './errors';
import type { Channel, EventView, Recipient } from './types';

/**
 * Templates are data: one file per template id and locale (templates/<id>/<locale>.hbs), split into sections
 * by lines "=== <section>". Sections: subject, text, html (e-mail), inbox.title, inbox.body (inbox),
 * banner.title, banner.body (banner). Rendered with handlebars; html is escaped, the other parts are not.
 */
export const SECTIONS = [
  'subject',
  'text',
  'html',
  'inbox.title',
  'inbox.body',
  'banner.title',
  'banner.body',
] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTIONS_BY_CHANNEL: Record<Channel, Section[]> = {
  email: ['subject', 'text', 'html'],
  inbox: ['inbox.title', 'inbox.body'],
  banner: ['banner.title', 'banner.body'],
};

export interface Template {
  templateId: string;
  locale: string;
  sections: Partial<Record<Section, string>>;
}

/** Parses a template file; unknown or repeated sections are refused (TEMPLATE_INVALID). */
export function parseTemplate(templateId: string, locale: string, source: string): Template {
  const sections: Partial<Record<Section, string>> = {};
  let current: Section | null = null;
  let lines: string[] = [];
  const flush = () => {
    if (current) sections[current] = lines.join('\n').trim();
    lines = [];
  };
  for (const line of source.split(/\r?\n/)) {
    const header = /^===\s*(\S+)\s*$/.exec(line);
    if (header) {
      flush();
      const name = header[1] as Section;
      if (!SECTIONS.includes(name)) throw invalid(templateId, locale, `unknown section ${header[1]}`);
      if (sections[name] !== undefined) throw invalid(templateId, locale, `section ${name} appears twice`);
      current = name;
    } else if (current) {
      lines.push(line);
    } else if (line.trim() !== '' && !line.trim().startsWith('{{!')) {
      throw invalid(templateId, locale, 'text before the first "=== section" line');
    }
  }
  flush();
  return { templateId, locale, sections };
}

const invalid = (templateId: string, locale: string, why: string) =>
  errors.TEMPLATE_INVALID(`template ${templateId}/${locale}: ${why}`);

/** The sections a template must have to serve these channels. */
export function missingSections(template: Template, channels: readonly Channel[]): Section[] {
  return channels.flatMap((c) => SECTIONS_BY_CHANNEL[c]).filter((s) => !template.sections[s]);
}

/** What a template sees. */
export interface TemplateContext {
  event: { eventId: string; eventType: string; occurredAt: Date; aggregateId: string; accountId: string };
  payload: unknown;
  actor: EventView['actor'];
  recipient: Recipient | null;
  account: { accountId: string; name: string };
  locale: string;
  portalUrl: string;
}

export function templateContext(
  event: EventView,
  recipient: Recipient | null,
  locale: string,
  account: { accountId: string; name: string | null } | null,
  portalUrl: string,
): TemplateContext {
  return {
    event: {
      eventId: event.eventId,
      eventType: event.eventType,
      occurredAt: event.occurredAt,
      aggregateId: event.aggregateId,
      accountId: event.accountId,
    },
    payload: event.payload,
    actor: event.actor,
    recipient,
    account: { accountId: event.accountId, name: account?.name || event.accountId },
    locale,
    portalUrl: portalUrl.replace(/\/+$/, ''),
  };
}

// --- rendering ---------------------------------------------------------------------------------------------

const hbs = Handlebars.create();
type HelperOptions = { data?: { root?: { locale?: string } }; hash?: Record<string, unknown> };
const localeOf = (options: HelperOptions) => options?.data?.root?.locale ?? 'en-US';
const toDate = (value: unknown): Date | null => {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string' && value)
    return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return null;
};

/** {{date value}}: a calendar date in the recipient's locale (UTC). */
hbs.registerHelper('date', (value: unknown, options: HelperOptions) => {
  const d = toDate(value);
  if (!d || Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(localeOf(options), { dateStyle: 'long', timeZone: 'UTC' }).format(d);
});
/** {{datetime value}}: date and time in the recipient's locale (UTC). */
hbs.registerHelper('datetime', (value: unknown, options: HelperOptions) => {
  const d = toDate(value);
  if (!d || Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(localeOf(options), { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(
    d,
  );
});
/** {{money m}}: {amountMinor, currency} in the recipient's locale, exact (integer minor units, no floats in). */
hbs.registerHelper('money', (value: unknown, options: HelperOptions) => formatMoney(value, localeOf(options)));
/** {{eq a b}} for {{#if (eq payload.status "rejected")}}. */
hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
/** {{default value "fallback"}}. */
hbs.registerHelper('default', (value: unknown, fallback: unknown) =>
  value === null || value === undefined || value === '' ? fallback : value,
);
/** {{join list ", "}}. */
hbs.registerHelper('join', (list: unknown, separator: unknown) =>
  Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : '',
);

export function formatMoney(value: unknown, locale: string): string {
  if (!value || typeof value !== 'object') return '';
  const { amountMinor, currency } = value as { amountMinor?: unknown; currency?: unknown };
  if (typeof amountMinor !== 'number' || typeof currency !== 'string') return '';
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  // Integer arithmetic for the split; the formatter only ever sees an exactly representable decimal string.
  const sign = amountMinor < 0 ? '-' : '';
  const abs = Math.abs(amountMinor);
  const major = Math.trunc(abs / 10 ** digits);
  const minor = abs % 10 ** digits;
  const decimal = digits > 0 ? `${sign}${major}.${String(minor).padStart(digits, '0')}` : `${sign}${major}`;
  return format.format(decimal as unknown as number);
}

const cache = new Map<string, HandlebarsTemplateDelegate>();
function compiled(source: string, escape: boolean, strict: boolean): HandlebarsTemplateDelegate {
  const key = `${escape ? 'e' : 'n'}${strict ? 's' : 'l'}:${source}`;
  let fn = cache.get(key);
  if (!fn) {
    fn = hbs.compile(source, { noEscape: !escape, strict });
    cache.set(key, fn);
  }
  return fn;
}

export type Rendered = Partial<Record<Section, string>>;

/**
 * Renders the sections the channels need. `strict` makes a reference to a missing field an error (used by the
 * template tests to catch misspelled fields); at run time a missing optional field renders as empty text.
 */
export function render(
  template: Template,
  channels: readonly Channel[],
  context: TemplateContext,
  options: { strict?: boolean } = {},
): Rendered {
  const missing = missingSections(template, channels);
  if (missing.length > 0) throw invalid(template.templateId, template.locale, `missing sections ${missing.join(', ')}`);
  const out: Rendered = {};
  for (const section of channels.flatMap((c) => SECTIONS_BY_CHANNEL[c])) {
    const source = template.sections[section]!;
    const text = compiled(
      source,
      section === 'html',
      options.strict ?? false,
    )(context, { allowProtoPropertiesByDefault: false });
    out[section] = section === 'subject' || section.endsWith('.title') ? text.replace(/\s+/g, ' ').trim() : text;
  }
  return out;
}
