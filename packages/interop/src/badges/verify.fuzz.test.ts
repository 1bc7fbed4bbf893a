import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import signedFixture from './fixtures/practitioner.signed.json' with { type: 'json' };
import type { BadgeFailureReason } from './verification.js';
import { verifyBadge } from './verify.js';
import { forbidNetwork, issuerEd25519, issuerRsaPublic } from './__tests__/testData.js';

const storedJwt = readFileSync(
  new URL('./fixtures/practitioner.rs256.jwt', import.meta.url),
  'utf8',
).trim();
const keys = [issuerRsaPublic, issuerEd25519.verificationKey];
const now = new Date('2027-06-01T12:00:00Z');
const reasons: readonly BadgeFailureReason[] = [
  'malformed',
  'unsupported',
  'wrongKey',
  'tampered',
  'expired',
  'notYetValid',
  'documentNotAvailable',
];

let restoreFetch: () => void;
beforeAll(() => {
  restoreFetch = forbidNetwork();
});
afterAll(() => restoreFetch());

const base64urlChar = fc.constantFrom(
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split(''),
);
const segment = fc.string({ unit: base64urlChar, maxLength: 40 });
const encodedJson = fc
  .jsonValue({ maxDepth: 2 })
  .map((value) => Buffer.from(JSON.stringify(value)).toString('base64url'));

// A damaged copy of the stored token: one character replaced, or cut short, or a part swapped.
const damagedJwt = fc.oneof(
  fc
    .tuple(fc.nat({ max: storedJwt.length - 1 }), fc.constantFrom('A', '.', '=', ' ', '{', '_'))
    .map(([at, char]) => `${storedJwt.slice(0, at)}${char}${storedJwt.slice(at + 1)}`),
  fc.nat({ max: storedJwt.length - 1 }).map((at) => storedJwt.slice(0, at)),
  fc.tuple(encodedJson, fc.constantFrom(0, 1, 2)).map(([part, which]) => {
    const pieces = storedJwt.split('.');
    pieces[which] = part;
    return pieces.join('.');
  }),
);

const malformedJwt = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.tuple(segment, segment, segment).map((p) => p.join('.')),
  fc.tuple(encodedJson, encodedJson, segment).map((p) => p.join('.')),
  damagedJwt,
);

function expectReported(result: Awaited<ReturnType<typeof verifyBadge>>): void {
  expect(result.verified).toBe(false);
  if (result.verified) return;
  expect(reasons).toContain(result.reason);
  expect(result.message.length).toBeGreaterThan(0);
  if (result.issues !== undefined) {
    for (const issue of result.issues) expect(typeof issue.path).toBe('string');
  }
}

describe('verifyBadge: fuzz', () => {
  it('reports 10,000 malformed or damaged JWT strings with a reason, never throwing', async () => {
    await fc.assert(
      fc.asyncProperty(malformedJwt, async (jwt) => {
        // A "damage" that rewrites a character with itself leaves the token intact.
        if (jwt === storedJwt) return;
        expectReported(await verifyBadge(jwt, { keys, now }));
      }),
      { numRuns: 10_000 },
    );
  });

  it('reports 300 damaged Data Integrity badges with a reason (full cryptographic check)', async () => {
    const leaves: (readonly PropertyKey[])[] = [];
    const walk = (value: unknown, path: PropertyKey[]) => {
      if (typeof value !== 'object' || value === null) return void leaves.push(path);
      for (const [key, child] of Object.entries(value))
        walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
    };
    walk(signedFixture, []);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...leaves),
        fc.string({ maxLength: 12 }),
        async (path, value) => {
          const badge = structuredClone(signedFixture) as Record<PropertyKey, unknown>;
          let node = badge;
          for (const key of path.slice(0, -1)) node = node[key] as Record<PropertyKey, unknown>;
          const last = path[path.length - 1] as PropertyKey;
          if (node[last] === value) return;
          node[last] = value;
          expectReported(await verifyBadge(badge, { keys, now }));
        },
      ),
      { numRuns: 300 },
    );
  });
});
