import { formatPath } from '@capkit/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import minimal from './fixtures/minimal.json' with { type: 'json' };
import practitioner from './fixtures/practitioner.unsigned.json' with { type: 'json' };
import signed from './fixtures/practitioner.signed.json' with { type: 'json' };
import { validateOpenBadgeCredential } from './validate.js';

function issuesOf(input: unknown): { path: string; code: string }[] {
  const result = validateOpenBadgeCredential(input);
  return result.success ? [] : result.issues.map(({ path, code }) => ({ path, code }));
}

describe('validateOpenBadgeCredential: golden files', () => {
  it('accepts the minimal badge (required properties only), the built one and the signed one', () => {
    expect(validateOpenBadgeCredential(minimal).success).toBe(true);
    expect(validateOpenBadgeCredential(practitioner).success).toBe(true);
    expect(validateOpenBadgeCredential(signed).success).toBe(true);
  });

  it('keeps the credential as it was given', () => {
    const result = validateOpenBadgeCredential(signed);
    expect(result.success && result.data).toEqual(signed);
  });

  it('requires the VC 2.0 context first', () => {
    const reversed = { ...minimal, '@context': [...minimal['@context']].reverse() };
    expect(issuesOf(reversed)).toEqual([{ path: '@context[0]', code: 'badge.vcContextFirst' }]);
  });

  it('requires an OB 3.0 context', () => {
    const noOb = {
      ...minimal,
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://example.org/ctx'],
    };
    expect(issuesOf(noOb)).toEqual([{ path: '@context', code: 'badge.noOpenBadgesContext' }]);
  });

  it('refuses a VC 1.1 credential (issuanceDate instead of validFrom)', () => {
    const { validFrom, ...rest } = minimal;
    expect(validFrom).toBe('2026-05-04T00:00:00+02:00');
    expect(issuesOf({ ...rest, issuanceDate: validFrom })).toEqual([
      { path: 'validFrom', code: 'badge.invalid_type' },
      { path: 'issuanceDate', code: 'badge.unknownProperty' },
    ]);
  });

  it('requires both VerifiableCredential and OpenBadgeCredential (or AchievementCredential) types', () => {
    expect(issuesOf({ ...minimal, type: ['VerifiableCredential'] })).toEqual([
      { path: 'type', code: 'badge.missingType' },
    ]);
    expect(issuesOf({ ...minimal, type: ['AchievementCredential'] })).toEqual([
      { path: 'type', code: 'badge.missingType' },
    ]);
    expect(
      issuesOf({ ...minimal, type: ['VerifiableCredential', 'AchievementCredential'] }),
    ).toEqual([]);
  });

  it('requires criteria with an id or a narrative', () => {
    const badge = structuredClone(minimal);
    (badge.credentialSubject.achievement as { criteria: object }).criteria = {};
    expect(issuesOf(badge)).toEqual([
      { path: 'credentialSubject.achievement.criteria', code: 'badge.emptyCriteria' },
    ]);
  });

  it('requires a subject id or an identifier', () => {
    const badge = structuredClone(minimal) as { credentialSubject: { id?: string } };
    delete badge.credentialSubject.id;
    expect(issuesOf(badge)).toEqual([
      { path: 'credentialSubject', code: 'badge.anonymousSubject' },
    ]);
  });

  it('checks alignment targetType against OB 3.0 values and ext: terms', () => {
    const withType = (targetType: string) => {
      const badge = structuredClone(practitioner);
      const alignment = badge.credentialSubject.achievement.alignment[0];
      if (alignment !== undefined) alignment.targetType = targetType;
      return issuesOf(badge);
    };
    expect(withType('CFItem')).toEqual([]);
    expect(withType('ext:Capkit')).toEqual([]);
    expect(withType('CaseItem')).toEqual([
      { path: 'credentialSubject.achievement.alignment[0].targetType', code: 'badge.unknownTerm' },
    ]);
  });

  it('refuses a date without a time zone and an unknown property, located', () => {
    const badge = {
      ...minimal,
      validFrom: '2026-05-04T00:00:00',
      issuer: { ...minimal.issuer, twitter: '@x' },
    };
    expect(issuesOf(badge)).toEqual([
      { path: 'issuer.twitter', code: 'badge.unknownProperty' },
      { path: 'validFrom', code: 'badge.invalid_format' },
    ]);
  });

  it('keeps, exactly, properties an extension context may define, and only with one', () => {
    const extended = {
      ...minimal,
      '@context': [
        ...minimal['@context'],
        'https://ministry.example/contexts/capkit-extension.json',
      ],
      issuer: { ...minimal.issuer, capkitUnit: 'unit-42' },
    };
    expect(validateOpenBadgeCredential(extended)).toEqual({ success: true, data: extended });
    const withoutContext = { ...extended, '@context': minimal['@context'] };
    expect(issuesOf(withoutContext)).toEqual([
      { path: 'issuer.capkitUnit', code: 'badge.unknownProperty' },
    ]);
  });

  it('still checks the properties OB 3.0 defines when an extension context is named', () => {
    const extended = {
      ...minimal,
      '@context': [
        ...minimal['@context'],
        'https://ministry.example/contexts/capkit-extension.json',
      ],
      validFrom: 'soon',
      extra: 1,
    };
    expect(issuesOf(extended)).toEqual([{ path: 'validFrom', code: 'badge.invalid_format' }]);
  });

  it('caps the issues at maxIssues', () => {
    const result = validateOpenBadgeCredential({ a: 1, b: 2, c: 3, d: 4 }, { maxIssues: 2 });
    expect(result.success || result.issues.length).toBe(2);
  });

  it('reports an object that throws when read instead of throwing', () => {
    const hostile = Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(issuesOf(hostile)).toEqual([{ path: '', code: 'badge.unreadable' }]);
  });
});

// Every path in the golden badge, to mutate one at a time.
function pathsOf(value: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

const paths = pathsOf(signed).filter((p) => p.length > 0);

function mutate(
  root: unknown,
  path: readonly PropertyKey[],
  change: 'set' | 'delete',
  value: unknown,
): unknown {
  const copy = structuredClone(root) as Record<PropertyKey, unknown>;
  let node: Record<PropertyKey, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<PropertyKey, unknown>;
  const last = path[path.length - 1] as PropertyKey;
  if (change === 'delete') Reflect.deleteProperty(node, last);
  else node[last] = value;
  return copy;
}

const badValue = fc.oneof(
  fc.constantFrom(null, 0, -1, 1.5, true, '', ' ', 'not a uri', 'urn', [], {}, ['x'], { x: 1 }),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.constant('x'.repeat(10_001)),
);

describe('validateOpenBadgeCredential: fuzz', () => {
  it('reports 10,000 mutated badges without throwing, each failure located at or above the change', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.constantFrom<'set' | 'delete'>('set', 'set', 'set', 'delete'),
        badValue,
        (path, change, value) => {
          const result = validateOpenBadgeCredential(mutate(signed, path, change, value));
          if (result.success) return;
          expect(result.issues.length).toBeGreaterThan(0);
          // The first key of the mutated path names the part of the badge that is wrong.
          const top = formatPath(path.slice(0, 1));
          expect(result.issues.some((i) => i.path.startsWith(top) || i.path === '')).toBe(true);
          for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('reports 10,000 arbitrary JSON values without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const result = validateOpenBadgeCredential(value);
        expect(result.success).toBe(false);
        if (!result.success) expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 10_000 },
    );
  });
});
