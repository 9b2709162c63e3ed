import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { eventTopics, loadEventSchemas, topicCatalog } from '@portal/contracts';
import { render, templateContext } from '../domain/templates';
import { pickLocale } from '../domain/locale';
import { rulesFor } from '../domain/matching';
import { handledEventTypes, reminderEventTypes } from '../domain/rule-table';
import {
  catalogProblems,
  defaultCatalogDir,
  loadCatalog,
  loadSamples,
  REQUIRED_LOCALES,
  sampleToEvent,
} from './catalog';
import type { Channel } from '../domain/types';

const catalog = loadCatalog();
const samples = loadSamples();
const schemas = new Map(loadEventSchemas().map((s) => [s.eventType, s]));

/** Channels each template serves (a `clear` banner rule renders nothing). */
const channelsByTemplate = new Map<string, Set<Channel>>();
for (const rule of catalog.table.rules) {
  const set = channelsByTemplate.get(rule.template) ?? new Set<Channel>();
  rule.channels.filter((c) => !(c === 'banner' && rule.banner?.action === 'clear')).forEach((c) => set.add(c));
  channelsByTemplate.set(rule.template, set);
}

const cases = [...catalog.templates].flatMap(([templateId, byLocale]) =>
  [...byLocale.keys()].flatMap((locale) =>
    (samples.get(templateId) ?? []).map((sample, i) => [templateId, locale, sample.eventType, i] as const),
  ),
);

describe('the notification catalog (rules/rules.json + templates/)', () => {
  it('Given the files in the service folder When loaded Then the rule table and templates are consistent', () => {
    expect(catalogProblems(catalog.table, catalog.templates)).toEqual([]);
    expect(catalog.table.rules.length).toBeGreaterThan(10);
  });

  it('Given every template When its locales are listed Then at least en-US, fr-FR and sv-SE exist', () => {
    for (const [templateId, byLocale] of catalog.templates) {
      expect([templateId, REQUIRED_LOCALES.filter((l) => !byLocale.has(l))]).toEqual([templateId, []]);
    }
  });

  it('Given every rule When its event type is looked up in contracts Then it is a published event type', () => {
    const emitted = reminderEventTypes(catalog.table);
    const unknown = catalog.table.rules.map((r) => r.event).filter((e) => !(e in eventTopics) && !emitted.includes(e));
    expect(unknown).toEqual([]);
  });

  it('Given the reminders When their emitted event types are compared with contracts Then none collides with a published type', () => {
    expect(reminderEventTypes(catalog.table).filter((e) => e in eventTopics)).toEqual([]);
  });

  it('Given the handled event types When their topics are looked up Then the service consumes each of them', () => {
    const consumed = topicCatalog.filter((t) => t.consumers.includes('notification')).map((t) => t.name);
    const missed = handledEventTypes(catalog.table).filter(
      (e) => !consumed.includes((eventTopics as Record<string, string>)[e] ?? ''),
    );
    expect(missed).toEqual([]);
  });

  it('Given every rule When its template samples are listed Then one sample has the rule’s event type', () => {
    for (const rule of catalog.table.rules) {
      const types = (samples.get(rule.template) ?? []).map((s) => s.eventType);
      expect([rule.id, types.includes(rule.event)]).toEqual([rule.id, true]);
    }
  });

  it('Given every sample event When checked against its Avro schema Then it is a valid payload of that event type', () => {
    for (const [templateId, list] of samples) {
      for (const sample of list) {
        const schema = schemas.get(sample.sourceEventType ?? sample.eventType);
        expect([templateId, sample.eventType, Boolean(schema)]).toEqual([templateId, sample.eventType, true]);
        const envelope = {
          ...sampleToEvent(sample),
          eventType: schema!.eventType,
          causationId: null,
          correlationId: 'c',
        };
        const errors: string[] = [];
        schema!.type.isValid(envelope, { errorHook: (p: string[]) => errors.push(p.join('.')) });
        expect([templateId, sample.eventType, errors]).toEqual([templateId, sample.eventType, []]);
      }
    }
  });

  it.each(cases)(
    'Given template %s in %s When rendered strictly with a %s sample (#%d) Then every section renders non-empty',
    (templateId, locale, _type, i) => {
      const sample = samples.get(templateId)![i]!;
      const channels = [...(channelsByTemplate.get(templateId) ?? [])];
      const template = catalog.templates.get(templateId)!.get(locale)!;
      const recipient = { userId: 'u-1', email: 'u-1@acme.example', displayName: 'Olivia', locale };
      const out = render(
        template,
        channels,
        templateContext(
          sampleToEvent(sample),
          recipient,
          locale,
          { accountId: 'acc-acme', name: 'Acme AB' },
          'https://portal.example',
        ),
        {
          strict: true,
        },
      );
      for (const [section, text] of Object.entries(out)) {
        expect([section, text.trim().length > 0]).toEqual([section, true]);
        expect([section, text]).not.toEqual([section, expect.stringMatching(/\{\{|\}\}|undefined|NaN|Invalid Date/)]);
      }
      if (out.subject) expect(out.subject).not.toMatch(/\n/);
    },
  );

  it('Given a French recipient When a renewal notice is rendered Then the French text with a French date is used', () => {
    const sample = samples.get('vip-renewal-notice')![0]!;
    const locale = pickLocale('fr-FR', [...catalog.templates.get('vip-renewal-notice')!.keys()]);
    const out = render(
      catalog.templates.get('vip-renewal-notice')!.get(locale)!,
      ['email'],
      templateContext(sampleToEvent(sample), null, locale, null, 'https://p'),
    );
    expect(out.subject).toBe('Votre adhésion VIP VIP-1001 se renouvelle le 1 décembre 2026');
  });

  it('Given each sample event When matched against the rule table Then at least one rule applies', () => {
    for (const list of samples.values())
      for (const s of list)
        expect([s.eventType, rulesFor(catalog.table, sampleToEvent(s)).length > 0]).toEqual([s.eventType, true]);
  });

  it('Given the README When its rule table is read Then every rule of rules.json is listed with its template', () => {
    const readme = fs.readFileSync(path.join(defaultCatalogDir, 'README.md'), 'utf8');
    for (const rule of catalog.table.rules)
      expect([
        rule.id,
        readme.includes(`| ${rule.id} | ${rule.event}`) && readme.includes(`| ${rule.template} |`),
      ]).toEqual([rule.id, true]);
  });

  it('Given a rule whose template is missing When the catalog is loaded Then the start fails naming the problem', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notif-catalog-'));
    fs.mkdirSync(path.join(dir, 'rules'));
    fs.mkdirSync(path.join(dir, 'templates', 'only-fr'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'templates', 'only-fr', 'fr-FR.hbs'), '=== inbox.title\nx\n=== inbox.body\ny\n');
    fs.writeFileSync(
      path.join(dir, 'rules', 'rules.json'),
      JSON.stringify({
        categories: [{ id: 'c', mandatory: false }],
        rules: [
          {
            id: 'a',
            event: 'UserInvited',
            category: 'c',
            channels: ['email'],
            recipients: [{ actor: true }],
            template: 'nope',
          },
          {
            id: 'b',
            event: 'UserInvited',
            category: 'c',
            channels: ['inbox'],
            recipients: [{ actor: true }],
            template: 'only-fr',
          },
        ],
      }),
    );
    expect(() => loadCatalog(dir)).toThrow(/template nope does not exist[\s\S]*only-fr has no en-US/);
    expect(defaultCatalogDir).toMatch(/services[\\/]notification$/);
  });
});
