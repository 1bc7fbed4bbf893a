import {
  compactVerify,
  decodeProtectedHeader,
  errors as joseErrors,
  importJWK,
  SignJWT,
  type JWK,
} from 'jose';
import { interopIssue } from '../shared/interopIssue.js';
import { isEd25519Jwk, type BadgeSigningKey, type BadgeVerificationKey } from './keys.js';
import type { BadgeResult, OpenBadgeCredential } from './schema.js';
import { validateOpenBadgeCredential } from './validate.js';
import { checkValidityWindow, failure, type BadgeVerification } from './verification.js';

/** JWT algorithms for badges: RS256 is OB 3.0's minimum; EdDSA takes an Ed25519 key. */
export type BadgeJwtAlgorithm = 'RS256' | 'EdDSA';

/** Options of {@link signBadgeJwt}. */
export interface BadgeJwtSignOptions {
  /** RSA (≥ 2048 bits) for RS256, Ed25519 for EdDSA. */
  readonly key: BadgeSigningKey;
  /** @default 'RS256' for an RSA key, 'EdDSA' for an Ed25519 key */
  readonly alg?: BadgeJwtAlgorithm;
}

// OB 3.0 §8.2: these registered claims mirror the credential; the JOSE header has alg, kid and
// typ "JWT" only ("Additional JOSE Headers are NOT allowed").
const mirroredClaims = new Set(['iss', 'jti', 'nbf', 'sub', 'exp', 'iat']);
const allowedHeaders = new Set(['alg', 'kid', 'jwk', 'typ']);
const maxJwtLength = 1_000_000;

function seconds(dateTime: string): number {
  return Math.floor(Date.parse(dateTime) / 1000);
}

function algorithmFor(jwk: JWK): BadgeJwtAlgorithm | undefined {
  if (jwk.kty === 'RSA') return 'RS256';
  return isEd25519Jwk(jwk) ? 'EdDSA' : undefined;
}

/**
 * Signs a badge as a VC-JWT (OB 3.0 §8.2, a compact JWS): header `{ alg, kid, typ: 'JWT' }`,
 * payload the credential itself plus `iss` (issuer.id), `jti` (id), `sub` (credentialSubject.id),
 * `nbf` (validFrom) and `exp` (validUntil, if any). RS256 and EdDSA signatures are deterministic,
 * so the same key and badge give the same token. Never throws.
 */
