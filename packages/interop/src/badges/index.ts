// Open Badges 3.0: build a badge for a competency level reached, sign it (Data Integrity
// eddsa-rdfc-2022 or VC-JWT) and verify it, offline.
export {
  openBadgeCredential,
  openBadgeCredentialOrThrow,
  pseudonymousSubjectId,
  type BadgeEvidenceInput,
  type OpenBadgeCredentialInput,
} from './credential.js';
export {
  achievementTypes,
  alignmentTargetTypes,
  openBadgesContext,
  openBadgesContexts,
  resultStatuses,
  resultTypes,
  vcContextV2,
  type AlignmentTargetType,
} from './vocabulary.js';
export { validateOpenBadgeCredential } from './validate.js';
export {
  achievementSchema,
  achievementSubjectSchema,
  alignmentSchema,
  criteriaSchema,
  dataIntegrityProofSchema,
  evidenceSchema,
  openBadgeCredentialSchema,
  profileSchema,
  type BadgeAchievement,
  type BadgeAlignment,
  type BadgeEvidence,
  type BadgeProfile,
  type BadgeResult,
  type DataIntegrityProofValue,
  type OpenBadgeCredential,
} from './schema.js';
export {
  ed25519KeyFromSeed,
  verificationKeyOf,
  type BadgeSigningKey,
  type BadgeVerificationKey,
} from './keys.js';
export {
  badgeDocumentLoader,
  BadgeDocumentNotServed,
  type DocumentLoader,
  type RemoteDocument,
} from './documentLoader.js';
export type { DataIntegritySignOptions } from './dataIntegritySignOptions.js';
export { signBadgeDataIntegrity } from './dataIntegritySigning.js';
export { signBadgeJwt, type BadgeJwtAlgorithm, type BadgeJwtSignOptions } from './jwt.js';
export { verifyBadge, type VerifyBadgeOptions } from './verify.js';
export type { BadgeFailureReason, BadgeProofFormat, BadgeVerification } from './verification.js';
