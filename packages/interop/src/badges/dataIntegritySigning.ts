import type { DocumentLoader } from './documentLoader.js';
import type { BadgeSigningKey } from './keys.js';
import type { BadgeResult, OpenBadgeCredential } from './schema.js';

/** Options of {@link signBadgeDataIntegrity}. */
export interface DataIntegritySignOptions {
  /** An Ed25519 key (see `ed25519KeyFromSeed`). */
  readonly key: BadgeSigningKey;
  /** The proof's `created`; pass it for a reproducible proof. @default now */
  readonly created?: string;
  /** Replaces the offline loader (which serves the contexts and the signing key). */
  readonly documentLoader?: DocumentLoader;
}

/**
 * Adds a Data Integrity proof (`DataIntegrityProof`, cryptosuite `eddsa-rdfc-2022`, purpose
 * `assertionMethod`) to an unsigned badge, with Digital Bazaar's `vc` library, offline. The same
 * key, content and `created` give the same `proofValue` (Ed25519 is deterministic). Never throws.
 *
 * The JSON-LD stack (jsonld, rdf-canonize, the contexts) is loaded on the first call, so that an
 * app using only VC-JWTs never downloads it: those libraries declare no `sideEffects: false`, and
 * a static import would keep them in every bundle of this entry.
 */
export async function signBadgeDataIntegrity(
  credential: OpenBadgeCredential,
  options: DataIntegritySignOptions,
): Promise<BadgeResult<OpenBadgeCredential>> {
  const { signWithDataIntegrity } = await import('./dataIntegrity.js');
  return signWithDataIntegrity(credential, options);
}
