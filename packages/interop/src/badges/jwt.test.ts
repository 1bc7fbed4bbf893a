import { readFileSync } from 'node:fs';
import { base64url, importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBadgeJwt } from './jwt.js';
import { verifyBadge } from './verify.js';
import { practitionerBadge } from './__tests__/buildBadge.js';
import {
  forbidNetwork,
  issuerEd25519,
  issuerId,
  issuerRsa,
  issuerRsaPublic,
  otherEd25519,
} from './__tests__/testData.js';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').trim();
const storedRs256 = fixture('practitioner.rs256.jwt');
const storedEdDsa = fixture('practitioner.eddsa.jwt');
const keys = [issuerRsaPublic, issuerEd25519.verificationKey];
const during = new Date('2027-06-01T12:00:00Z');

function parts(jwt: string): [Record<string, unknown>, Record<string, unknown>, string] {
  const [header = '', payload = '', signature = ''] = jwt.split('.');
  const decode = (part: string) =>
    JSON.parse(new TextDecoder().decode(base64url.decode(part))) as Record<string, unknown>;
  return [decode(header), decode(payload), signature];
}

function reassemble(header: object, payload: object, signature: string): string {
  const encode = (value: object) => base64url.encode(JSON.stringify(value));
  return `${encode(header)}.${encode(payload)}.${signature}`;
}

let restoreFetch: () => void;
beforeAll(() => {
  restoreFetch = forbidNetwork();
});
afterAll(() => restoreFetch());

describe('signBadgeJwt', () => {
  it('reproduces the stored RS256 and EdDSA tokens (both signatures are deterministic)', async () => {
    expect(await signBadgeJwt(practitionerBadge(), { key: issuerRsa })).toEqual({
      success: true,
      data: storedRs256,
    });
    expect(await signBadgeJwt(practitionerBadge(), { key: issuerEd25519.signingKey })).toEqual({
      success: true,
      data: storedEdDsa,
    });
  });

  it('writes the header OB 3.0 allows and the registered claims mirroring the credential', () => {
    const [header, payload] = parts(storedRs256);
    expect(header).toEqual({ alg: 'RS256', kid: `${issuerId}#rsa-1`, typ: 'JWT' });
    expect(payload).toMatchObject({
      iss: issuerId,
      jti: 'urn:uuid:0f4a3c1e-6b2d-4e8f-9a10-7c5d2e1b3a40',
      sub: 'urn:uuid:8e1b0a55-2c3d-8f4e-9a6b-1c2d3e4f5a6b',
      nbf: Date.UTC(2026, 2, 1, 9) / 1000,
      exp: Date.UTC(2029, 2, 1, 9) / 1000,
      name: 'Data literacy: Practitioner',
    });
    expect(payload).not.toHaveProperty('vc');
    expect(payload).not.toHaveProperty('iat');
  });

  it('refuses a key that does not fit the algorithm and a badge without a subject id', async () => {
    const mismatch = await signBadgeJwt(practitionerBadge(), { key: issuerRsa, alg: 'EdDSA' });
    expect(mismatch.success || mismatch.issues[0]?.code).toBe('badge.keyDoesNotFitAlgorithm');
    const { id, ...subject } = practitionerBadge().credentialSubject;
    expect(id).toMatch(/^urn:uuid:/);
    const anonymous = {
      ...practitionerBadge(),
      credentialSubject: {
        ...subject,
        identifier: [
          {
            type: 'IdentityObject' as const,
            hashed: true,
            identityHash: 'sha256$ab',
            identityType: 'emailAddress',
          },
        ],
      },
    };
    const noSub = await signBadgeJwt(anonymous, { key: issuerRsa });
    expect(noSub.success || noSub.issues[0]?.path).toBe('credentialSubject.id');
  });
});

