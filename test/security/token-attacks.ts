import { generateKeyPair, SignJWT } from 'jose';
import type { RunningService } from '@portal/platform';
import { DevIdentityProvider } from '@portal/platform';
import type { TestEnv } from '@portal/platform/src/testing';
import { protectedList, serviceNames, ServiceName, sharedEdges } from './edge-fixture';

/**
 * Every token attack against every edge: each is refused with 401 UNAUTHENTICATED (a disabled user with 403
 * USER_DISABLED, before any validation), and a valid token passes whatever the case of its scheme.
 */
describe('token attacks on all five edges', () => {
  let env: TestEnv;
  let services: Record<ServiceName, RunningService>;
  const targets = {} as Record<ServiceName, string>;
  const tokens: Record<string, string> = {};
  const now = () => Math.floor(Date.now() / 1000);
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

  beforeAll(async () => {
    ({ env, services } = await sharedEdges());
    for (const name of serviceNames) targets[name] = await protectedList(env, services[name]);
    const valid = await env.tokenFor({ userId: 'u-attack-ok', homeAccountId: 'acc-attack' });
    const disabled = await env.tokenFor({ userId: 'u-attack-off', homeAccountId: 'acc-attack', status: 'disabled' });
    const idp = env.idp;
    const claims = { sub: 'u-attack-ok', iss: idp.issuer, aud: idp.audience, iat: now(), exp: now() + 600 };
    const foreign = await DevIdentityProvider.loadOrCreate({ issuer: idp.issuer, audience: idp.audience });
    const publicJwk = idp.jwks().keys[0]!;
    const { privateKey: otherKey } = await generateKeyPair('RS256');
    Object.assign(tokens, {
      valid,
      disabled,
      'no exp': await idp.sign({ ...claims, exp: undefined }),
      expired: await idp.sign({ ...claims, iat: now() - 7200, exp: now() - 3600 }),
      'exp 10 years ahead': await idp.sign({ ...claims, exp: now() + 10 * 365 * 86400 }),
      'iat in the future': await idp.sign({ ...claims, iat: now() + 3600, exp: now() + 7200 }),
      'nbf in the future': await idp.sign({ ...claims, nbf: now() + 3600 }),
      'issued too long ago': await idp.sign({ ...claims, iat: now() - 3 * 86400 }),
      'wrong audience': await idp.sign({ ...claims, aud: 'someone-else' }),
      'no audience': await idp.sign({ ...claims, aud: undefined }),
      'wrong issuer': await idp.sign({ ...claims, iss: 'https://evil.example' }),
      'no subject': await idp.sign({ ...claims, sub: undefined }),
      'alg none': `${b64({ alg: 'none', kid: idp.keyId })}.${b64(claims)}.`,
      'HS256 keyed with the public key': await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', kid: idp.keyId })
        .sign(new TextEncoder().encode(JSON.stringify(publicJwk))),
      'RS384 (not allow-listed)': await idp.sign(claims, { alg: 'RS384' }),
      'no kid': await idp.sign(claims, { kid: undefined }),
      'unknown kid': await foreign.sign(claims, { kid: 'attacker-key' }),
      'right kid, foreign key': await new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: idp.keyId })
        .sign(otherKey),
      'tampered payload': (() => {
        const [header, , signature] = valid.split('.');
        return `${header}.${b64({ ...claims, sub: 'u-site-admin' })}.${signature}`;
      })(),
      garbage: 'not.a.jwt',
    });
  });

  const refused: [string, (t: Record<string, string>) => string | undefined][] = [
    ['no Authorization header', () => undefined],
    ['Basic scheme', (t) => `Basic ${t.valid}`],
    ['Bearer without a token', () => 'Bearer '],
    ...[
      'no exp',
      'expired',
      'exp 10 years ahead',
      'iat in the future',
      'nbf in the future',
      'issued too long ago',
      'wrong audience',
      'no audience',
      'wrong issuer',
      'no subject',
      'alg none',
      'HS256 keyed with the public key',
      'RS384 (not allow-listed)',
      'no kid',
      'unknown kid',
      'right kid, foreign key',
      'tampered payload',
      'garbage',
    ].map((name): [string, (t: Record<string, string>) => string] => [name, (t) => `Bearer ${t[name]}`]),
  ];

  describe.each(serviceNames)('%s', (service) => {
    it.each(refused)('Given a token with %s, Then 401 UNAUTHENTICATED', async (_attack, header) => {
      const request = env.http(services[service]).get(targets[service]);
      const res = await (header(tokens) === undefined ? request : request.set('authorization', header(tokens)!));
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
      expect(res.headers['www-authenticate']).toBe('Bearer');
    });

    it('Given a disabled user, even with an invalid query, Then 403 USER_DISABLED before any validation', async () => {
      for (const path of [targets[service], `${targets[service]}?stauts=paid&limit=-1`]) {
        const res = await env.http(services[service]).get(path).set('authorization', `Bearer ${tokens.disabled}`);
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('USER_DISABLED');
      }
    });

    it.each(['Bearer', 'bearer', 'BEARER'])(
      'Given a valid token under the scheme %s, Then it is accepted',
      async (scheme) => {
        const res = await env
          .http(services[service])
          .get(targets[service])
          .set('authorization', `${scheme} ${tokens.valid}`);
        // Past authentication: the list, or 404 where the list is of the caller's own record (a new user has none).
        expect([200, 404]).toContain(res.status);
        expect(res.body.code).not.toBe('UNAUTHENTICATED');
      },
    );
  });
});
