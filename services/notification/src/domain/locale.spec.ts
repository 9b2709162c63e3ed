import { pickLocale } from './locale';

describe('locale fallback', () => {
  const available = ['en-US', 'fr-FR', 'sv-SE'];
  it.each([
    ['fr-FR', 'fr-FR'],
    ['sv-se', 'sv-SE'],
    ['sv_SE', 'sv-SE'],
    ['fr-BE', 'fr-FR'],
    ['fr', 'fr-FR'],
    ['de-DE', 'en-US'],
    ['', 'en-US'],
    [null, 'en-US'],
  ])('Given a recipient in %p When a template locale is picked Then %p', (requested, expected) => {
    expect(pickLocale(requested, available)).toBe(expected);
  });

  it('Given a template without en-US When nothing matches Then the first locale in order is used', () => {
    expect(pickLocale('de-DE', ['sv-SE', 'fr-FR'])).toBe('fr-FR');
  });

  it('Given no locale at all When picked Then it is a programming error', () => {
    expect(() => pickLocale('en-US', [])).toThrow();
  });
});
