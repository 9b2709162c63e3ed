import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseRuleTable, type RuleTable } from '../domain/rule-table';
import { missingSections, parseTemplate, type Template } from '../domain/templates';
import type { TemplateCatalog } from '../domain/notify';
import { DEFAULT_LOCALE, type Channel, type EventView } from '../domain/types';

/**
 * The rule table and templates, read once at start from the service folder (rules/rules.json and
 * templates/<templateId>/<locale>.hbs). Any inconsistency stops the start with every problem listed.
 */
export interface NotificationCatalog {
  table: RuleTable;
  templates: TemplateCatalog;
}

export const defaultCatalogDir = path.resolve(__dirname, '..', '..');
export const REQUIRED_LOCALES = ['en-US', 'fr-FR', 'sv-SE'];

export function loadCatalog(dir = defaultCatalogDir): NotificationCatalog {
  const table = parseRuleTable(JSON.parse(fs.readFileSync(path.join(dir, 'rules', 'rules.json'), 'utf8')));
  const templatesDir = path.join(dir, 'templates');
  const templates = new Map<string, Map<string, Template>>();
  for (const templateId of fs.readdirSync(templatesDir).sort()) {
    const folder = path.join(templatesDir, templateId);
    if (!fs.statSync(folder).isDirectory()) continue;
    const byLocale = new Map<string, Template>();
    for (const file of fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.hbs'))
      .sort()) {
      const locale = path.basename(file, '.hbs');
      byLocale.set(locale, parseTemplate(templateId, locale, fs.readFileSync(path.join(folder, file), 'utf8')));
    }
    templates.set(templateId, byLocale);
  }
  const problems = catalogProblems(table, templates);
  if (problems.length > 0) throw new Error(`notification catalog is inconsistent:\n- ${problems.join('\n- ')}`);
  return { table, templates };
}

/** Every rule's template exists in en-US (the fallback) and every locale has the sections its channels need. */
export function catalogProblems(table: RuleTable, templates: TemplateCatalog): string[] {
  const problems: string[] = [];
  const channelsOf = new Map<string, Set<Channel>>();
  for (const rule of table.rules) {
    const set = channelsOf.get(rule.template) ?? new Set<Channel>();
    // A `clear` banner rule renders nothing.
    rule.channels.filter((c) => !(c === 'banner' && rule.banner?.action === 'clear')).forEach((c) => set.add(c));
    channelsOf.set(rule.template, set);
  }
  for (const [templateId, channels] of channelsOf) {
    const byLocale = templates.get(templateId);
    if (!byLocale) {
      problems.push(`template ${templateId} does not exist`);
      continue;
    }
    if (!byLocale.has(DEFAULT_LOCALE))
      problems.push(`template ${templateId} has no ${DEFAULT_LOCALE} version (the fallback)`);
    for (const [locale, template] of byLocale) {
      if (!/^[a-z]{2,3}-[A-Z]{2}$/.test(locale))
        problems.push(`template ${templateId}: ${locale} is not a locale like fr-FR`);
      const missing = missingSections(template, [...channels]);
      if (missing.length > 0) problems.push(`template ${templateId}/${locale} lacks ${missing.join(', ')}`);
    }
  }
  return problems;
}

/** Sample events kept beside each template (templates/<id>/samples.json), used by the template tests and docs. */
export interface SampleEvent {
  eventType: string;
  /** For events a reminder emits: the published event type whose payload it carries (schema-checked as that). */
  sourceEventType?: string;
  accountId: string;
  actor?: EventView['actor'];
  payload: unknown;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function loadSamples(dir = defaultCatalogDir): Map<string, SampleEvent[]> {
  const templatesDir = path.join(dir, 'templates');
  const out = new Map<string, SampleEvent[]>();
  for (const templateId of fs.readdirSync(templatesDir).sort()) {
    const file = path.join(templatesDir, templateId, 'samples.json');
    if (!fs.existsSync(file)) continue;
    // Instants are written as ISO strings and become Dates, as the Avro codec hands them to handlers.
    const samples = JSON.parse(fs.readFileSync(file, 'utf8'), (_k, v) =>
      typeof v === 'string' && ISO_INSTANT.test(v) ? new Date(v) : v,
    );
    out.set(templateId, samples as SampleEvent[]);
  }
  return out;
}

export function sampleToEvent(sample: SampleEvent, eventId = `sample-${sample.eventType}`): EventView {
  return {
    eventId,
    eventType: sample.eventType,
    occurredAt: new Date('2026-03-01T09:00:00.000Z'),
    aggregateId: `agg-${sample.eventType}`,
    accountId: sample.accountId,
    correlationId: 'corr-sample',
    actor: sample.actor ?? null,
    payload: sample.payload,
  };
}
