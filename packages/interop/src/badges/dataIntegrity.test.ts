import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import signedFixture from './fixtures/practitioner.signed.json' with { type: 'json' };
import { signBadgeDataIntegrity } from './dataIntegritySigning.js';
import { badgeDocumentLoader, BadgeDocumentNotServed } from './documentLoader.js';
import { ed25519KeyFromSeed } from './keys.js';
import type { OpenBadgeCredential } from './schema.js';
import { verifyBadge } from './verify.js';
import { practitionerBadge } from './__tests__/buildBadge.js';
import {
  forbidNetwork,
  issuerEd25519,
  issuerId,
  otherEd25519,
  otherSeed,
} from './__tests__/testData.js';

const stored = signedFixture as OpenBadgeCredential;
const keys = [issuerEd25519.verificationKey];
const during = new Date('2027-06-01T12:00:00Z');

let restoreFetch: () => void;
beforeAll(() => {
  restoreFetch = forbidNetwork();
});
afterAll(() => restoreFetch());

describe('signBadgeDataIntegrity (eddsa-rdfc-2022)', () => {
  it('reproduces the stored signed badge from the fixed seed, byte for byte', async () => {
    const signed = await signBadgeDataIntegrity(practitionerBadge(), {
      key: issuerEd25519.signingKey,
      created: '2026-03-01T09:00:00Z',
    });
    expect(signed).toEqual({ success: true, data: stored });
  });

  it('writes a DataIntegrityProof for assertionMethod naming the key', () => {
    expect(stored.proof).toEqual({
      type: 'DataIntegrityProof',
      created: '2026-03-01T09:00:00Z',
      verificationMethod: issuerEd25519.signingKey.id,
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      proofValue: expect.stringMatching(/^z[1-9A-HJ-NP-Za-km-z]{80,90}$/) as unknown,
    });
  });

  it('derives the key id from the seed: the Ed25519 multikey of bytes 0…31', () => {
    expect(issuerEd25519.signingKey.id).toBe(
      `${issuerId}#z6MkehRgf7yJbgaGfYsdoAsKdBPE3dj2CYhowQdcjqSJgvVd`,
    );
  });

  it('refuses an RSA key, a signed badge and a badge with a term no context defines', async () => {
    const rsa = await signBadgeDataIntegrity(practitionerBadge(), {
      key: {
        ...issuerEd25519.signingKey,
        privateKeyJwk: { kty: 'RSA', n: 'AQAB', e: 'AQAB', d: 'AQAB' },
      },
    });
    expect(rsa.success || rsa.issues[0]?.code).toBe('badge.notEd25519');
    const twice = await signBadgeDataIntegrity(stored, { key: issuerEd25519.signingKey });
    expect(twice.success || twice.issues[0]?.code).toBe('badge.alreadySigned');
    const extraContext = {
      ...practitionerBadge(),
      '@context': [...practitionerBadge()['@context'], 'https://example.org/my-context.json'],
    };
    const refused = await signBadgeDataIntegrity(extraContext, { key: issuerEd25519.signingKey });
    expect(refused.success || refused.issues[0]?.message).toContain('is not served offline');
  });
});

