// Who may write, and the proof that a request came through the gateway.
//
// - User tokens: bearer JWTs verified at the gateway, HS256 with a secret, or any algorithm with a
//   JWKS file. Scopes are the `scope` claim, space-separated: `capture:<streamer>` or `capture:*`.
// - Internal tokens: the gateway (and the catalog, calling streamers) signs a short-lived HS256 JWT
//   with the internal key and sends it as `x-internal-token`; it carries the end user's subject and
//   scopes, so the subgraph that owns a store can check the capture scope again.
// On a machine with no keys configured, both keys are created once in DATA_DIR/keys.json (mode 600,
// never under data/), so `npm start` and the local CLI and ingest work with nothing set up.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createLocalJWKSet, errors as joseErrors, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { readDataDir, type Env } from './config.js';
import { forbidden, unauthenticated } from './errors.js';

/** Who a request acts for: anonymous (no subject, no scopes) or a verified token's subject and scopes. */
export interface Identity {
  subject: string | null;
  scopes: string[];
}

export const anonymous: Identity = { subject: null, scopes: [] };

export const internalTokenHeader = 'x-internal-token';
const internalIssuer = 'movies-supergraph';
const internalTtlSeconds = 60;

/** Local keys: created once per DATA_DIR when the environment names none. */
export interface LocalKeys {
  /** Signs and verifies user tokens (HS256). */
  userSecret: string;
  /** Signs and verifies the gateway's proof toward subgraphs (HS256). */
  internalSecret: string;
}

export function localKeysFile(dataDir: string): string {
  return path.join(dataDir, 'keys.json');
}

/** The local keys of a DATA_DIR, created on first use; safe when several processes start at once. */
export function ensureLocalKeys(dataDir: string): LocalKeys {
  const file = localKeysFile(dataDir);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    const keys: LocalKeys = { userSecret: randomBytes(32).toString('base64url'), internalSecret: randomBytes(32).toString('base64url') };
    // Written whole under another name, then linked into place: a reader never sees half a file, and
    // when two processes race, the first link wins and the other reads it.
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, `${JSON.stringify(keys)}\n`, { mode: 0o600 });
    try {
      fs.linkSync(temporary, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      fs.rmSync(temporary, { force: true });
    }
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as LocalKeys;
}

const encode = (secret: string) => new TextEncoder().encode(secret);

/** Checks user tokens: an HS256 secret, or the keys of a JWKS. */
export type UserTokenVerifier = { secret: string } | { jwks: JWTVerifyGetKey };

export function jwksVerifier(file: string): UserTokenVerifier {
  return { jwks: createLocalJWKSet(JSON.parse(fs.readFileSync(file, 'utf8'))) };
}

function scopesOf(claim: unknown): string[] {
  return typeof claim === 'string' ? claim.split(' ').filter(Boolean) : [];
}

/** The identity a bearer token proves; UNAUTHENTICATED when it is expired, forged or malformed. */
export async function verifyUserToken(verifier: UserTokenVerifier, token: string): Promise<Identity> {
  try {
    const { payload } = 'secret' in verifier ? await jwtVerify(token, encode(verifier.secret), { algorithms: ['HS256'] }) : await jwtVerify(token, verifier.jwks);
    // A verified token always names someone: a subject-less one acts as "unnamed".
    return { subject: payload.sub ?? 'unnamed', scopes: scopesOf(payload.scope) };
  } catch (err) {
    const reason = err instanceof joseErrors.JWTExpired ? 'the token has expired' : 'the token cannot be verified';
    throw unauthenticated(reason);
  }
}

/** A user token signed with the local secret: what `npm run token` prints and local clients send. */
export function signUserToken(secret: string, identity: { subject: string; scopes: string[] }, ttl: string): Promise<string> {
  return new SignJWT({ scope: identity.scopes.join(' ') })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.subject)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(encode(secret));
}

/** The gateway's proof for one call to a subgraph, carrying the end user's identity. */
export function signInternalToken(secret: string, identity: Identity): Promise<string> {
  const token = new SignJWT({ scope: identity.scopes.join(' ') }).setProtectedHeader({ alg: 'HS256' }).setIssuer(internalIssuer).setIssuedAt();
  if (identity.subject) token.setSubject(identity.subject);
  return token.setExpirationTime(`${internalTtlSeconds}s`).sign(encode(secret));
}

/**
 * Proofs for the calls of a hot path: one signed token per identity, reused for half its lifetime,
 * instead of a signature per call.
 */
export function internalTokenSigner(secret: string): (identity: Identity) => Promise<string> {
  const signed = new Map<string, { token: Promise<string>; until: number }>();
  return (identity) => {
    const key = `${identity.subject ?? ''}\n${identity.scopes.join(' ')}`;
    const now = Date.now();
    let entry = signed.get(key);
    if (!entry || entry.until <= now) {
      if (signed.size > 1000) signed.clear(); // many users: start again rather than grow
      entry = { token: signInternalToken(secret, identity), until: now + (internalTtlSeconds * 1000) / 2 };
      signed.set(key, entry);
    }
    return entry.token;
  };
}

/** The identity a gateway proof carries; UNAUTHENTICATED without a valid proof. */
export async function verifyInternalToken(secret: string, token: string | undefined): Promise<Identity> {
  if (!token) throw unauthenticated('only the gateway may call a subgraph');
  try {
    const { payload } = await jwtVerify(token, encode(secret), { algorithms: ['HS256'], issuer: internalIssuer });
    return { subject: payload.sub ?? null, scopes: scopesOf(payload.scope) };
  } catch {
    throw unauthenticated('only the gateway may call a subgraph: its proof cannot be verified');
  }
}

/** The scope that capturing into a streamer needs. */
export function captureScope(subgraph: string): string {
  return `capture:${subgraph}`;
}

/** Refuse a capture without a token (UNAUTHENTICATED) or without its scope (FORBIDDEN, naming it). */
export function requireCaptureScope(identity: Identity, subgraph: string): void {
  const needed = captureScope(subgraph);
  if (!identity.subject) throw unauthenticated(`capturing needs a bearer token with scope ${needed}`);
  if (!identity.scopes.includes(needed) && !identity.scopes.includes('capture:*')) throw forbidden(needed);
}

/** The internal key: INTERNAL_SECRET (the same on every host), else the local one in DATA_DIR. */
export function readInternalSecret(env: Env): string {
  return env.INTERNAL_SECRET || ensureLocalKeys(readDataDir(env)).internalSecret;
}

/** How the gateway checks user tokens: AUTH_JWKS_FILE, else AUTH_SECRET, else the local secret in DATA_DIR. */
export function readUserTokenVerifier(env: Env): UserTokenVerifier {
  if (env.AUTH_JWKS_FILE) return jwksVerifier(env.AUTH_JWKS_FILE);
  return { secret: env.AUTH_SECRET || ensureLocalKeys(readDataDir(env)).userSecret };
}
