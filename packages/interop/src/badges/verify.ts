import type { DocumentLoader } from './documentLoader.js';
import { verifyBadgeJwt } from './jwt.js';
import type { BadgeVerificationKey } from './keys.js';
import { validateOpenBadgeCredential } from './validate.js';
import { failure, type BadgeVerification } from './verification.js';

/** Options of {@link verifyBadge}. */
export interface VerifyBadgeOptions {
  /** The issuer keys you trust; a badge signed by any other key fails with `wrongKey`. */
  readonly keys: readonly BadgeVerificationKey[];
  /** The moment to check the validity window at (inject it in tests). @default new Date() */
  readonly now?: Date;
  /** Clock difference allowed at `validFrom` and `validUntil`, in seconds. @default 0 */
  readonly toleranceSeconds?: number;
  /**
   * Replaces the offline loader for Data Integrity proofs (which serves the VC 2.0, Data
   * Integrity and OB 3.0 contexts and `keys`). Only with one can verification reach the network.
   */
  readonly documentLoader?: DocumentLoader;
}

/**
 * Verifies an Open Badge: a credential object with an embedded `eddsa-rdfc-2022` proof, or a
 * VC-JWT string (RS256 or EdDSA). Checks, in order: the shape (`malformed`), the proof type and
 * algorithm (`unsupported`), that the signing key is one of `keys` and the issuer's (`wrongKey`),
 * the signature (`tampered`), then the validity window at `now` (`notYetValid`, `expired`).
 * Fetches nothing unless `documentLoader` does. Never throws.
 */
export async function verifyBadge(
  badge: unknown,
  options: VerifyBadgeOptions,
): Promise<BadgeVerification> {
  const now = options.now ?? new Date();
  const toleranceSeconds = options.toleranceSeconds ?? 0;
  try {
    if (typeof badge === 'string') {
      return await verifyBadgeJwt(badge.trim(), { keys: options.keys, now, toleranceSeconds });
    }
    const checked = validateOpenBadgeCredential(badge);
    if (!checked.success) {
      return failure('malformed', 'The badge is not an Open Badges 3.0 credential', checked.issues);
    }
    // Loaded only for Data Integrity proofs: JSON-LD canonicalisation is most of the entry's
    // weight, and an app that verifies only VC-JWTs never has to download it.
    const { verifyDataIntegrity } = await import('./dataIntegrity.js');
    return await verifyDataIntegrity(checked.data, {
      keys: options.keys,
      now,
      toleranceSeconds,
      ...(options.documentLoader === undefined ? {} : { documentLoader: options.documentLoader }),
    });
  } catch (error) {
    // The libraries underneath can throw on input no check above foresaw; a verifier must not.
    return failure(
      'malformed',
      `The badge could not be checked: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
