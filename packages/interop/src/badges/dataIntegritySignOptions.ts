// Apart from dataIntegritySigning.ts so that the lazily loaded dataIntegrity.ts can name the
// options without importing the module that loads it.
import type { DocumentLoader } from './documentLoader.js';
import type { BadgeSigningKey } from './keys.js';

/** Options of `signBadgeDataIntegrity`. */
export interface DataIntegritySignOptions {
  /** An Ed25519 key (see `ed25519KeyFromSeed`). */
  readonly key: BadgeSigningKey;
  /** The proof's `created`; pass it for a reproducible proof. @default now */
  readonly created?: string;
  /** Replaces the offline loader (which serves the contexts and the signing key). */
  readonly documentLoader?: DocumentLoader;
}
