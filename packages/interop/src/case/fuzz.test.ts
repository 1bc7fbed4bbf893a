import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digCompSamplePackage, digitalGovernmentPackage, locatesIn } from './__tests__/fixtures.js';
import { importCasePackage } from './importPackage.js';
import type { CasePackage } from './schemas/package.js';
import { validateCasePackage } from './validate.js';

type Key = string | number;

// A small package with every class in it: the DigComp-style one, plus the golden definitions
// and a criterion level with its list of extensions.
function seed(): CasePackage {
  const pkg = digCompSamplePackage();
  const golden = digitalGovernmentPackage();
  pkg.CFDefinitions = golden.CFDefinitions;
  pkg.CFDocument.extensions = { 'org.example': { review: 2027 } };
  const level = pkg.CFRubrics?.[0]?.CFRubricCriteria?.[0]?.CFRubricCriterionLevels?.[0];
  if (level !== undefined) level.extensions = [{ 'org.example': { badge: 'bronze' } }];
  return pkg;
}

function paths(node: unknown, path: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(path);
  // Extensions are open: what is inside them is never wrong, so no mutation goes there.
  if (path.at(-1) === 'extensions') return out;
  if (Array.isArray(node)) node.forEach((entry, index) => paths(entry, [...path, index], out));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) paths(value, [...path, key], out);
  }
  return out;
}

const base = seed();
const allPaths = paths(base).filter((path) => path.length > 0);
const objectPaths = allPaths.filter((path) => {
  const node = get(base, path);
  return (
    typeof node === 'object' &&
    node !== null &&
    !Array.isArray(node) &&
    path.at(-1) !== 'extensions'
  );
});
const classIdentifierPaths = allPaths.filter((path) => {
  if (path.at(-1) !== 'identifier') return false;
  const owner = get(base, path.slice(0, -1)) as Record<string, unknown>;
  return Object.hasOwn(owner, 'lastChangeDateTime');
});

// Earlier mutations may have replaced what a path went through; then there is nothing to get.
function get(node: unknown, path: readonly Key[]): unknown {
  return path.reduce<unknown>(
    (at, key) =>
      typeof at === 'object' && at !== null ? (at as Record<Key, unknown>)[key] : undefined,
    node,
  );
}

function set(root: unknown, path: readonly Key[], value: unknown): void {
  const parent = get(root, path.slice(0, -1));
  if (typeof parent === 'object' && parent !== null)
    (parent as Record<Key, unknown>)[path.at(-1) as Key] = value;
}

// Each step leaves the type the schema wants, and so do up to three steps in a row.
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return true;
  if (typeof value === 'boolean') return null;
  if (value === null) return [];
  if (Array.isArray(value)) return { length: value.length };
  return 'x';
}

const schemaMutation = fc.oneof(
  fc.nat().map((n) => ({ kind: 'retype' as const, n })),
  fc.nat().map((n) => ({ kind: 'unknownKey' as const, n })),
  fc.nat().map((n) => ({ kind: 'badIdentifier' as const, n })),
);

type Mutation =
  | { readonly kind: 'retype' | 'unknownKey' | 'badIdentifier'; readonly n: number }
  | { readonly kind: 'blankText' | 'badScore' | 'noRubrics' | 'sameScores'; readonly n: number };

function apply(pkg: CasePackage, mutation: Mutation): void {
  const pick = <T>(list: readonly T[]) => list[mutation.n % list.length] as T;
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  const listAt = (path: readonly Key[]) => {
    const list = get(pkg, path);
    return Array.isArray(list) ? list.filter(isObject) : [];
  };
  const levels = listAt(['CFRubrics', 0, 'CFRubricCriteria', 0, 'CFRubricCriterionLevels']);
  switch (mutation.kind) {
    case 'retype': {
      const path = pick(allPaths);
      set(pkg, path, wrongType(get(pkg, path)));
      return;
    }
    case 'unknownKey': {
      const target = get(pkg, pick(objectPaths));
      if (typeof target === 'object' && target !== null)
        (target as Record<string, unknown>)['zzUnknown'] = 1;
      return;
    }
    case 'badIdentifier':
      set(pkg, pick(classIdentifierPaths), `not-a-uuid-${mutation.n}`);
      return;
    case 'blankText': {
      const items = listAt(['CFItems']);
      const item = items[mutation.n % (items.length || 1)];
      if (item !== undefined) item['fullStatement'] = ' \u200b ';
      return;
    }
    case 'badScore': {
      const level = levels[mutation.n % (levels.length || 1)];
      if (level !== undefined)
        level['score'] = mutation.n % 2 === 0 ? 255 + (mutation.n % 1000) : 1.5;
      return;
    }
    case 'noRubrics':
      delete pkg.CFRubrics;
      return;
    case 'sameScores':
      for (const level of levels) level['score'] = 2;
      return;
    default:
      mutation satisfies never;
  }
}

// Whatever survives a mutation must still be broken, and every issue must point into the input.
function expectLocatedFailure(
  input: unknown,
  result: { success: boolean; issues?: readonly { path: string }[] },
) {
  expect(result.success).toBe(false);
  expect(result.issues?.length).toBeGreaterThan(0);
  for (const issue of result.issues ?? []) {
    expect(typeof issue.path).toBe('string');
    expect(locatesIn(input, issue.path)).toBe(true);
  }
}

const junk = fc.oneof(
  fc.constantFrom(null, 0, [], 'not json', '{"CFDocument":', '[]', '{}', true),
  fc.jsonValue({ maxDepth: 2 }),
);

describe('fuzzing (10,000 malformed packages each)', () => {
  it('validateCasePackage never throws and locates every problem', () => {
    fc.assert(
      fc.property(
        fc.array(schemaMutation, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (mutations, asText) => {
          const pkg = structuredClone(base);
          for (const mutation of mutations) apply(pkg, mutation);
          const result = validateCasePackage(asText ? JSON.stringify(pkg) : pkg);
          expectLocatedFailure(pkg, result);
        },
      ),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('importCasePackage never throws and locates every problem, capkit’s rules included', () => {
    const importMutation = fc.oneof(
      schemaMutation,
      fc.nat().map((n) => ({ kind: 'blankText' as const, n })),
      fc.nat().map((n) => ({ kind: 'badScore' as const, n })),
      fc.nat().map((n) => ({ kind: 'noRubrics' as const, n })),
      fc.nat().map((n) => ({ kind: 'sameScores' as const, n })),
    );
    fc.assert(
      fc.property(fc.array(importMutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const pkg = structuredClone(base);
        for (const mutation of mutations) apply(pkg, mutation);
        expectLocatedFailure(pkg, importCasePackage(pkg));
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('neither throws on input that is not a package at all', () => {
    fc.assert(
      fc.property(junk, (input) => {
        expect(validateCasePackage(input).success).toBe(false);
        const result = importCasePackage(input);
        expect(result.success).toBe(false);
        expect(
          !result.success && result.issues.every((issue) => typeof issue.path === 'string'),
        ).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