export async function signBadgeJwt(
  credential: OpenBadgeCredential,
  options: BadgeJwtSignOptions,
): Promise<BadgeResult<string>> {
  const checked = validateOpenBadgeCredential(credential);
  if (!checked.success) return checked;
  const badge = checked.data;
  const keyAlg = algorithmFor(options.key.privateKeyJwk);
  const alg = options.alg ?? keyAlg;
  const problem = (path: PropertyKey[], code: string, message: string): BadgeResult<string> => ({
    success: false,
    issues: [interopIssue({ path }, code, message)],
  });
  if (alg === undefined || alg !== keyAlg) {
    return problem(
      ['key', 'privateKeyJwk'],
      'badge.keyDoesNotFitAlgorithm',
      'RS256 needs an RSA key and EdDSA an Ed25519 key',
    );
  }
  if (badge.credentialSubject.id === undefined) {
    return problem(
      ['credentialSubject', 'id'],
      'badge.subjectIdNeeded',
      'A VC-JWT needs the subject\'s id for its "sub" claim',
    );
  }
  try {
    const key = await importJWK(options.key.privateKeyJwk, alg);
    const jwt = new SignJWT({ ...badge })
      .setProtectedHeader({ alg, kid: options.key.id, typ: 'JWT' })
      .setIssuer(badge.issuer.id)
      .setJti(badge.id)
      .setSubject(badge.credentialSubject.id)
      .setNotBefore(seconds(badge.validFrom));
    if (badge.validUntil !== undefined) jwt.setExpirationTime(seconds(badge.validUntil));
    return { success: true, data: await jwt.sign(key) };
  } catch (error) {
    return problem(
      [],
      'badge.signingFailed',
      `The badge could not be signed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function sameKey(a: JWK, b: JWK): boolean {
  return a.kty === b.kty && a.crv === b.crv && a.x === b.x && a.n === b.n && a.e === b.e;
}

function parsePayload(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function claimsMismatch(
  claims: Record<string, unknown>,
  badge: OpenBadgeCredential,
): string | undefined {
  const expected: [string, unknown][] = [
    ['iss', badge.issuer.id],
    ['jti', badge.id],
    ['sub', badge.credentialSubject.id],
    ['nbf', seconds(badge.validFrom)],
  ];
  if (badge.validUntil !== undefined || claims['exp'] !== undefined) {
    expected.push(['exp', badge.validUntil === undefined ? undefined : seconds(badge.validUntil)]);
  }
  const wrong = expected.find(([claim, value]) => claims[claim] !== value);
  return wrong === undefined ? undefined : `The "${wrong[0]}" claim does not match the credential`;
}

/** Checks a VC-JWT badge: the signature with one of `keys`, then its claims, then the window. */
export async function verifyBadgeJwt(
  jwt: string,
  options: {
    readonly keys: readonly BadgeVerificationKey[];
    readonly now: Date;
    readonly toleranceSeconds: number;
  },
): Promise<BadgeVerification> {
  if (jwt.length > maxJwtLength || !/^[\w-]+\.[\w-]*\.[\w-]+$/.test(jwt)) {
    return failure('malformed', 'Not a compact JWS (three base64url parts separated by ".")');
  }
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jwt);
  } catch {
    return failure('malformed', 'The JWT header is not base64url-encoded JSON');
  }
  const extra = Object.keys(header).find((name) => !allowedHeaders.has(name));
  if (extra !== undefined) return failure('malformed', `OB 3.0 allows no "${extra}" JOSE header`);
  if (header.typ !== undefined && header.typ !== 'JWT') {
    return failure(
      'malformed',
      `The "typ" header must be "JWT", not ${JSON.stringify(header.typ)}`,
    );
  }
  if (header.alg !== 'RS256' && header.alg !== 'EdDSA') {
    return failure(
      'unsupported',
      `The algorithm ${JSON.stringify(header.alg)} is not accepted (RS256 or EdDSA)`,
    );
  }
  const alg = header.alg;
  const headerJwk = header.jwk as JWK | undefined;
  const key =
    typeof header.kid === 'string'
      ? options.keys.find((k) => k.id === header.kid)
      : headerJwk === undefined
        ? undefined
        : options.keys.find((k) => sameKey(k.publicKeyJwk, headerJwk));
  if (key === undefined) {
    return failure(
      'wrongKey',
      typeof header.kid === 'string'
        ? `The badge was signed by "${header.kid}", which is not one of the keys given`
        : 'The badge names no key given (no matching "kid" or "jwk")',
    );
  }
  if (algorithmFor(key.publicKeyJwk) !== alg) {
    return failure('wrongKey', `The key "${key.id}" cannot check an ${alg} signature`);
  }
  let payloadBytes: Uint8Array;
  try {
    const publicKey = await importJWK(key.publicKeyJwk, alg);
    payloadBytes = (await compactVerify(jwt, publicKey, { algorithms: [alg] })).payload;
  } catch (error) {
    if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
      return failure(
        'tampered',
        'The signature does not match the badge: it was changed after it was signed, or signed by another key',
      );
    }
    return failure(
      'malformed',
      `The JWT could not be checked: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const claims = parsePayload(payloadBytes);
  if (claims === undefined) return failure('malformed', 'The JWT payload is not a JSON object');
  const credential = Object.fromEntries(
    Object.entries(claims).filter(([name]) => !mirroredClaims.has(name)),
  );
  const checked = validateOpenBadgeCredential(credential);
  if (!checked.success)
    return failure(
      'malformed',
      'The JWT payload is not an Open Badges 3.0 credential',
      checked.issues,
    );
  if (key.controller !== checked.data.issuer.id) {
    return failure(
      'wrongKey',
      `The key "${key.id}" belongs to "${key.controller}", not to the issuer "${checked.data.issuer.id}"`,
    );
  }
  const mismatch = claimsMismatch(claims, checked.data);
  if (mismatch !== undefined) return failure('malformed', mismatch);
  return (
    checkValidityWindow(checked.data, options.now, options.toleranceSeconds) ?? {
      verified: true,
      credential: checked.data,
      format: 'jwt',
    }
  );
}
