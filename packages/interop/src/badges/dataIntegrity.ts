import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { issue, verifyCredential } from '@digitalbazaar/vc';
import { interopIssue } from '../shared/interopIssue.js';
import {
  badgeDocumentLoader,
  BadgeDocumentNotServed,
  type DocumentLoader,
} from './documentLoader.js';
import type { DataIntegritySignOptions } from './dataIntegritySignOptions.js';
import { isEd25519Jwk, verificationKeyOf, type BadgeVerificationKey } from './keys.js';
import type { BadgeResult, DataIntegrityProofValue, OpenBadgeCredential } from './schema.js';
import { validateOpenBadgeCredential } from './validate.js';
import { checkValidityWindow, failure, type BadgeVerification } from './verification.js';

/** The work behind `signBadgeDataIntegrity` (./dataIntegritySigning.ts), loaded on first use. */
export async function signWithDataIntegrity(
  credential: OpenBadgeCredential,
  options: DataIntegritySignOptions,
): Promise<BadgeResult<OpenBadgeCredential>> {
  const checked = validateOpenBadgeCredential(credential);
  if (!checked.success) return checked;
  if (checked.data.proof !== undefined) {
    return {
      success: false,
      issues: [
        interopIssue({ path: ['proof'] }, 'badge.alreadySigned', 'The badge already has a proof'),
      ],
    };
  }
  if (!isEd25519Jwk(options.key.privateKeyJwk) || typeof options.key.privateKeyJwk.d !== 'string') {
    return {
      success: false,
      issues: [
        interopIssue(
          { path: ['key', 'privateKeyJwk'] },
          'badge.notEd25519',
          'eddsa-rdfc-2022 needs a private Ed25519 key (kty "OKP", crv "Ed25519", with "d")',
        ),
      ],
    };
  }
  try {
    const pair = await Ed25519Multikey.fromJwk({
      jwk: options.key.privateKeyJwk,
      secretKey: true,
      id: options.key.id,
      controller: options.key.controller,
    });
    const suite = new DataIntegrityProof({
      signer: pair.signer(),
      cryptosuite,
      ...(options.created === undefined ? {} : { date: options.created }),
    });
    const signed = await issue({
      credential: structuredClone(checked.data),
      suite,
      documentLoader:
        options.documentLoader ?? badgeDocumentLoader([verificationKeyOf(options.key)]),
    });
    return validateOpenBadgeCredential(signed);
  } catch (error) {
    const chain = causeChain(error);
    const notServed = chain.find(
      (e): e is BadgeDocumentNotServed => e instanceof BadgeDocumentNotServed,
    );
    return {
      success: false,
      issues: [
        interopIssue(
          { path: [] },
          notServed === undefined ? 'badge.signingFailed' : 'badge.documentNotAvailable',
          `The badge could not be signed: ${notServed?.message ?? chain.map(messageOf).join(': ')}`,
        ),
      ],
    };
  }
}

function firstError(result: Awaited<ReturnType<typeof verifyCredential>>): unknown {
  return result.results?.[0]?.error ?? result.error?.errors?.[0] ?? result.error;
}

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 8; depth += 1) {
    chain.push(current);
    const next = current as { cause?: unknown; details?: { cause?: unknown } };
    current = next.cause ?? next.details?.cause;
  }
  return chain;
}

function messageOf(error: unknown): string {
  return error instanceof Error ||
    (typeof error === 'object' && error !== null && 'message' in error)
    ? String(error.message)
    : String(error);
}

/** Checks the embedded `eddsa-rdfc-2022` proof of an already validated badge. */
export async function verifyDataIntegrity(
  credential: OpenBadgeCredential,
  options: {
    readonly keys: readonly BadgeVerificationKey[];
    readonly now: Date;
    readonly toleranceSeconds: number;
    readonly documentLoader?: DocumentLoader;
  },
): Promise<BadgeVerification> {
  const proofs: readonly DataIntegrityProofValue[] =
    credential.proof === undefined
      ? []
      : Array.isArray(credential.proof)
        ? credential.proof
        : [credential.proof];
  const proof = proofs[0];
  if (proof === undefined || proofs.length !== 1) {
    return failure(
      'malformed',
      proof === undefined ? 'The badge has no proof' : 'Only a badge with one proof can be checked',
    );
  }
  if (proof.cryptosuite !== 'eddsa-rdfc-2022' || proof.proofPurpose !== 'assertionMethod') {
    return failure(
      'unsupported',
      `Only eddsa-rdfc-2022 proofs for assertionMethod are checked, not ${proof.cryptosuite} for ${proof.proofPurpose}`,
    );
  }
  const key = options.keys.find((k) => k.id === proof.verificationMethod);
  if (
    options.documentLoader === undefined &&
    (key === undefined || !isEd25519Jwk(key.publicKeyJwk))
  ) {
    return failure(
      'wrongKey',
      `The badge was signed by "${proof.verificationMethod}", which is not one of the keys given`,
    );
  }
  if (key !== undefined && key.controller !== credential.issuer.id) {
    return failure(
      'wrongKey',
      `The key "${key.id}" belongs to "${key.controller}", not to the issuer "${credential.issuer.id}"`,
    );
  }
  let result: Awaited<ReturnType<typeof verifyCredential>>;
  try {
    result = await verifyCredential({
      credential: structuredClone(credential),
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader: options.documentLoader ?? badgeDocumentLoader(options.keys),
      // The library checks the validity window before the signature; giving it a moment inside
      // the window lets the signature be checked first, so a changed badge reads "tampered" even
      // when it is also out of date. The window is checked below with the caller's clock.
      now: new Date(credential.validFrom),
      maxClockSkew: 1,
    });
  } catch (error) {
    return failure('malformed', `The proof could not be checked: ${messageOf(error)}`);
  }
  if (!result.verified) {
    const chain = causeChain(firstError(result));
    const notServed = chain.find(
      (e): e is BadgeDocumentNotServed => e instanceof BadgeDocumentNotServed,
    );
    if (notServed !== undefined) return failure('documentNotAvailable', notServed.message);
    const message = chain.map(messageOf).join(': ');
    if (/invalid signature/i.test(message)) {
      return failure(
        'tampered',
        'The signature does not match the badge: it was changed after it was signed',
      );
    }
    if (/not authorized by controller|verification method/i.test(message)) {
      return failure('wrongKey', `The key is not the issuer's: ${message}`);
    }
    return failure('malformed', `The proof could not be checked: ${message}`);
  }
  return (
    checkValidityWindow(credential, options.now, options.toleranceSeconds) ?? {
      verified: true,
      credential,
      format: 'dataIntegrity',
    }
  );
}
