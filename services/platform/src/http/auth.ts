import { createRemoteJWKSet, JWTPayload, jwtVerify } from 'jose';
import type { AccessDirectory } from '../access/access-directory';
import type { Principal } from '../access/policy';
import { DomainError } from '../errors';
import type { Caller } from './route';

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  jwksUrl: string;
}

const unauthenticated = (detail: string) => new DomainError('UNAUTHENTICATED', detail, { status: 401 });

/** Verifies `Authorization: Bearer <JWT>` against the issuer's JWKS: signature, issuer, audience, expiry. */
export function tokenVerifier(options: TokenVerifierOptions) {
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 1000 });
  return async (authorization: string | undefined): Promise<Caller> => {
    const token = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated('a Bearer token is required');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, { issuer: options.issuer, audience: options.audience }));
    } catch (error) {
      throw unauthenticated(`the token is not valid: ${(error as Error).message}`);
    }
    if (!payload.sub) throw unauthenticated('the token has no subject');
    const userType = payload.userType === 'internal' ? 'internal' : 'external';
    return { userId: payload.sub, email: String(payload.email ?? ''), userType };
  };
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
