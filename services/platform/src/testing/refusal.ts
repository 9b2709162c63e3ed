import { DomainError } from '../errors';

/** What a refusal says, whether a domain function threw it or the edge answered it as an RFC 9457 problem. */
export interface Refusal {
  code: string;
  status: number;
  detail: string;
  errors?: { path: string; code: string; message: string }[];
  /** The whole problem body when the refusal came over HTTP. */
  problem?: Record<string, unknown>;
}

interface ResponseLike {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

const fromDomainError = (error: DomainError): Refusal => ({
  code: error.code,
  status: error.status,
  detail: error.message,
  ...(error.errors ? { errors: error.errors } : {}),
});

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown }).then === 'function';

const isResponse = (value: unknown): value is ResponseLike =>
  typeof value === 'object' && value !== null && 'status' in value && 'headers' in value && 'body' in value;

/** Checks that an HTTP answer is an RFC 9457 problem (media type and members) and returns what it says. */
function fromResponse(response: ResponseLike): Refusal {
  const type = String(response.headers['content-type'] ?? '');
  const body = (response.body ?? {}) as Record<string, unknown>;
  const wrong = (why: string) =>
    new Error(`expected an RFC 9457 problem, got ${response.status} ${type}: ${why}\n${JSON.stringify(body)}`);
  if (response.status < 400) throw wrong('not a refusal status');
  if (!type.startsWith('application/problem+json')) throw wrong('not application/problem+json');
  for (const member of ['type', 'title', 'detail', 'code'])
    if (typeof body[member] !== 'string') throw wrong(`no string ${member}`);
  if (body.status !== response.status) throw wrong('the body status is not the response status');
  return {
    code: body.code as string,
    status: response.status,
    detail: body.detail as string,
    ...(body.errors ? { errors: body.errors as Refusal['errors'] } : {}),
    problem: body,
  };
}

const expectCode = (refusal: Refusal, code?: string) => {
  if (code !== undefined && refusal.code !== code)
    throw new Error(`expected refusal ${code}, got ${refusal.code} (${refusal.status}): ${refusal.detail}`);
  return refusal;
};

/**
 * The refusal a call ends in, failing the test when there is none (or, given `code`, another one):
 * - `refusal(() => decide(...))`: a domain function that must throw a DomainError;
 * - `refusal(promise)`: a use case that must reject with a DomainError, or an HTTP call (supertest) whose answer
 *   must be an RFC 9457 problem;
 * - `refusal(response)`: an HTTP answer already awaited.
 */
export function refusal(call: () => unknown, code?: string): Refusal;
export function refusal(call: PromiseLike<unknown>, code?: string): Promise<Refusal>;
export function refusal(response: ResponseLike, code?: string): Refusal;
export function refusal(
  call: (() => unknown) | PromiseLike<unknown> | ResponseLike,
  code?: string,
): Refusal | Promise<Refusal> {
  if (typeof call === 'function') {
    try {
      call();
    } catch (error) {
      if (error instanceof DomainError) return expectCode(fromDomainError(error), code);
      throw error;
    }
    throw new Error(`expected a refusal${code ? ` ${code}` : ''}, nothing was thrown`);
  }
  if (!isThenable(call)) return expectCode(fromResponse(call), code);
  return Promise.resolve(call).then(
    (answer) => {
      if (isResponse(answer)) return expectCode(fromResponse(answer), code);
      throw new Error(`expected a refusal${code ? ` ${code}` : ''}, the call succeeded`);
    },
    (error: unknown) => {
      if (error instanceof DomainError) return expectCode(fromDomainError(error), code);
      throw error;
    },
  );
}
