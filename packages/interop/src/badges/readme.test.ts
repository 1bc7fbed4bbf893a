import { digitalGovernmentFramework } from '@capkit/model/reference';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeIssue } from '../shared/interopIssue.js';
import {
  ed25519KeyFromSeed,
  openBadgeCredential,
  pseudonymousSubjectId,
  signBadgeDataIntegrity,
  signBadgeJwt,
  verifyBadge,
} from './index.js';

// The README's example must run without a network: any fetch fails the test.
const originalFetch = globalThis.fetch;
beforeAll(() => {
  globalThis.fetch = () => Promise.reject(new Error('no network in the README example'));
});
afterAll(() => {
  globalThis.fetch = originalFetch;
});

// The README's example, kept runnable: the code between the markers is pasted into the README.
it('issues a signed Open Badge for a competency level reached and verifies it', async () => {
  // README:start
  // The issuer's Ed25519 key, from a 32-byte seed kept with its other secrets.
  const seed = new Uint8Array(32).fill(42);
  const issuerId = 'https://skills.ministry.example/issuers/1';
  const { signingKey, verificationKey } = await ed25519KeyFromSeed({ seed, controller: issuerId });

  // The person is named only by a pseudonym (HMAC of their id under a secret of the issuer's):
  // no name, no e-mail in the badge.
  const pseudonymSecret = crypto.getRandomValues(new Uint8Array(32));
  const subjectId = await pseudonymousSubjectId({
    personId: 'person-0042',
    secret: pseudonymSecret,
  });

  const built = openBadgeCredential({
    id: 'urn:uuid:0f4a3c1e-6b2d-4e8f-9a10-7c5d2e1b3a40',
    issuer: { id: issuerId, name: 'Ministry of Digital Services' },
    subjectId,
    framework: digitalGovernmentFramework,
    competencyId: 'dg-identity',
    levelValue: 3, // Practitioner
    alignment: { targetUrl: 'https://case.ministry.example/ims/case/v1p1/CFItems/dg-identity' },
    evidence: [{ name: 'Digital skills assessment, round 2026-1', description: 'Rated 3 of 4' }],
    validFrom: '2026-03-01T09:00:00Z',
    validUntil: '2029-03-01T09:00:00Z',
  });
  if (!built.success) throw new Error(built.issues.map(describeIssue).join('\n'));

  // Data Integrity proof (eddsa-rdfc-2022), computed offline.
  const signed = await signBadgeDataIntegrity(built.data, { key: signingKey });
  if (!signed.success) throw new Error(signed.issues.map(describeIssue).join('\n'));

  const now = new Date('2027-01-01T00:00:00Z');
  const checked = await verifyBadge(signed.data, { keys: [verificationKey], now });
  expect(checked.verified).toBe(true);

  // Changed after signing: refused, with the reason.
  const forged = { ...signed.data, name: 'Digital identity: Expert' };
  const refused = await verifyBadge(forged, { keys: [verificationKey], now });
  expect(refused).toMatchObject({ verified: false, reason: 'tampered' });

  // The same badge as a VC-JWT (EdDSA here; RS256 with an RSA key).
  const jwt = await signBadgeJwt(built.data, { key: signingKey });
  if (!jwt.success) throw new Error(jwt.issues.map(describeIssue).join('\n'));
  const later = new Date('2030-01-01T00:00:00Z');
  expect(await verifyBadge(jwt.data, { keys: [verificationKey], now: later })).toMatchObject({
    verified: false,
    reason: 'expired',
  });
  // README:end
  expect(signed.data.credentialSubject.achievement.alignment?.[0]?.targetCode).toBe('DG-1.1.1');
  expect(signed.data.credentialSubject.achievement.criteria.narrative).toMatch(
    /^Applies the competency on their own/,
  );
  expect(subjectId).toMatch(/^urn:uuid:/);
});
