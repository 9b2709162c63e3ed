import { rulesFor } from './matching';
import { event, smallTable } from './fixtures';

describe('rule matching', () => {
  const table = smallTable([
    {
      id: 'any',
      event: 'BannerChanged',
      category: 'renewals',
      channels: ['inbox'],
      recipients: [{ actor: true }],
      template: 't',
    },
    {
      id: 'due',
      event: 'BannerChanged',
      when: { 'payload.state': 'due' },
      category: 'renewals',
      channels: ['inbox'],
      recipients: [{ actor: true }],
      template: 't',
    },
    {
      id: 'no-reason',
      event: 'BannerChanged',
      when: { 'payload.reason': null },
      category: 'renewals',
      channels: ['inbox'],
      recipients: [{ actor: true }],
      template: 't',
    },
    {
      id: 'other',
      event: 'Other',
      category: 'renewals',
      channels: ['inbox'],
      recipients: [{ actor: true }],
      template: 't',
    },
  ]);

  it('Given an event whose conditions hold When matched Then every rule of its type applies, in table order', () => {
    expect(rulesFor(table, event('BannerChanged', { state: 'due' })).map((r) => r.id)).toEqual([
      'any',
      'due',
      'no-reason',
    ]);
  });

  it('Given a condition that does not hold When matched Then that rule is left out', () => {
    expect(rulesFor(table, event('BannerChanged', { state: 'none', reason: 'x' })).map((r) => r.id)).toEqual(['any']);
  });

  it('Given an event type no rule names When matched Then nothing applies', () => {
    expect(rulesFor(table, event('Unknown', {}))).toEqual([]);
  });
});
