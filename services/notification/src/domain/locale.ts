import { DEFAULT_LOCALE } from './types';

/**
 * The locale a recipient gets from the locales a template exists in: the exact locale (case-insensitive),
 * else one of the same language (fr-BE -> fr-FR), else en-US, else the first available one.
 */
export function pickLocale(
  requested: string | null | undefined,
  available: readonly string[],
  fallback = DEFAULT_LOCALE,
): string {
  if (available.length === 0) throw new Error('a template needs at least one locale');
  const wanted = (requested ?? '').trim().replace(/_/g, '-').toLowerCase();
  const exact = available.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  const sameLanguage = language
    ? [...available].sort().find((l) => l.toLowerCase().split('-')[0] === language)
    : undefined;
  if (sameLanguage) return sameLanguage;
  return available.find((l) => l === fallback) ?? [...available].sort()[0]!;
}
