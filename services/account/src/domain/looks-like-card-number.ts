import { accountErrors } from './errors';

import { containsCardNumber, luhnValid } from '@portal/platform/src/logging/card-numbers';

/**
 * Card-number detection for payment-method requests (RAW_PAN_REFUSED), with the platform's one definition of a
 * card number (13 to 19 digits, grouped by single spaces or dashes, Luhn-valid; the same one log redaction uses).
 */
export { luhnValid };
export const looksLikeCardNumber = containsCardNumber;

/**
 * Paths (`a.b[0].c`, keys included) of every value in a JSON-like request that looks like a card number. Walks
 * with an explicit stack, never recursion, so no nesting depth can overflow it (the edge refuses deep bodies too).
 */
export function findCardNumbers(value: unknown): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: item, path } = stack.pop()!;
    if (typeof item === 'string') {
      if (looksLikeCardNumber(item)) found.push(path || '(body)');
    } else if (typeof item === 'number' || typeof item === 'bigint') {
      if (Number.isFinite(Number(item)) && looksLikeCardNumber(BigInt(Math.trunc(Number(item))).toString()))
        found.push(path || '(body)');
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push({ value: item[i], path: `${path}[${i}]` });
    } else if (item !== null && typeof item === 'object') {
      const entries = Object.entries(item as Record<string, unknown>).reverse();
      for (const [key, child] of entries) {
        stack.push({ value: child, path: path ? `${path}.${key}` : key });
        if (looksLikeCardNumber(key)) found.push(`${path || '(body)'}.(key)`);
      }
    }
  }
  return found;
}

/**
 * Refuses a payment-method request carrying a full card number. The problem names where it was found, never the
 * value, so neither the answer nor a log line built from it can echo the number.
 */
export function refuseRawCardNumbers(request: unknown): void {
  const paths = findCardNumbers(request);
  if (paths.length === 0) return;
  throw accountErrors.RAW_PAN_REFUSED(
    'A full card number was sent. Only a payment processor token, the brand, the last four digits and the expiry are accepted.',
    { errors: paths.map((p) => ({ path: p, code: 'RAW_PAN_REFUSED', message: 'looks like a full card number' })) },
  );
}
