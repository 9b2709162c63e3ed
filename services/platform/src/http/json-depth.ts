/** Deepest nesting accepted in a JSON body: far beyond any real request, far below what a recursive walk survives. */
export const MAX_JSON_DEPTH = 32;

/**
 * How deeply the JSON text nests objects and arrays, counted over the raw bytes without recursion, so a body
 * nested thousands of levels deep is refused before anything (parser, schema, card-number scan) walks it.
 * Brackets inside strings do not count.
 */
export function jsonNestingDepth(text: Buffer | string): number {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === 0x5c)
        i++; // backslash: skip the escaped byte
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (byte === 0x7d || byte === 0x5d) depth--;
  }
  return deepest;
}

/** The error body-parser's `verify` throws for a too-deep body; the edge answers it 400. */
export class JsonTooDeepError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';
  constructor(depth: number) {
    super(`the body nests ${depth} levels deep; at most ${MAX_JSON_DEPTH} are accepted`);
  }
}

export function refuseDeepJson(_req: unknown, _res: unknown, body: Buffer): void {
  const depth = jsonNestingDepth(body);
  if (depth > MAX_JSON_DEPTH) throw new JsonTooDeepError(depth);
}
