import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressSmallGroups } from './suppressSmallGroups.js';

/**
 * An attacker independent of the implementation: linear algebra. Unknowns are the withheld
 * groups and every parent's direct members; equations are parent = direct members + children.
 * A cell is recoverable exactly when its unit vector lies in the row space of the equations
 * (restricted to unknowns), i.e. appending it does not raise the rank.
 */
function recoverableCells(
  counts: readonly number[],
  parentOf: readonly number[],
  withheld: readonly boolean[],
): Set<string> {
  const groups = counts.length;
  const children = counts.map((_, g) =>
    parentOf.flatMap((parent, child) => (parent === g ? [child] : [])),
  );
  const residual = (g: number) =>
    (counts[g] as number) -
    (children[g] as number[]).reduce((s, c) => s + (counts[c] as number), 0);
  // Unknown columns: withheld groups, and direct members of each parent with children (when non-empty).
  const unknowns: string[] = [];
  counts.forEach((_, g) => {
    if (withheld[g] === true) unknowns.push(`g${g}`);
    if ((children[g] as number[]).length > 0 && residual(g) !== 0) unknowns.push(`r${g}`);
  });
  const column = new Map(unknowns.map((name, i) => [name, i]));
  const rows: number[][] = [];
  for (let g = 0; g < groups; g += 1) {
    if ((children[g] as number[]).length === 0) continue;
    const row = new Array<number>(unknowns.length).fill(0);
    const add = (name: string, sign: number) => {
      const i = column.get(name);
      if (i !== undefined) row[i] = (row[i] as number) + sign;
    };
    add(`g${g}`, 1);
    add(`r${g}`, -1);
    for (const child of children[g] as number[]) add(`g${child}`, -1);
    if (row.some((value) => value !== 0)) rows.push(row);
  }
  const rank = (matrix: number[][]) => {
    const m = matrix.map((row) => [...row]);
    let r = 0;
    for (let c = 0; c < unknowns.length && r < m.length; c += 1) {
      const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c] as number) > 1e-9);
      if (pivot < 0) continue;
      [m[r], m[pivot]] = [m[pivot] as number[], m[r] as number[]];
      for (let i = 0; i < m.length; i += 1) {
        if (i === r) continue;
        const factor = (m[i]?.[c] as number) / (m[r]?.[c] as number);
        m[i] = (m[i] as number[]).map(
          (value, j) => value - factor * ((m[r] as number[])[j] as number),
        );
      }
      r += 1;
    }
    return r;
  };
  const base = rank(rows);
  return new Set(
    unknowns.filter((name, i) => {
      const unit = new Array<number>(unknowns.length).fill(0);
      unit[i] = 1;
      return rank([...rows, unit]) === base;
    }),
  );
}

function smallCellsExposed(counts: number[], parentOf: number[], k: number): string[] {
  const reasons = suppressSmallGroups(counts, Int32Array.from(parentOf), k);
  const withheld = reasons.map((reason) => reason !== undefined);
  const children = counts.map((_, g) =>
    parentOf.flatMap((parent, child) => (parent === g ? [child] : [])),
  );
  const residual = (g: number) =>
    (counts[g] as number) -
    (children[g] as number[]).reduce((s, c) => s + (counts[c] as number), 0);
  const small = (n: number) => n > 0 && n < k;
  const exposed = counts.flatMap((n, g) => (small(n) && !withheld[g] ? [`published g${g}`] : []));
  for (const name of recoverableCells(counts, parentOf, withheld)) {
    const g = Number(name.slice(1));
    const n = name.startsWith('g') ? (counts[g] as number) : residual(g);
    if (small(n)) exposed.push(`recoverable ${name}`);
  }
  return exposed;
}

describe('suppressSmallGroups', () => {
  it('withholds small groups (primary suppression)', () => {
    expect(suppressSmallGroups([12, 3, 8], new Int32Array([-1, -1, -1]), 5)).toEqual([
      undefined,
      'primary',
      undefined,
    ]);
  });

  it('withholds a sibling so that a small unit cannot be recovered from its parent', () => {
    // Ministry (30) = team A (3) + team B (12) + team C (15), no direct members: 30 − 12 − 15 = 3.
    const reasons = suppressSmallGroups([30, 3, 12, 15], new Int32Array([-1, 0, 0, 0]), 5);
    expect(reasons).toEqual([undefined, 'primary', 'complementary', undefined]);
  });

  it('protects a parent’s few direct members from parent − children', () => {
    // Department (22) has 2 direct members besides teams of 10 and 10.
    const reasons = suppressSmallGroups([22, 10, 10], new Int32Array([-1, 0, 0]), 5);
    expect(reasons.filter((reason) => reason === 'complementary')).toHaveLength(1);
    expect(smallCellsExposed([22, 10, 10], [-1, 0, 0], 5)).toEqual([]);
  });

  it('publishes everything when no group is small and differencing reveals only large groups', () => {
    expect(suppressSmallGroups([40, 20, 20], new Int32Array([-1, 0, 0]), 5)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('never leaves a small group readable, directly or by differencing (linear-algebra attacker)', () => {
    const treeArb = fc.integer({ min: 1, max: 12 }).chain((groups) =>
      fc.record({
        // Each group's parent is an earlier group (or none), which makes a forest.
        parents: fc.tuple(
          ...Array.from({ length: groups }, (_, g) => fc.integer({ min: -1, max: g - 1 })),
        ),
        own: fc.tuple(
          ...Array.from({ length: groups }, () =>
            fc.oneof(
              fc.constant(0),
              fc.integer({ min: 1, max: 4 }),
              fc.integer({ min: 5, max: 30 }),
            ),
          ),
        ),
        k: fc.integer({ min: 2, max: 6 }),
      }),
    );
    fc.assert(
      fc.property(treeArb, ({ parents, own, k }) => {
        // Rolled-up counts: a group's own members plus its descendants'.
        const counts = [...own];
        for (let g = counts.length - 1; g >= 0; g -= 1) {
          const parent = parents[g] as number;
          if (parent >= 0) counts[parent] = (counts[parent] as number) + (counts[g] as number);
        }
        expect(smallCellsExposed(counts, parents, k)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
