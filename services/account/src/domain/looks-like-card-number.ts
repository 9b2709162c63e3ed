import { DomainError } from '@portal/platform/src/errors';

/**
 * Card-number detection for payment-method requests (RAW_PAN_REFUSED). A "full card number" is a run of 13 to 19
 * digits, optionally grouped by single spaces or dashes, that passes the Luhn check. Runs are maximal: digits glued
 * to more digits are one run (a 25-digit reference is not a card number), while letters end a run
 * (`tok4111111111111111` still carries one).
 */

const RUN = /\d(?:[ -]?\d)*/g;

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** True when `text` contains something that looks like a full card number. */
export function looksLikeCardNumber(text: string): boolean {
  for (const match of text.matchAll(RUN)) {
    const digits = match[0].replace(/[ -]/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) return true;
  }
  return false;
}

/** Paths (`a.b[0].c`, keys included) of every value in a JSON-like request that looks like a card number. */
export function findCardNumbers(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return looksLikeCardNumber(value) ? [path || '(body)'] : [];
  if (typeof value === 'number' || typeof value === 'bigint') {
    return Number.isFinite(Number(value)) && looksLikeCardNumber(BigInt(Math.trunc(Number(value))).toString())
      ? [path || '(body)']
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findCardNumbers(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => {
      const at = path ? `${path}.${key}` : key;
      return [...(looksLikeCardNumber(key) ? [`${path || '(body)'}.(key)`] : []), ...findCardNumbers(item, at)];
    });
  }
  return [];
}

/**
 * Refuses a payment-method request carrying a full card number. The problem names where it was found, never the
 * value, so neither the answer nor a log line built from it can echo the number.
 */
export function refuseRawCardNumbers(request: unknown): void {
  const paths = findCardNumbers(request);
  if (paths.length === 0) return;
  throw new DomainError(
    'RAW_PAN_REFUSED',
    'A full card number was sent. Only a payment processor token, the brand, the last four digits and the expiry are accepted.',
    {
      status: 422,
      errors: paths.map((p) => ({ path: p, code: 'RAW_PAN_REFUSED', message: 'looks like a full card number' })),
    },
  );
}
