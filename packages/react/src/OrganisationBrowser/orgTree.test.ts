import type { Membership, OrgUnit } from '@capkit/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  orgAsOf,
  orgMemberships,
  orgUnits,
} from '../../test/fixtures/OrganisationBrowser.fixtures.js';
import {
  ancestorIds,
  buildOrgTree,
  currentMemberships,
  filterOrgTree,
  isCurrentMembership,
  membershipsByUnit,
  roleHeadCounts,
  visibleUnits,
} from './orgTree.js';

const membership = (from: string, to?: string): Membership => ({
  personId: 'p',
  unitId: 'u',
  roleId: 'r',
  from,
  ...(to === undefined ? {} : { to }),
});

describe('isCurrentMembership', () => {
  it('counts from the first day to the last day, both included', () => {
    const m = membership('2026-01-01', '2026-01-31');
    expect(isCurrentMembership(m, '2025-12-31')).toBe(false);
    expect(isCurrentMembership(m, '2026-01-01')).toBe(true);
    expect(isCurrentMembership(m, '2026-01-31')).toBe(true);
    expect(isCurrentMembership(m, '2026-02-01')).toBe(false);
  });

  it('counts an open-ended membership from its start on', () => {
    expect(isCurrentMembership(membership('2026-01-01'), '2025-06-30')).toBe(false);
    expect(isCurrentMembership(membership('2026-01-01'), '2099-01-01')).toBe(true);
  });

  it('without a date, counts only memberships with no end', () => {
    expect(isCurrentMembership(membership('2030-01-01'), undefined)).toBe(true);
    expect(isCurrentMembership(membership('2020-01-01', '2040-01-01'), undefined)).toBe(false);
  });
});

describe('buildOrgTree', () => {
  const tree = buildOrgTree(orgUnits, currentMemberships(orgMemberships, orgAsOf), ['en']);
  const counts = (id: string) => {
    const node = tree.nodes.get(id);
    return [node?.ownCount, node?.totalCount];
  };

  it('counts own people and people with sub-units, each person once (worked by hand)', () => {
    // 2026-03-01: p-0005 has left and p-0004's data-team spell is over; p-0003 is in two teams.
    expect(counts('u-min')).toEqual([1, 4]);
    expect(counts('u-tax')).toEqual([0, 3]);
    expect(counts('u-tax-data')).toEqual([2, 2]);
    expect(counts('u-tax-ops')).toEqual([2, 2]);
    expect(counts('u-audit')).toEqual([0, 0]);
    expect(tree.peopleCount).toBe(4);
    expect(tree.emptyUnitCount).toBe(1);
  });

  it('counts people per role and lists memberships per unit', () => {
    const current = currentMemberships(orgMemberships, orgAsOf);
    const [lead, other] = [orgMemberships[0]?.roleId, orgMemberships[1]?.roleId];
    // Lead role: p-0001 (ministry), p-0003 (operations); the other: p-0002, p-0003, p-0004.
    expect([...roleHeadCounts(current, tree)]).toEqual([
      [lead, 2],
      [other, 3],
    ]);
    expect(
      membershipsByUnit(current)
        .get('u-tax-ops')
        ?.map((m) => m.personId),
    ).toEqual(['p-0003', 'p-0004']);
  });

  it('counts other people on another date', () => {
    // 2025-12-31: p-0004 is still in the data team, p-0005 in operations, p-0003 not yet there.
    const earlier = buildOrgTree(orgUnits, currentMemberships(orgMemberships, '2025-12-31'), [
      'en',
    ]);
    expect(earlier.nodes.get('u-tax-data')?.ownCount).toBe(3);
    expect(earlier.nodes.get('u-tax-ops')?.ownCount).toBe(1);
    expect(earlier.nodes.get('u-tax')?.totalCount).toBe(4);
  });

  it('nests children in order, with depths and ancestors', () => {
    expect(tree.roots.map((root) => root.id)).toEqual(['u-min']);
    expect(tree.nodes.get('u-min')?.children.map((child) => child.id)).toEqual([
      'u-tax',
      'u-audit',
    ]);
    expect(tree.nodes.get('u-tax-ops')?.depth).toBe(3);
    expect(ancestorIds(tree, 'u-tax-ops')).toEqual(['u-tax', 'u-min']);
  });

  it('makes a unit with a missing parent, or in a cycle, a root; every unit shows once', () => {
    const units: OrgUnit[] = [
      { id: 'a', name: { en: 'A' }, parentId: 'b' },
      { id: 'b', name: { en: 'B' }, parentId: 'a' },
      { id: 'c', name: { en: 'C' }, parentId: 'gone' },
    ];
    const odd = buildOrgTree(units, [], ['en']);
    expect(odd.roots.map((root) => root.id)).toEqual(['a', 'b', 'c']);
    expect(odd.nodes.size).toBe(3);
  });
});

