import { randomUUID } from 'node:crypto';

// Ids from gateways and clients: uuids, ULIDs, trace-like tokens. Anything else (free text, a card number pasted
// by mistake, header injection) is replaced, never logged or echoed.
const SAFE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const LONG_DIGIT_RUN = /\d[\d. :-]{11,}\d/;

/** The caller's `X-Request-Id` when it is a plausible id without a long digit run; a new uuid otherwise. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  if (value && SAFE_REQUEST_ID.test(value) && !LONG_DIGIT_RUN.test(value)) return value;
  return randomUUID();
}
