import * as jose from 'jose';
import { DevIdentityProvider } from '../identity/dev-idp';
import { until } from '../testing/eventually';
import { tokenVerifier, VerifiedTokens } from './auth';

jest.mock('jose', () => {
  const actual = jest.requireActual('jose');
  return { ...actual, jwtVerify: jest.fn(actual.jwtVerify) };
});

describe('token verification with the verified-token cache', () => {
  let idp: DevIdentityProvider;
  let jwksUrl: string;
  const now = () => Math.floor(Date.now() / 1000);
  const verifyCalls = () => (jose.jwtVerify as unknown as jest.Mock).mock.calls.length;

  beforeAll(async () => {
    idp = await DevIdentityProvider.loadOrCreate({ issuer: 'http://idp.test', audience: 'portal' });
    ({ jwksUrl } = await idp.serve(0));
  });
  afterAll(() => idp.close());

  const verifier = () => tokenVerifier({ issuer: idp.issuer, audience: idp.audience, jwksUrl, clockSkewSeconds: 0 });
  const claims = () => ({ sub: 'u-1', email: 'u1@acme.example', iss: idp.issuer, aud: idp.audience, iat: now() });

  it('given a token verified once, then the same token is answered again without verifying its signature', async () => {
    const verify = verifier();
    const token = await idp.sign({ ...claims(), exp: now() + 600 });
    const before = verifyCalls();
    const first = await verify(`Bearer ${token}`);
    const second = await verify(`bearer ${token}`);
    expect(second).toEqual(first);
    expect(first).toEqual({ userId: 'u-1', email: 'u1@acme.example', userType: 'external' });
    expect(verifyCalls() - before).toBe(1);
  });

  it('given a cached token, then one changed byte is another token and is verified in full (refused)', async () => {
    const verify = verifier();
    const token = await idp.sign({ ...claims(), exp: now() + 600 });
    await verify(`Bearer ${token}`);
    const [header, payload, signature] = token.split('.');
    const tampered = `${header}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(verify(`Bearer ${tampered}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('given a cached token that reaches its exp, then it is refused like any expired token', async () => {
    const verify = verifier();
    const exp = now() + 2;
    const token = await idp.sign({ ...claims(), exp });
    await verify(`Bearer ${token}`);
    await until('the token expired', async () => Date.now() >= exp * 1000, 10_000, 50);
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('given a refused token, then it is not remembered: it is refused again after verifying again', async () => {
    const verify = verifier();
    const token = await idp.sign({ ...claims(), aud: 'someone-else', exp: now() + 600 });
    const before = verifyCalls();
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(verifyCalls() - before).toBe(2);
  });
});

describe('verified tokens', () => {
  const caller = { userId: 'u', email: '', userType: 'external' as const };

  it('given a deadline, then the entry answers before it and not after', () => {
    const tokens = new VerifiedTokens(10);
    const until = Date.now() + 1000;
    tokens.set('t', caller, until);
    expect(tokens.get('t', until - 1)).toEqual(caller);
    expect(tokens.get('t', until)).toBeUndefined();
  });

  it('given more tokens than it keeps, then the oldest goes', () => {
    const tokens = new VerifiedTokens(2);
    const later = Date.now() + 60_000;
    for (const t of ['a', 'b', 'c']) tokens.set(t, caller, later);
    expect(tokens.size).toBe(2);
    expect(tokens.get('a', Date.now())).toBeUndefined();
    expect(tokens.get('c', Date.now())).toEqual(caller);
  });

  it('given an answer changed by its caller, then the kept entry is unchanged', () => {
    const tokens = new VerifiedTokens(2);
    tokens.set('t', caller, Date.now() + 60_000);
    tokens.get('t', Date.now())!.userId = 'someone-else';
    expect(tokens.get('t', Date.now())).toEqual(caller);
  });
});
