/**
 * Card numbers (PANs) in free text: a run of 13 to 19 digits, optionally grouped by single spaces or dashes, that
 * passes the Luhn check. Runs are maximal (digits glued to more digits are one run), while letters end a run, so
 * `tok4111111111111111` still carries one. The one definition of "looks like a card number" in the platform.
 */
const DIGIT_RUN = /\d(?:[ -]?\d)*/g;

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

const isCardNumber = (run: string) => {
  const digits = run.replace(/[ -]/g, '');
  return digits.length >= 13 && digits.length <= 19 && luhnValid(digits);
};

/** True when `text` contains something that looks like a full card number. */
export function containsCardNumber(text: string): boolean {
  for (const match of text.matchAll(DIGIT_RUN)) if (isCardNumber(match[0])) return true;
  return false;
}

export const PAN_MASK = '[redacted-pan]';

/** `text` with every card number replaced by a mask. */
export function maskCardNumbers(text: string): string {
  return text.replace(DIGIT_RUN, (run) => (isCardNumber(run) ? PAN_MASK : run));
}

/**
 * A copy of a log record with every string (keys included, however deep, errors' message and stack too) masked.
 * Depth and size are capped so a hostile object cannot make logging itself the denial of service.
 */
export function maskDeep(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return maskCardNumbers(value);
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) >= 1e12)
    return containsCardNumber(String(value)) ? PAN_MASK : value;
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  if (depth >= 12) return '[too deep]';
  seen.add(value);
  if (Array.isArray(value)) return value.slice(0, 200).map((item) => maskDeep(item, depth + 1, seen));
  if (value instanceof Error) {
    const masked = Object.create(Object.getPrototypeOf(value)) as Error;
    for (const key of [...Object.getOwnPropertyNames(value), ...Object.keys(value)])
      (masked as unknown as Record<string, unknown>)[key] = maskDeep(
        (value as unknown as Record<string, unknown>)[key],
        depth + 1,
        seen,
      );
    return masked;
  }
  if (Buffer.isBuffer(value) || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[maskCardNumbers(key)] = maskDeep(item, depth + 1, seen);
  return out;
}
