import { createRemoteJWKSet, decodeProtectedHeader, JWTPayload, jwtVerify } from 'jose';
import type { AccessDirectory } from '../access/access-directory';
import type { Principal } from '../access/policy';
import { DomainError } from '../errors';
import type { Caller } from './route';

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** Signature algorithms accepted (allow-list); anything else, `none` and HMAC included, is refused. */
  algorithms?: string[];
  /** Longest accepted `exp - iat` (or `exp - now` without `iat`), and the oldest accepted `iat`. */
  maxLifetimeSeconds?: number;
  /** Tolerated clock difference with the issuer for `exp`, `nbf` and `iat`. */
  clockSkewSeconds?: number;
}

export const TOKEN_DEFAULTS = { algorithms: ['RS256'], maxLifetimeSeconds: 24 * 3600, clockSkewSeconds: 30 };

/**
 * Verified tokens kept per process, keyed by the whole token string (any other bytes are another key and are
 * verified in full). An entry answers until the token's `exp` (no clock-skew grace) and at most `VERIFIED_TOKEN_MS`
 * after it was verified, so a key the issuer withdraws from its JWKS stops working within that time too; failures
 * are never cached. Disabled users and grants are not in it: they are looked up on every request.
 */
export const VERIFIED_TOKEN_MS = 60_000;
const VERIFIED_TOKENS_KEPT = 10_000;

const unauthenticated = (detail: string) => new DomainError('UNAUTHENTICATED', detail, { status: 401 });

// RFC 6750: the scheme is case-insensitive; the token is base64url parts (no spaces).
const BEARER = /^bearer +([A-Za-z0-9._~+/-]+=*)$/i;

/**
 * Verifies `Authorization: Bearer <JWT>` against the issuer's JWKS: allow-listed algorithm, a `kid` the JWKS
 * names, signature, issuer, audience, `exp` required, lifetime capped, `iat`/`nbf` within the clock skew.
 */
export function tokenVerifier(options: TokenVerifierOptions) {
  const { algorithms, maxLifetimeSeconds, clockSkewSeconds } = { ...TOKEN_DEFAULTS, ...stripUndefined(options) };
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 1000 });
  const verified = new VerifiedTokens(VERIFIED_TOKENS_KEPT);
  // Requests that bring the same token while it is being verified share that one verification.
  const verifying = new Map<string, Promise<Caller>>();
  const verifyFully = async (token: string): Promise<Caller> => {
    let payload: JWTPayload;
    try {
      // Without a kid the JWKS would pick its only key; a token must say which key signed it.
      if (!decodeProtectedHeader(token).kid) throw new Error('the token header names no key (kid)');
      ({ payload } = await jwtVerify(token, jwks, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: clockSkewSeconds,
        ...(hasIssuedAt(token) ? { maxTokenAge: maxLifetimeSeconds } : {}),
      }));
    } catch (error) {
      throw unauthenticated(`the token is not valid: ${(error as Error).message}`);
    }
    const now = Math.floor(Date.now() / 1000);
    const lifetime = payload.exp! - (typeof payload.iat === 'number' ? payload.iat : now);
    if (lifetime > maxLifetimeSeconds + clockSkewSeconds)
      throw unauthenticated(`the token lives longer than the ${maxLifetimeSeconds} s allowed`);
    if (!payload.sub) throw unauthenticated('the token has no subject');
    const userType = payload.userType === 'internal' ? 'internal' : 'external';
    const caller: Caller = { userId: payload.sub, email: String(payload.email ?? ''), userType };
    verified.set(token, caller, Math.min(payload.exp! * 1000, Date.now() + VERIFIED_TOKEN_MS));
    return caller;
  };
  return async (authorization: string | undefined): Promise<Caller> => {
    const token = BEARER.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated('a Bearer token is required');
    const known = verified.get(token, Date.now());
    if (known) return known;
    let pending = verifying.get(token);
    if (!pending) {
      pending = verifyFully(token).finally(() => verifying.delete(token));
      verifying.set(token, pending);
    }
    return { ...(await pending) };
  };
}

/** Bounded map of verified tokens to their caller, each until a deadline; when full, the oldest entry goes. */
export class VerifiedTokens {
  private readonly entries = new Map<string, { caller: Caller; until: number }>();

  constructor(private readonly limit: number) {}

  get(token: string, now: number): Caller | undefined {
    const hit = this.entries.get(token);
    if (!hit) return undefined;
    if (hit.until > now) return { ...hit.caller };
    this.entries.delete(token);
    return undefined;
  }

  set(token: string, caller: Caller, until: number): void {
    if (until <= Date.now()) return;
    this.entries.delete(token);
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { caller: { ...caller }, until });
  }

  get size(): number {
    return this.entries.size;
  }
}

/** jose checks `iat` (not in the future, not older than the lifetime) only when asked for a maximum age. */
function hasIssuedAt(token: string): boolean {
  try {
    const body = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as JWTPayload;
    return body.iat !== undefined;
  } catch {
    return false;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The caller's grants come from the local projection, never from the token: a user the projection does not know
 * yet has no grants; a disabled user is refused everywhere.
 */
export async function principalOf(caller: Caller, access: AccessDirectory): Promise<Principal> {
  const known = await access.principal(caller.userId);
  if (known?.status === 'disabled')
    throw new DomainError('USER_DISABLED', 'this user has been disabled', { status: 403 });
  return (
    known ?? {
      userId: caller.userId,
      email: caller.email,
      displayName: '',
      locale: 'en-US',
      userType: caller.userType,
      homeAccountId: '',
      status: 'active',
      grants: [],
    }
  );
}
