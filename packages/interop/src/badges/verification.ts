import type { InteropIssue } from '../shared/interopIssue.js';
import type { OpenBadgeCredential } from './schema.js';

/**
 * Why a badge did not verify.
 * - `malformed`: not a badge (bad JSON, bad JWT, a shape OB 3.0 refuses); `issues` says where.
 * - `unsupported`: a proof type, cryptosuite or JWT algorithm this verifier does not accept.
 * - `wrongKey`: signed by a key the caller did not give (or the key does not fit the algorithm).
 * - `tampered`: the signature does not match the content: it was changed after signing.
 * - `expired`: past `validUntil` (JWT: `exp`).
 * - `notYetValid`: before `validFrom` (JWT: `nbf`).
 * - `documentNotAvailable`: the proof needs a document the offline loader does not serve.
 */
export type BadgeFailureReason =
  | 'malformed'
  | 'unsupported'
  | 'wrongKey'
  | 'tampered'
  | 'expired'
  | 'notYetValid'
  | 'documentNotAvailable';

/** How the badge was secured. */
export type BadgeProofFormat = 'dataIntegrity' | 'jwt';

/** Outcome of `verifyBadge`. */
export type BadgeVerification =
  | {
      readonly verified: true;
      readonly credential: OpenBadgeCredential;
      readonly format: BadgeProofFormat;
    }
  | {
      readonly verified: false;
      readonly reason: BadgeFailureReason;
      /** One plain sentence for logs and people. */
      readonly message: string;
      /** For `malformed`: every problem found, located. */
      readonly issues?: readonly InteropIssue[];
    };

/** Builds a failure. */
export function failure(
  reason: BadgeFailureReason,
  message: string,
  issues?: readonly InteropIssue[],
): BadgeVerification {
  return issues === undefined
    ? { verified: false, reason, message }
    : { verified: false, reason, message, issues };
}

/** The validity window check shared by both proof formats, run after the signature check. */
export function checkValidityWindow(
  credential: OpenBadgeCredential,
  now: Date,
  toleranceSeconds: number,
): BadgeVerification | undefined {
  const at = now.getTime();
  const tolerance = toleranceSeconds * 1000;
  if (Date.parse(credential.validFrom) - tolerance > at) {
    return failure(
      'notYetValid',
      `The badge is valid from ${credential.validFrom}, after ${now.toISOString()}`,
    );
  }
  if (credential.validUntil !== undefined && Date.parse(credential.validUntil) + tolerance < at) {
    return failure(
      'expired',
      `The badge expired at ${credential.validUntil}, before ${now.toISOString()}`,
    );
  }
  return undefined;
}
