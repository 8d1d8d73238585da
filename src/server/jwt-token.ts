// etcd's JWT token provider (--auth-token jwt,pub-key=…,priv-key=…,sign-method=…,ttl=…): a token is
// a JSON Web Token whose claims are etcd's own ({username, revision, exp}), signed with the
// configured key. Any member holding the public key checks it without asking the others, so,
// unlike simple tokens, nothing about it is logged or kept.
import {
  constants,
  createPrivateKey,
  createPublicKey,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Errors } from './errors.js';

/** What a token stands for: the user, and the auth revision it was issued at. */
export interface TokenClaims {
  username: string;
  revision: number;
}

type Family = 'RS' | 'PS' | 'ES';
const hashes = { '256': 'sha256', '384': 'sha384', '512': 'sha512' } as const;

export class JwtTokens {
  private readonly family: Family;
  private readonly bits: keyof typeof hashes;

  constructor(
    readonly signMethod: string,
    private readonly privateKey: KeyObject,
    private readonly publicKey: KeyObject,
    private readonly ttlMs: number,
  ) {
    const m = /^(RS|PS|ES)(256|384|512)$/.exec(signMethod);
    if (!m) throw new Error(`auth: unsupported JWT sign method "${signMethod}"`);
    this.family = m[1] as Family;
    this.bits = m[2] as keyof typeof hashes;
  }

  /** The token for `username` at auth revision `revision`, alive until ttl from `now`. */
  sign(claims: TokenClaims, now = Date.now()): string {
    const header = base64url(JSON.stringify({ alg: this.signMethod, typ: 'JWT' }));
    const payload = base64url(
      JSON.stringify({
        exp: Math.floor((now + this.ttlMs) / 1000),
        revision: claims.revision,
        username: claims.username,
      }),
    );
    const signed = `${header}.${payload}`;
    const signature = sign(
      hashes[this.bits],
      Buffer.from(signed),
      this.keyOptions(this.privateKey),
    );
    return `${signed}.${signature.toString('base64url')}`;
  }

  /** The claims of a token this provider's key signed and that has not expired; else etcd's error. */
  claims(token: string, now = Date.now()): TokenClaims {
    const parts = token.split('.');
    if (parts.length !== 3) throw Errors.invalidAuthToken();
    const [header, payload, signature] = parts as [string, string, string];
    const alg = parseJson(header)?.alg;
    const ok =
      alg === this.signMethod &&
      verify(
        hashes[this.bits],
        Buffer.from(`${header}.${payload}`),
        this.keyOptions(this.publicKey),
        Buffer.from(signature, 'base64url'),
      );
    const claims = ok ? parseJson(payload) : undefined;
    const { username, revision, exp } = claims ?? {};
    if (
      typeof username !== 'string' ||
      typeof revision !== 'number' ||
      typeof exp !== 'number' ||
      exp * 1000 <= now
    ) {
      throw Errors.invalidAuthToken();
    }
    return { username, revision };
  }

  private keyOptions(key: KeyObject) {
    // JWT's ECDSA signatures are r‖s, not DER.
    if (this.family === 'ES') return { key, dsaEncoding: 'ieee-p1363' as const };
    if (this.family === 'PS') {
      return {
        key,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: constants.RSA_PSS_SALTLEN_DIGEST,
      };
    }
    return key;
  }
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

function parseJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** etcd's --auth-token: `simple`, or `jwt` with its options. */
export type AuthTokenConfig = { type: 'simple' } | { type: 'jwt'; tokens: JwtTokens };

/**
 * Parses --auth-token as etcd's NewTokenProvider does: `simple`, or
 * `jwt,pub-key=PATH,priv-key=PATH,sign-method=RS256,ttl=5m` (ttl defaults to 5 minutes), reading
 * the key files. Throws etcd's "invalid auth options" (or the unknown type) for anything else.
 */
export function parseAuthToken(
  text: string,
  parseDurationMs: (d: string) => number,
): AuthTokenConfig {
  const [type, ...options] = text.split(',');
  if (type === 'simple' && options.length === 0) return { type: 'simple' };
  if (type !== 'jwt') throw new Error(`auth: unknown token type "${text}"`);
  const opts = new Map<string, string>();
  for (const option of options) {
    const eq = option.indexOf('=');
    if (eq <= 0) throw new Error(`auth: invalid auth options: "${option}"`);
    opts.set(option.slice(0, eq), option.slice(eq + 1));
  }
  const pub = opts.get('pub-key');
  const priv = opts.get('priv-key');
  const method = opts.get('sign-method');
  if (!pub || !priv || !method) {
    throw new Error('auth: invalid auth options: jwt needs pub-key, priv-key and sign-method');
  }
  for (const key of opts.keys()) {
    if (!['pub-key', 'priv-key', 'sign-method', 'ttl'].includes(key)) {
      throw new Error(`auth: invalid auth options: unknown option "${key}"`);
    }
  }
  const ttlMs = parseDurationMs(opts.get('ttl') ?? '5m');
  const readKey = <T>(path: string, make: (pem: Buffer) => T): T => {
    try {
      return make(readFileSync(path));
    } catch (err) {
      throw new Error(`auth: cannot read the JWT key ${path}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  };
  return {
    type: 'jwt',
    tokens: new JwtTokens(
      method,
      readKey(priv, (pem) => createPrivateKey(pem)),
      readKey(pub, (pem) => createPublicKey(pem)),
      ttlMs,
    ),
  };
}
