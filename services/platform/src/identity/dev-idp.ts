import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, JWK, SignJWT } from 'jose';

export interface TokenSubject {
  sub: string;
  email: string;
  name?: string;
  userType?: 'internal' | 'external';
}

/**
 * A local identity provider for development and tests: one RS256 signing key (kept under keyDir when given), its
 * JWKS served over HTTP, and tokens minted for any subject. Production points JWKS_URL at the real issuer.
 */
export class DevIdentityProvider {
  private server?: http.Server;

  private constructor(
    private readonly privateKey: Awaited<ReturnType<typeof importJWK>>,
    private readonly publicJwk: JWK,
    readonly issuer: string,
    readonly audience: string,
  ) {}

  static async loadOrCreate(options: {
    keyDir?: string;
    issuer: string;
    audience: string;
  }): Promise<DevIdentityProvider> {
    const file = options.keyDir ? path.join(options.keyDir, 'signing-key.jwk.json') : undefined;
    let privateJwk: JWK;
    if (file && fs.existsSync(file)) {
      privateJwk = JSON.parse(fs.readFileSync(file, 'utf8'));
    } else {
      const { privateKey } = await generateKeyPair('RS256', { extractable: true });
      privateJwk = {
        ...(await exportJWK(privateKey)),
        kid: `dev-${Date.now().toString(36)}`,
        alg: 'RS256',
        use: 'sig',
      };
      if (file) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, JSON.stringify(privateJwk), { mode: 0o600 });
      }
    }
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk;
    return new DevIdentityProvider(await importJWK(privateJwk, 'RS256'), publicJwk, options.issuer, options.audience);
  }

  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }

  async mint(subject: TokenSubject, ttlSeconds = 8 * 3600): Promise<string> {
    return new SignJWT({ email: subject.email, name: subject.name, userType: subject.userType ?? 'external' })
      .setProtectedHeader({ alg: 'RS256', kid: this.publicJwk.kid })
      .setSubject(subject.sub)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.privateKey);
  }

  /**
   * Signs any claims with any header using the provider's key (security tests build hostile tokens with it).
   * `kid` defaults to the provider's; pass `kid: undefined` explicitly in `header` to leave it out.
   */
  async sign(claims: Record<string, unknown>, header: Record<string, unknown> = {}): Promise<string> {
    const protectedHeader = { alg: 'RS256', kid: this.publicJwk.kid, ...header } as { alg: string };
    if ('kid' in header && header.kid === undefined) delete (protectedHeader as { kid?: string }).kid;
    return new SignJWT(claims).setProtectedHeader(protectedHeader).sign(this.privateKey);
  }

  get keyId(): string | undefined {
    return this.publicJwk.kid;
  }

  /** Serves /.well-known/jwks.json on loopback; port 0 picks a free port. */
  async serve(port = 0, host = '127.0.0.1'): Promise<{ url: string; jwksUrl: string; server: http.Server }> {
    this.server = http.createServer((req, res) => {
      if (req.url === '/.well-known/jwks.json') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.jwks()));
      } else if (req.url === '/.well-known/openid-configuration') {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ issuer: this.issuer, jwks_uri: `${this.issuer}/.well-known/jwks.json` }));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve, reject) => this.server!.once('error', reject).listen(port, host, resolve));
    const url = `http://${host}:${(this.server.address() as AddressInfo).port}`;
    return { url, jwksUrl: `${url}/.well-known/jwks.json`, server: this.server };
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
