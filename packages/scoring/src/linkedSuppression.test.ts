import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  disclosureProblems,
  type CheckedCell,
  type CheckedPerson,
} from './__tests__/disclosureChecker.js';
import { protectCells, type CellStructure } from './linkedSuppression.js';

/**
 * Units (a random forest, rolled up, with an organisation total) in family 0; roles and
 * unit × role crosses in family 1. Atom `u * roles + r`: the direct members of unit u in role r.
 */
function unitsAndRoles(
  parents: readonly number[],
  roles: number,
): CellStructure & { names: string[] } {
  const U = parents.length;
  const subtree = parents.map((_, u) => [u]);
  parents.forEach((_, u) => {
    for (let a = parents[u] as number; a >= 0; a = parents[a] as number) subtree[a]?.push(u);
  });
  const cells: number[][] = [];
  const family: number[] = [];
  const names: string[] = [];
  const add = (name: string, f: number, atoms: number[]) => {
    names.push(name);
    family.push(f);
    cells.push(atoms);
  };
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  add('organisation', 0, range(U * roles));
  subtree.forEach((units, u) =>
    add(
      `unit ${u}`,
      0,
      units.flatMap((v) => range(roles).map((r) => v * roles + r)),
    ),
  );
  range(roles).forEach((r) =>
    add(
      `role ${r}`,
      1,
      range(U).map((v) => v * roles + r),
    ),
  );
  subtree.forEach((units, u) =>
    range(roles).forEach((r) =>
      add(
        `unit ${u} role ${r}`,
        1,
        units.map((v) => v * roles + r),
      ),
    ),
  );
  return { atoms: U * roles, cells, family, names };
}

describe('protectCells', () => {
  it('withholds a small cell and, across families, enough others that it cannot be recovered', () => {
    // One unit, three roles of 10, 10 and 3 people: organisation − role 0 − role 1 = role 2.
    const structure = unitsAndRoles([-1], 3);
    const reasons = protectCells(structure, [10, 10, 3], 5);
    const byName = new Map(structure.names.map((name, i) => [name, reasons[i]]));
    expect(byName.get('role 2')).toBe('primary');
    expect([
      byName.get('role 0'),
      byName.get('role 1'),
      byName.get('organisation'),
      byName.get('unit 0'),
    ]).toContain('complementary');
  });

  it('is safe with or without the quick candidates (independent checker)', () => {
    const arb = fc
      .record({
        units: fc.integer({ min: 1, max: 5 }),
        roles: fc.integer({ min: 1, max: 3 }),
        k: fc.integer({ min: 2, max: 5 }),
      })
      .chain((shape) =>
        fc.record({
          shape: fc.constant(shape),
          parents: fc.tuple(
            ...Array.from({ length: shape.units }, (_, u) => fc.integer({ min: -1, max: u - 1 })),
          ),
          sizes: fc.array(
            fc.oneof(
              fc.constant(0),
              fc.integer({ min: 1, max: 4 }),
              fc.integer({ min: 5, max: 9 }),
            ),
            {
              minLength: shape.units * shape.roles,
              maxLength: shape.units * shape.roles,
            },
          ),
          quick: fc.boolean(),
        }),
      );
    fc.assert(
      fc.property(arb, ({ shape, parents, sizes, quick }) => {
        const structure = unitsAndRoles(parents, shape.roles);
        const reasons = protectCells(structure, sizes, shape.k, { quickCandidates: quick });
        // One person per member of each atom, for the checker.
        const people: CheckedPerson[] = [];
        const atomOf: number[] = [];
        sizes.forEach((n, atom) => {
          for (let i = 0; i < n; i += 1) {
            people.push({ unit: 0, role: 0, scored: [true], levelSet: [true] });
            atomOf.push(atom);
          }
        });
        const cells: CheckedCell[] = structure.cells.flatMap((atoms, cell) => {
          const count = atoms.reduce((sum, atom) => sum + (sizes[atom] as number), 0);
          return reasons[cell] === undefined && count > 0
            ? [{ table: 'cells', group: cell, competency: 0, count, gapCount: count }]
            : [];
        });
        const membersOf = (_table: string, group: number) => {
          const atoms = new Set(structure.cells[group]);
          return atomOf.flatMap((atom, p) => (atoms.has(atom) ? [p] : []));
        };
        expect(disclosureProblems(people, cells, membersOf, 1, shape.k)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