describe('filterOrgTree', () => {
  const tree = buildOrgTree(orgUnits, [], ['en']);

  it('keeps matching units and the units enclosing them, accent- and case-blind', () => {
    const view = filterOrgTree(tree, 'OPERATIONS');
    expect([...view.matches.keys()]).toEqual(['u-tax-ops']);
    expect([...view.openIds].sort()).toEqual(['u-min', 'u-tax']);
    expect(visibleUnits(view.roots, view.openIds).map((node) => node.id)).toEqual([
      'u-min',
      'u-tax',
      'u-tax-ops',
    ]);
  });

  it('matches codes too, and shows everything for an empty query', () => {
    expect([...filterOrgTree(tree, 'aud').matches.keys()]).toEqual(['u-audit']);
    expect(filterOrgTree(tree, '  ').roots).toBe(tree.roots);
  });
});

describe('head-count invariants', () => {
  // Units 0..n-1, each with a parent of a lower index (or none); people with one current unit each.
  const organisation = fc.integer({ min: 1, max: 25 }).chain((unitCount) =>
    fc.record({
      parents: fc.tuple(
        ...Array.from({ length: unitCount }, (_, index) =>
          index === 0 ? fc.constant(-1) : fc.integer({ min: -1, max: index - 1 }),
        ),
      ),
      people: fc.array(fc.integer({ min: 0, max: unitCount - 1 }), { maxLength: 60 }),
      extra: fc.array(fc.tuple(fc.nat(59), fc.integer({ min: 0, max: unitCount - 1 })), {
        maxLength: 20,
      }),
    }),
  );
  const unitsOf = (parents: readonly number[]): OrgUnit[] =>
    parents.map((parent, index) => ({
      id: `u${index}`,
      name: { en: `Unit ${index}` },
      ...(parent === -1 ? {} : { parentId: `u${parent}` }),
    }));
  const subtree = (tree: ReturnType<typeof buildOrgTree>, id: string): string[] => {
    const node = tree.nodes.get(id);
    return node === undefined
      ? []
      : [id, ...node.children.flatMap((child) => subtree(tree, child.id))];
  };

  it('with one unit each, own counts in a subtree sum to its distinct people', () => {
    fc.assert(
      fc.property(organisation, ({ parents, people }) => {
        const memberships = people.map((unit, person) => ({
          personId: `p${person}`,
          unitId: `u${unit}`,
          roleId: 'r',
          from: '2026-01-01',
        }));
        const tree = buildOrgTree(unitsOf(parents), memberships, ['en']);
        for (const node of tree.nodes.values()) {
          const own = subtree(tree, node.id).reduce(
            (sum, id) => sum + (tree.nodes.get(id)?.ownCount ?? 0),
            0,
          );
          expect(own).toBe(node.totalCount);
        }
        const roots = tree.roots.reduce((sum, root) => sum + root.totalCount, 0);
        expect(roots).toBe(tree.peopleCount);
      }),
    );
  });

  it('with people in several units, the sum bounds the distinct count from above', () => {
    fc.assert(
      fc.property(organisation, ({ parents, people, extra }) => {
        const memberships = [
          ...people.map((unit, person) => [person, unit] as const),
          ...extra,
        ].map(([person, unit]) => ({
          personId: `p${person}`,
          unitId: `u${unit}`,
          roleId: 'r',
          from: '2026-01-01',
        }));
        const tree = buildOrgTree(unitsOf(parents), memberships, ['en']);
        for (const node of tree.nodes.values()) {
          const ids = subtree(tree, node.id);
          const own = ids.map((id) => tree.nodes.get(id)?.ownCount ?? 0);
          const distinct = new Set(
            memberships.filter((m) => ids.includes(m.unitId)).map((m) => m.personId),
          );
          expect(node.totalCount).toBe(distinct.size);
          expect(node.totalCount).toBeLessThanOrEqual(own.reduce((a, b) => a + b, 0));
          expect(node.totalCount).toBeGreaterThanOrEqual(Math.max(0, ...own));
        }
      }),
    );
  });
});
