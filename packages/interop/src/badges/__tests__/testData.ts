import type { CompetencyFramework } from '@capkit/model';
import rsaJwk from '../fixtures/rsaKey.jwk.json' with { type: 'json' };
import { ed25519KeyFromSeed, verificationKeyOf, type BadgeSigningKey } from '../keys.js';

/** A two-competency framework on a four-level scale, written for these tests. */
export const framework: CompetencyFramework = {
  schemaVersion: 2,
  kind: 'competencyFramework',
  id: 'dg-framework',
  version: '2026.1',
  status: 'published',
  title: { en: 'Digital government competencies', fr: 'Compétences du numérique public' },
  publisher: 'Ministry of Digital Services',
  scales: [
    {
      id: 'ddat-4',
      label: { en: 'Skill level' },
      proficientLevel: 3,
      levels: [
        {
          value: 1,
          label: { en: 'Awareness' },
          descriptor: { en: 'Knows what data literacy covers.' },
        },
        {
          value: 2,
          label: { en: 'Working' },
          descriptor: { en: 'Reads and questions data with support.' },
        },
        {
          value: 3,
          label: { en: 'Practitioner', fr: 'Praticien' },
          descriptor: {
            en: 'Finds, judges and uses data on their own, and explains the limits of what it shows.',
            fr: 'Trouve, évalue et utilise des données seul et en explique les limites.',
          },
        },
        { value: 4, label: { en: 'Expert' } },
      ],
    },
  ],
  areas: [{ id: 'area-data', code: 'DG-2', label: { en: 'Data' } }],
  competencies: [
    {
      id: 'data-literacy',
      code: 'DG-2.1',
      label: { en: 'Data literacy', fr: 'Culture des données' },
      statement: {
        en: 'Uses data to inform decisions and services.',
        fr: 'Utilise les données pour décider.',
      },
      scaleId: 'ddat-4',
      areaId: 'area-data',
    },
  ],
};

export const issuerId = 'https://skills.ministry.example/issuers/1';
export const caseItemUrl =
  'https://case.ministry.example/ims/case/v1p1/CFItems/3b8c7a52-8f4e-4d8a-9b1e-2f6f0c1d9e01';

/** The fixed 32-byte seed of the issuer's Ed25519 test key (bytes 0…31). */
export const issuerSeed = Uint8Array.from({ length: 32 }, (_, i) => i);
/** A second seed: another key, which must not verify the issuer's badges. */
export const otherSeed = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);

export const issuerEd25519 = await ed25519KeyFromSeed({ seed: issuerSeed, controller: issuerId });
export const otherEd25519 = await ed25519KeyFromSeed({ seed: otherSeed, controller: issuerId });

/** An RSA-2048 key generated once with jose and stored as a JWK (fixtures/rsaKey.jwk.json). */
export const issuerRsa: BadgeSigningKey = {
  id: `${issuerId}#rsa-1`,
  controller: issuerId,
  privateKeyJwk: rsaJwk,
};
export const issuerRsaPublic = verificationKeyOf(issuerRsa);

/** Makes any network access an immediate test failure. */
export function forbidNetwork(): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = () => {
    throw new Error('network access attempted in an offline test');
  };
  return () => {
    globalThis.fetch = original;
  };
}