describe('verifyBadge with a VC-JWT', () => {
  it.each([
    ['RS256', storedRs256],
    ['EdDSA', storedEdDsa],
  ])('verifies the stored %s token offline', async (_, jwt) => {
    const result = await verifyBadge(jwt, { keys, now: during });
    expect(result.verified && result.format).toBe('jwt');
    expect(result.verified && result.credential).toEqual(practitionerBadge());
  });

  const changes: [string, (payload: Record<string, unknown>) => void][] = [
    ['name', (p) => void (p['name'] = 'Data literacy: Expert')],
    ['sub', (p) => void (p['sub'] = 'urn:uuid:00000000-0000-8000-8000-000000000000')],
    ['exp', (p) => void (p['exp'] = 4_000_000_000)],
    ['validUntil', (p) => void (p['validUntil'] = '2099-01-01T00:00:00Z')],
    ['issuer', (p) => void ((p['issuer'] as Record<string, unknown>)['name'] = 'Someone else')],
  ];

  it.each(changes)('reports a changed %s as tampered (RS256 and EdDSA)', async (_, change) => {
    for (const jwt of [storedRs256, storedEdDsa]) {
      const [header, payload, signature] = parts(jwt);
      change(payload);
      const result = await verifyBadge(reassemble(header, payload, signature), {
        keys,
        now: during,
      });
      expect(result.verified || result.reason).toBe('tampered');
    }
  });

  it('reports a flipped signature byte as tampered', async () => {
    const [header, payload, signature] = parts(storedEdDsa);
    const flipped = `${signature.slice(0, 5)}${signature[5] === 'A' ? 'B' : 'A'}${signature.slice(6)}`;
    const result = await verifyBadge(reassemble(header, payload, flipped), { keys, now: during });
    expect(result.verified || result.reason).toBe('tampered');
  });

  it('reports a token checked against other keys as wrongKey', async () => {
    for (const jwt of [storedRs256, storedEdDsa]) {
      const result = await verifyBadge(jwt, { keys: [otherEd25519.verificationKey], now: during });
      expect(result.verified || result.reason).toBe('wrongKey');
    }
  });

  it('reports an RSA key given for an EdDSA token as wrongKey', async () => {
    const result = await verifyBadge(storedEdDsa, {
      keys: [{ ...issuerRsaPublic, id: issuerEd25519.verificationKey.id }],
      now: during,
    });
    expect(result.verified || result.reason).toBe('wrongKey');
  });

  it('reports expired after exp and notYetValid before nbf, at the injected now', async () => {
    const after = await verifyBadge(storedRs256, { keys, now: new Date('2029-03-02T00:00:00Z') });
    expect(after.verified || after.reason).toBe('expired');
    const before = await verifyBadge(storedRs256, { keys, now: new Date('2026-02-28T00:00:00Z') });
    expect(before.verified || before.reason).toBe('notYetValid');
  });

  it('refuses alg "none", HS256 and a header OB 3.0 does not allow', async () => {
    const [header, payload, signature] = parts(storedRs256);
    const none = await verifyBadge(reassemble({ ...header, alg: 'none' }, payload, signature), {
      keys,
      now: during,
    });
    expect(none.verified || none.reason).toBe('unsupported');
    const hs = await verifyBadge(reassemble({ ...header, alg: 'HS256' }, payload, signature), {
      keys,
      now: during,
    });
    expect(hs.verified || hs.reason).toBe('unsupported');
    const crit = await verifyBadge(reassemble({ ...header, crit: ['exp'] }, payload, signature), {
      keys,
      now: during,
    });
    expect(crit.verified || [crit.reason, crit.message]).toEqual([
      'malformed',
      'OB 3.0 allows no "crit" JOSE header',
    ]);
  });

  it('accepts a token naming its key by "jwk" when that key is one of the keys given', async () => {
    const badge = practitionerBadge();
    const sign = (jwk: object) =>
      importJWK(issuerEd25519.signingKey.privateKeyJwk, 'EdDSA').then((key) =>
        new SignJWT({ ...badge })
          .setProtectedHeader({ alg: 'EdDSA', jwk, typ: 'JWT' })
          .setIssuer(badge.issuer.id)
          .setJti(badge.id)
          .setSubject(badge.credentialSubject.id ?? '')
          .setNotBefore(Date.UTC(2026, 2, 1, 9) / 1000)
          .setExpirationTime(Date.UTC(2029, 2, 1, 9) / 1000)
          .sign(key),
      );
    const known = await verifyBadge(await sign(issuerEd25519.verificationKey.publicKeyJwk), {
      keys,
      now: during,
    });
    expect(known.verified).toBe(true);
    const unknown = await verifyBadge(await sign(otherEd25519.verificationKey.publicKeyJwk), {
      keys,
      now: during,
    });
    expect(unknown.verified || unknown.reason).toBe('wrongKey');
  });

  it('reports claims that do not mirror the credential as malformed', async () => {
    const badge = practitionerBadge();
    const key = await importJWK(issuerRsa.privateKeyJwk, 'RS256');
    const jwt = await new SignJWT({ ...badge })
      .setProtectedHeader({ alg: 'RS256', kid: issuerRsa.id, typ: 'JWT' })
      .setIssuer(badge.issuer.id)
      .setJti('urn:uuid:11111111-1111-8111-8111-111111111111')
      .setSubject(badge.credentialSubject.id ?? '')
      .setNotBefore(Date.UTC(2026, 2, 1, 9) / 1000)
      .setExpirationTime(Date.UTC(2029, 2, 1, 9) / 1000)
      .sign(key);
    const result = await verifyBadge(jwt, { keys, now: during });
    expect(result.verified || [result.reason, result.message]).toEqual([
      'malformed',
      'The "jti" claim does not match the credential',
    ]);
  });

  it('reports a VC 1.1 style token (credential in a "vc" claim) as malformed, located', async () => {
    const key = await importJWK(issuerRsa.privateKeyJwk, 'RS256');
    const jwt = await new SignJWT({ vc: practitionerBadge() })
      .setProtectedHeader({ alg: 'RS256', kid: issuerRsa.id })
      .setIssuer(issuerId)
      .sign(key);
    const result = await verifyBadge(jwt, { keys, now: during });
    expect(result.verified || result.reason).toBe('malformed');
    expect(result.verified || result.issues?.map((i) => i.path)).toContain('vc');
  });
});
