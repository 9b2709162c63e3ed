import { DomainError } from '@portal/platform/src/errors';
import { refusal } from '@portal/platform/src/testing/refusal';
import { handledEventTypes, parseRuleTable } from './rule-table';
import { smallTable } from './fixtures';

const rule = (extra: Record<string, unknown> = {}) => ({
  id: 'r-1',
  event: 'OrderPlaced',
  category: 'orders',
  channels: ['email'],
  recipients: [{ roles: ['site-admin'] }],
  template: 't-1',
  ...extra,
});

const problemsOf = (fn: () => unknown): string[] => (refusal(fn).errors ?? []).map((x) => x.message);

describe('rule table', () => {
  it('Given a well-formed table When parsed Then defaults are filled in', () => {
    const table = smallTable([rule()]);
    expect(table.rules[0]).toMatchObject({ excludeActor: false, description: '' });
    expect(table.follows).toEqual([]);
  });

  it('Given a rule naming an unknown category When parsed Then RULE_TABLE_INVALID says which', () => {
    expect(problemsOf(() => smallTable([rule({ category: 'nope' })]))).toEqual(['rule r-1: unknown category nope']);
  });

  it('Given e-mail without recipients, a banner channel without block and a repeated id When parsed Then every problem is listed', () => {
    const problems = problemsOf(() =>
      smallTable([rule({ recipients: [] }), rule({ id: 'r-2', channels: ['banner'] }), rule({ id: 'r-2' })]),
    );
    expect(problems).toEqual([
      'rule r-1: e-mail and inbox need recipients',
      'rule r-2: the banner channel needs a banner block',
      'rule r-2 is defined twice',
    ]);
  });

  it('Given an unknown channel or an unknown recipient kind When parsed Then the schema refuses it', () => {
    expect(() => smallTable([rule({ channels: ['sms'] })])).toThrow(DomainError);
    expect(() => smallTable([rule({ recipients: [{ everyone: true }] })])).toThrow(DomainError);
    expect(() => parseRuleTable({ categories: [], rules: [] })).toThrow(DomainError);
  });

  it('Given rules and follows When the handled event types are asked Then each type appears once, sorted', () => {
    const table = smallTable(
      [rule({ event: 'B' + 'Event' }), rule({ id: 'r-2', event: 'AEvent' }), rule({ id: 'r-3', event: 'AEvent' })],
      [{ event: 'CEvent', userIdsFrom: 'payload.by' }],
    );
    expect(handledEventTypes(table)).toEqual(['AEvent', 'BEvent', 'CEvent']);
  });
});
