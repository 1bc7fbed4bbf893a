import type { DataIntegritySignOptions } from './dataIntegritySignOptions.js';
import type { BadgeResult, OpenBadgeCredential } from './schema.js';

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