describe('verifyBadge with a Data Integrity proof', () => {
  it('verifies the stored signed badge offline', async () => {
    expect(await verifyBadge(stored, { keys, now: during })).toEqual({
      verified: true,
      credential: stored,
      format: 'dataIntegrity',
    });
  });

  const tamperings: [string, (badge: OpenBadgeCredential) => void][] = [
    ['name', (b) => void (b.name = 'Data literacy: Expert')],
    [
      'subject id',
      (b) => void (b.credentialSubject.id = 'urn:uuid:00000000-0000-8000-8000-000000000000'),
    ],
    ['criteria', (b) => void (b.credentialSubject.achievement.criteria.narrative = 'Attended.')],
    [
      'alignment',
      (b) => {
        const alignment = b.credentialSubject.achievement.alignment?.[0];
        if (alignment !== undefined) alignment.targetCode = 'DG-9.9';
      },
    ],
    [
      'achieved level',
      (b) => {
        const result = b.credentialSubject.result?.[0];
        if (result !== undefined)
          result.achievedLevel = `${b.credentialSubject.achievement.id}#level-4`;
      },
    ],
    ['validUntil', (b) => void (b.validUntil = '2099-03-01T09:00:00Z')],
    ['evidence', (b) => void (b.evidence = [{ type: ['Evidence'], name: 'Forged round' }])],
    ['issuer name', (b) => void (b.issuer.name = 'Someone else')],
    [
      'proof created',
      (b) => {
        if (b.proof !== undefined && !Array.isArray(b.proof))
          b.proof.created = '2026-03-02T09:00:00Z';
      },
    ],
    [
      'proofValue',
      (b) => {
        if (b.proof !== undefined && !Array.isArray(b.proof)) {
          const value = b.proof.proofValue;
          b.proof.proofValue = `${value.slice(0, 10)}${value[10] === 'A' ? 'B' : 'A'}${value.slice(11)}`;
        }
      },
    ],
  ];

  it.each(tamperings)('reports a changed %s as tampered', async (_, change) => {
    const badge = structuredClone(stored);
    change(badge);
    const result = await verifyBadge(badge, { keys, now: during });
    expect(result.verified || result.reason).toBe('tampered');
  });

  it('reports a badge checked against another key as wrongKey', async () => {
    const result = await verifyBadge(stored, { keys: [otherEd25519.verificationKey], now: during });
    expect(result.verified || result.reason).toBe('wrongKey');
  });

  it("reports another key published under the issuer's key id as tampered (the two cannot be told apart)", async () => {
    const impostor = await ed25519KeyFromSeed({
      seed: otherSeed,
      controller: issuerId,
      id: issuerEd25519.signingKey.id,
    });
    const result = await verifyBadge(stored, { keys: [impostor.verificationKey], now: during });
    expect(result.verified || result.reason).toBe('tampered');
  });

  it("reports a key that is not the issuer's as wrongKey", async () => {
    const result = await verifyBadge(stored, {
      keys: [{ ...issuerEd25519.verificationKey, controller: 'https://elsewhere.example/issuer' }],
      now: during,
    });
    expect(result.verified || result.reason).toBe('wrongKey');
  });

  it('reports expired after validUntil and notYetValid before validFrom, at the injected now', async () => {
    const after = await verifyBadge(stored, { keys, now: new Date('2029-03-01T09:00:01Z') });
    expect(after.verified || [after.reason, after.message]).toEqual([
      'expired',
      'The badge expired at 2029-03-01T09:00:00Z, before 2029-03-01T09:00:01.000Z',
    ]);
    const before = await verifyBadge(stored, { keys, now: new Date('2026-03-01T08:59:59Z') });
    expect(before.verified || before.reason).toBe('notYetValid');
    const edge = await verifyBadge(stored, { keys, now: new Date('2029-03-01T09:00:00Z') });
    expect(edge.verified).toBe(true);
  });

  it('allows the tolerance asked for at the window edges', async () => {
    const result = await verifyBadge(stored, {
      keys,
      now: new Date('2029-03-01T09:00:30Z'),
      toleranceSeconds: 60,
    });
    expect(result.verified).toBe(true);
  });

  it('reports a tampered and expired badge as tampered: the signature is checked first', async () => {
    const badge = structuredClone(stored);
    badge.name = 'Changed';
    const result = await verifyBadge(badge, { keys, now: new Date('2035-01-01T00:00:00Z') });
    expect(result.verified || result.reason).toBe('tampered');
  });

  it('reports a cryptosuite it does not check as unsupported', async () => {
    const badge = structuredClone(stored);
    if (badge.proof !== undefined && !Array.isArray(badge.proof))
      badge.proof.cryptosuite = 'ecdsa-rdfc-2019';
    const result = await verifyBadge(badge, { keys, now: during });
    expect(result.verified || result.reason).toBe('unsupported');
  });

  it('reports an unsigned badge and a badge of the wrong shape as malformed, with located issues', async () => {
    const unsigned = await verifyBadge(practitionerBadge(), { keys, now: during });
    expect(unsigned.verified || [unsigned.reason, unsigned.message]).toEqual([
      'malformed',
      'The badge has no proof',
    ]);
    const wrongShape = await verifyBadge(
      { ...stored, validFrom: 'yesterday' },
      { keys, now: during },
    );
    expect(wrongShape.verified || wrongShape.issues?.map((i) => i.path)).toEqual(['validFrom']);
  });

  it('refuses, without fetching, a context the offline loader does not serve', async () => {
    const badge = structuredClone(stored);
    badge['@context'] = [...badge['@context'], 'https://example.org/extension-context.json'];
    const result = await verifyBadge(badge, { keys, now: during });
    expect(result.verified || [result.reason, result.message]).toEqual([
      'documentNotAvailable',
      '"https://example.org/extension-context.json" is not served offline: the badge loader fetches nothing from the network. Pass your own documentLoader to allow other documents.',
    ]);
  });

  it("uses the caller's document loader when given one", async () => {
    const offline = badgeDocumentLoader(keys);
    const asked: string[] = [];
    const result = await verifyBadge(stored, {
      keys,
      now: during,
      documentLoader: async (url) => {
        asked.push(url);
        return offline(url);
      },
    });
    expect(result.verified).toBe(true);
    expect(asked).toContain(issuerEd25519.signingKey.id);
    expect(asked).toContain('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json');
  });
});

describe('badgeDocumentLoader', () => {
  it("serves the key's Multikey and its controller document", async () => {
    const load = badgeDocumentLoader(keys);
    expect((await load(issuerEd25519.signingKey.id)).document).toEqual({
      '@context': 'https://w3id.org/security/multikey/v1',
      id: issuerEd25519.signingKey.id,
      type: 'Multikey',
      controller: issuerId,
      publicKeyMultibase: 'z6MkehRgf7yJbgaGfYsdoAsKdBPE3dj2CYhowQdcjqSJgvVd',
    });
    expect((await load(issuerId)).document).toEqual({
      '@context': 'https://www.w3.org/ns/did/v1',
      id: issuerId,
      assertionMethod: [issuerEd25519.signingKey.id],
    });
  });

  it('serves the VC 2.0, Data Integrity and OB 3.0.0–3.0.3 contexts and refuses the rest', async () => {
    const load = badgeDocumentLoader([]);
    for (const url of [
      'https://www.w3.org/ns/credentials/v2',
      'https://w3id.org/security/data-integrity/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]) {
      expect((await load(url)).documentUrl).toBe(url);
    }
    await expect(load('https://www.w3.org/2018/credentials/v1')).rejects.toBeInstanceOf(
      BadgeDocumentNotServed,
    );
    await expect(load(issuerId)).rejects.toBeInstanceOf(BadgeDocumentNotServed);
  });
});
