import { DomainError } from '@portal/platform/src/errors';
import { formatMoney, missingSections, parseTemplate, render, templateContext } from './templates';
import { event } from './fixtures';

const source = `{{!-- a comment line is allowed before the first section --}}
=== subject
Invoice {{payload.number}}
  for {{account.name}}
=== text
Hi {{recipient.displayName}}: {{payload.note}} {{money payload.amount}} due {{date payload.dueOn}}
=== html
<p>Hi {{recipient.displayName}}: {{payload.note}}</p>
=== inbox.title
{{payload.number}}
=== inbox.body
{{default payload.missing "none"}} {{join payload.tags ", "}} {{#if (eq payload.number "INV-1")}}first{{/if}}
`;

const ctx = (locale: string, payload: Record<string, unknown> = {}) =>
  templateContext(
    event('InvoiceOverdue', {
      number: 'INV-1',
      note: '<b>&</b>',
      amount: { amountMinor: 123456, currency: 'EUR' },
      dueOn: '2026-03-31',
      tags: ['a', 'b'],
      missing: null,
      ...payload,
    }),
    { userId: 'u-1', email: 'u@acme.example', displayName: 'Åsa <Admin>', locale },
    locale,
    { accountId: 'acc-acme', name: 'Acme' },
    'https://portal.example/',
  );

describe('templates', () => {
  it('Given a sectioned file When parsed Then each section is kept trimmed', () => {
    const t = parseTemplate('t', 'en-US', source);
    expect(Object.keys(t.sections)).toEqual(['subject', 'text', 'html', 'inbox.title', 'inbox.body']);
    expect(missingSections(t, ['email', 'inbox'])).toEqual([]);
    expect(missingSections(t, ['banner'])).toEqual(['banner.title', 'banner.body']);
  });

  it.each([
    ['=== subject\na\n=== footer\nb', 'unknown section footer'],
    ['=== subject\na\n=== subject\nb', 'section subject appears twice'],
    ['hello\n=== subject\na', 'text before the first'],
  ])('Given a malformed file When parsed Then TEMPLATE_INVALID (%#)', (text, why) => {
    expect(() => parseTemplate('t', 'en-US', text)).toThrow(
      expect.objectContaining({ code: 'TEMPLATE_INVALID', message: expect.stringContaining(why) }),
    );
  });

  it('Given an e-mail When rendered Then HTML is escaped, the text part and subject are not, and the subject is one line', () => {
    const out = render(parseTemplate('t', 'en-US', source), ['email'], ctx('en-US'));
    expect(out.subject).toBe('Invoice INV-1 for Acme');
    expect(out.html).toBe('<p>Hi Åsa &lt;Admin&gt;: &lt;b&gt;&amp;&lt;/b&gt;</p>');
    expect(out.text).toBe('Hi Åsa <Admin>: <b>&</b> €1,234.56 due March 31, 2026');
  });

  it('Given French and Swedish recipients When rendered Then dates and money follow their locale', () => {
    const t = parseTemplate('t', 'fr-FR', source);
    expect(render(t, ['email'], ctx('fr-FR')).text).toMatch(/1\s234,56\s€ due 31 mars 2026$/);
    expect(render(t, ['email'], ctx('sv-SE')).text).toMatch(/1\s234,56\s€ due 31 mars 2026$/);
    expect(render(t, ['email'], ctx('sv-SE', { dueOn: '2026-06-01' })).text).toMatch(/1 juni 2026$/);
  });

  it('Given helpers default, join and eq When rendered Then they behave', () => {
    expect(render(parseTemplate('t', 'en-US', source), ['inbox'], ctx('en-US'))['inbox.body']).toBe('none a, b first');
  });

  it('Given a channel whose sections are missing When rendered Then TEMPLATE_INVALID', () => {
    expect(() => render(parseTemplate('t', 'en-US', source), ['banner'], ctx('en-US'))).toThrow(DomainError);
  });

  it('Given strict mode and a misspelled field When rendered Then it fails; without strict Then it renders empty', () => {
    const t = parseTemplate('t', 'en-US', '=== inbox.title\n{{payload.nmber}}\n=== inbox.body\nx');
    expect(() => render(t, ['inbox'], ctx('en-US'), { strict: true })).toThrow();
    expect(render(t, ['inbox'], ctx('en-US'))['inbox.title']).toBe('');
  });

  it('Given amounts in minor units When formatted Then exact, with the currency’s own digits and sign', () => {
    expect(formatMoney({ amountMinor: 9999, currency: 'USD' }, 'en-US')).toBe('$99.99');
    expect(formatMoney({ amountMinor: 1500, currency: 'JPY' }, 'en-US')).toBe('¥1,500');
    expect(formatMoney({ amountMinor: -5, currency: 'EUR' }, 'en-US')).toBe('-€0.05');
    expect(formatMoney({ amountMinor: 900719925474099, currency: 'USD' }, 'en-US')).toBe('$9,007,199,254,740.99');
    expect(formatMoney(null, 'en-US')).toBe('');
  });
});
