import { base64url, type JWK } from 'jose';

/**
 * A private key that signs badges, with the id verifiers know its public half by. Ed25519
 * (`kty: 'OKP', crv: 'Ed25519'`) signs Data Integrity proofs and EdDSA JWTs; RSA
 * (`kty: 'RSA'`, at least 2048 bits) signs RS256 JWTs.
 */
export interface BadgeSigningKey {
  /**
   * The verification method id: the proof's `verificationMethod` and the JWT's `kid`, e.g.
   * `https://ministry.example/issuers/1#key-1` or `did:key:z6Mk…#z6Mk…`.
   */
  readonly id: string;
  /** Who controls the key: the issuer's id (the badge's `issuer.id`). */
  readonly controller: string;
  /** The private key as a JSON Web Key (it has `d`). */
  readonly privateKeyJwk: JWK;
}

/** The public half of a {@link BadgeSigningKey}: what a verifier trusts. */
export interface BadgeVerificationKey {
  readonly id: string;
  readonly controller: string;
  /** The public key as a JSON Web Key (no `d`). */
  readonly publicKeyJwk: JWK;
}

const privateMembers = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k']);

/** The public half of a signing key, with every private JWK member removed. */
export function verificationKeyOf(key: BadgeSigningKey): BadgeVerificationKey {
  const publicKeyJwk = Object.fromEntries(
    Object.entries(key.privateKeyJwk).filter(([name]) => !privateMembers.has(name)),
  ) as JWK;
  return { id: key.id, controller: key.controller, publicKeyJwk };
}

/**
 * An Ed25519 key pair from a 32-byte seed (keep the seed as secret as the key). With no
 * `controller` the key is a `did:key` (its id encodes the public key, so nothing has to be
 * published); with one, its id is `${controller}#${publicKeyMultibase}` unless `id` is given.
 */
export async function ed25519KeyFromSeed(options: {
  readonly seed: Uint8Array;
  readonly controller?: string;
  readonly id?: string;
}): Promise<{
  readonly signingKey: BadgeSigningKey;
  readonly verificationKey: BadgeVerificationKey;
}> {
  // Loaded on use, like the rest of the Data Integrity stack: a JWT-only app never needs it.
  const { generate } = await import('@digitalbazaar/ed25519-multikey');
  const pair = await generate({ seed: options.seed });
  const controller = options.controller ?? `did:key:${pair.publicKeyMultibase}`;
  const id = options.id ?? `${controller}#${pair.publicKeyMultibase}`;
  // RFC 8037: "d" is the 32-byte seed (the library's own export would give its 64-byte form).
  const privateKeyJwk: JWK = {
    kty: 'OKP',
    crv: 'Ed25519',
    x: base64url.encode(pair.publicKey),
    d: base64url.encode(options.seed),
  };
  const signingKey = { id, controller, privateKeyJwk };
  return { signingKey, verificationKey: verificationKeyOf(signingKey) };
}

/** True for an Ed25519 JWK (`kty: 'OKP', crv: 'Ed25519'`). */
export function isEd25519Jwk(jwk: JWK): boolean {
  return jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string';
}
