import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disclosureProblems, type CheckedPerson } from './__tests__/disclosureChecker.js';
import { publishedCells } from './__tests__/publishedCells.js';
import { aggregateByGroup } from './aggregateByGroup.js';
import { rollUpHierarchy } from './mergePartials.js';
import {
  aggregatePublication,
  mergePublicationPartials,
  summarisePublication,
  type Publication,
  type PublicationTable,
} from './publication.js';
import { MISSING } from './responseMatrix.js';
import { compileScoringConfig } from './scoringConfig.js';
import { summariseGroups, type GroupSummaryCell } from './summariseGroups.js';

/** People with one 1–5 rating per competency (null: no score), a unit and a role. */
interface Person {
  readonly unit: number;
  readonly role: number;
  readonly ratings: readonly (number | null)[];
}

function publish(
  people: readonly Person[],
  setup: {
    parentOf: readonly number[];
    roles: number;
    /** levels[role][competency], null where the role sets none */
    levels: readonly (readonly (number | null)[])[];
    competencies: number;
  },
  options: Parameters<typeof summarisePublication>[1] = {},
  chunks = 1,
): Publication {
  const C = setup.competencies;
  const config = compileScoringConfig({
    scale: { min: 1, max: 5 },
    competencies: Array.from({ length: C }, (_, c) => `c${c}`),
    items: Array.from({ length: C }, (_, c) => ({ id: `i${c}`, competency: `c${c}` })),
  });
  const ratings = new Uint8Array(people.length * C).fill(MISSING);
  people.forEach((person, r) =>
    person.ratings.forEach((value, c) => {
      if (value !== null) ratings[r * C + c] = value;
    }),
  );
  const matrix = { respondents: people.length, items: C, ratings };
  const groups = {
    units: {
      groupOf: Uint32Array.from(people, (p) => p.unit),
      groups: setup.parentOf.length,
      parentOf: Int32Array.from(setup.parentOf),
    },
    roles: {
      roleOf: Uint32Array.from(people, (p) => p.role),
      levels: Float64Array.from(setup.levels.flat(), (level) => level ?? Number.NaN),
    },
  };
  const size = Math.ceil(people.length / chunks);
  const parts = Array.from({ length: chunks }, (_, i) =>
    aggregatePublication(matrix, config, groups, {
      rows: {
        start: Math.min(i * size, people.length),
        end: Math.min((i + 1) * size, people.length),
      },
    }),
  );
  return summarisePublication(mergePublicationPartials(parts), options);
}

/** Who a table cell covers, worked out from the people list and the parent links alone. */
function membersOf(people: readonly Person[], parentOf: readonly number[], roles: number) {
  const within = (unit: number, ancestor: number) => {
    for (let u = unit; u >= 0; u = parentOf[u] as number) if (u === ancestor) return true;
    return false;
  };
  return (table: string, group: number) =>
    people.flatMap((person, p) => {
      const inCell =
        table === 'organisation'
          ? true
          : table === 'units'
            ? within(person.unit, group)
            : table === 'roles'
              ? person.role === group
              : person.role === group % roles && within(person.unit, Math.floor(group / roles));
      return inCell ? [p] : [];
    });
}

function checked(
  people: readonly Person[],
  setup: Parameters<typeof publish>[1],
  k: number,
  publication: Publication,
) {
  const facts: CheckedPerson[] = people.map((person) => ({
    unit: person.unit,
    role: person.role,
    scored: person.ratings.map((value) => value !== null),
    levelSet: person.ratings.map((_, c) => setup.levels[person.role]?.[c] !== null),
  }));
  return disclosureProblems(
    facts,
    publishedCells({
      organisation: publication.organisation,
      units: publication.units,
      roles: publication.roles,
      unitRoles: publication.unitRoles,
    }),
    membersOf(people, setup.parentOf, setup.roles),
    setup.competencies,
    k,
  );
}

const published = (cell: GroupSummaryCell | undefined) => {
  if (cell?.status !== 'published')
    throw new Error(`expected a published cell, got ${cell?.status}`);
  return cell;
};

describe('summarisePublication', () => {
  it('withholds gap figures resting on one person even when the cell has six (leak 1)', () => {
    // One unit, two roles; six people rated 2,5,5,4,3,4; only person 0's role sets level 4.
    // Before: published meanGap 2 and shareBelowRequired 1 — that one person's gap.
    const people = [2, 5, 5, 4, 3, 4].map((rating, p) => ({
      unit: 0,
      role: p === 0 ? 0 : 1,
      ratings: [rating],
    }));
    const setup = { parentOf: [-1], roles: 2, levels: [[4], [null]], competencies: 1 };
    const result = publish(people, setup, { tables: ['units'] });
    const cell = published(result.units?.cells[0]);
    expect(cell.count).toBe(6);
    expect(cell.mean).toBeCloseTo(23 / 6, 12); // (2+5+5+4+3+4)/6 by hand
    expect(cell.gapStatus).toBe('withheld');
    expect(cell.gapReason).toBe('primary');
    expect(cell.meanGap).toBeNull();
    expect(cell.shareBelowRequired).toBeNull();
    expect(cell.gapCount).toBeNull();
  });

  it('the single-table summary applies the gap denominator too (leak 1, expert API)', () => {
    const config = compileScoringConfig({
      scale: { min: 1, max: 5 },
      competencies: ['c'],
      items: [{ id: 'i', competency: 'c' }],
    });
    const ratings = Uint8Array.from([2, 5, 5, 4, 3, 4]);
    const partials = aggregateByGroup(
      { respondents: 6, items: 1, ratings },
      config,
      { groupOf: new Uint8Array(6), groups: 1 },
      {
        required: {
          roleOf: Uint8Array.from([0, 1, 1, 1, 1, 1]),
          levels: Float64Array.from([4, Number.NaN]),
        },
      },
    );
    const cell = published(summariseGroups(partials).cells[0]);
    expect(cell.count).toBe(6);
    expect(cell.gapStatus).toBe('withheld');
    expect(cell.meanGap).toBeNull();
  });

  it('publishes gap figures on five or more people with a level, with hand-worked values', () => {
    // Levels 4 for all six: gaps max(0, 4 − x) = 2,0,0,0,1,0 → mean 3/6; below: 2 and 3 → 2/6.
    const people = [2, 5, 5, 4, 3, 4].map((rating) => ({ unit: 0, role: 0, ratings: [rating] }));
    const result = publish(
      people,
      { parentOf: [-1], roles: 1, levels: [[4]], competencies: 1 },
      {
        tables: ['units'],
      },
    );
    const cell = published(result.units?.cells[0]);
    expect(cell.gapStatus).toBe('published');
    expect(cell.gapCount).toBe(6);
    expect(cell.meanGap).toBeCloseTo(0.5, 12);
    expect(cell.shareBelowRequired).toBeCloseTo(2 / 6, 12);
  });

  it('gives no min, max or quantiles unless asked, and then only for large cells (leak 3)', () => {
    // A cell of exactly five carried min, max and three quartiles: the five scores themselves.
    const five = [1, 2, 3, 4, 5].map((rating) => ({ unit: 0, role: 0, ratings: [rating] }));
    const setup = { parentOf: [-1], roles: 1, levels: [[null]], competencies: 1 };
    const plain = published(publish(five, setup, { tables: ['units'] }).units?.cells[0]);
    expect(plain.min).toBeUndefined();
    expect(plain.max).toBeUndefined();
    expect(plain.quantiles.size).toBe(0);
    const asked = published(
      publish(five, setup, {
        tables: ['units'],
        orderStatistics: { extremes: true, quantiles: [] },
      }).units?.cells[0],
    );
    expect(asked.min).toBeUndefined();
    const many = Array.from({ length: 20 }, (_, p) => ({
      unit: 0,
      role: 0,
      ratings: [1 + (p % 5)],
    }));
    const large = published(
      publish(many, setup, {
        tables: ['units'],
        orderStatistics: { extremes: true, quantiles: [] },
      }).units?.cells[0],
    );
    expect(large.min).toBe(1);
    expect(large.max).toBe(5);
    expect(() =>
      publish(many, setup, { tables: ['units'], orderStatistics: { minCount: 9 } }),
    ).toThrow(/minCount.*2 × k/);
  });

  it('protects a withheld role against ministry minus the published roles (leak 4)', () => {
    // Ministry of 23 in two units (12 + 11); roles of 10, 10 and 3. Publishing the ministry
    // total and two roles would give the third as 23 − 10 − 10.
    const people: Person[] = Array.from({ length: 23 }, (_, p) => ({
      unit: p < 12 ? 1 : 2,
      role: p < 10 ? 0 : p < 20 ? 1 : 2,
      ratings: [1 + (p % 5)],
    }));
    const setup = {
      parentOf: [-1, 0, 0],
      roles: 3,
      levels: [[3], [3], [3]],
      competencies: 1,
    };
    const result = publish(people, setup, { tables: ['organisation', 'units', 'roles'] });
    expect(result.roles?.cells[2]?.status).toBe('suppressed');
    const withheldRoles = result.roles?.cells.filter((cell) => cell.status === 'suppressed');
    expect(withheldRoles?.length).toBeGreaterThanOrEqual(2);
    expect(checked(people, setup, 5, result)).toEqual([]);
  });

  it('tables protected one at a time undo each other: the attacker recovers the withheld role', () => {
    // The same ministry as above, with the unit table (rolled to the ministry) and the role
    // table each protected on its own, as summariseGroups alone did.
    const people: Person[] = Array.from({ length: 23 }, (_, p) => ({
      unit: p < 12 ? 1 : 2,
      role: p < 10 ? 0 : p < 20 ? 1 : 2,
      ratings: [1 + (p % 5)],
    }));
    const setup = {
      parentOf: [-1, 0, 0],
      roles: 3,
      levels: [[null], [null], [null]],
      competencies: 1,
    };
    const config = compileScoringConfig({
      scale: { min: 1, max: 5 },
      competencies: ['c0'],
      items: [{ id: 'i0', competency: 'c0' }],
    });
    const matrix = {
      respondents: 23,
      items: 1,
      ratings: Uint8Array.from(people, (person) => person.ratings[0] ?? MISSING),
    };
    const byUnit = aggregateByGroup(matrix, config, {
      groupOf: Uint8Array.from(people, (person) => person.unit),
      groups: 3,
    });
    const byRole = aggregateByGroup(matrix, config, {
      groupOf: Uint8Array.from(people, (person) => person.role),
      groups: 3,
    });
    const units = summariseGroups(rollUpHierarchy(byUnit, Int32Array.from(setup.parentOf)));
    const roles = summariseGroups(byRole);
    expect(roles.cells[2]?.status).toBe('suppressed');
    const apart: Publication = { ...publish(people, setup), units, roles };
    expect(checked(people, setup, 5, apart)).toContain(
      'c0 score: people [20, 21, 22] recoverable by differencing',
    );
  });

  it('protects several small siblings whose union is small (parent − published children)', () => {
    // Department 20 = teams of 10, 7, 1 and 2: 20 − 10 − 7 = 3 people (teams C and D together).
    const sizes = [10, 7, 1, 2];
    const people: Person[] = sizes.flatMap((n, t) =>
      Array.from({ length: n }, (_, i) => ({ unit: t + 1, role: 0, ratings: [1 + ((i + t) % 5)] })),
    );
    const setup = { parentOf: [-1, 0, 0, 0, 0], roles: 1, levels: [[null]], competencies: 1 };
    const result = publish(people, setup, { tables: ['units'] });
    expect(checked(people, setup, 5, result)).toEqual([]);
    expect(result.units?.cells.filter((cell) => cell.status === 'suppressed')).toHaveLength(3);
  });

  it('states its rule and which tables were protected together', () => {
    const people = Array.from({ length: 6 }, () => ({ unit: 0, role: 0, ratings: [3] }));
    const result = publish(people, { parentOf: [-1], roles: 1, levels: [[null]], competencies: 1 });
    expect(result.disclosure).toEqual({
      rule: 'minimumDistinctPeople',
      k: 5,
      denominators: ['peopleWithScore', 'peopleWithScoreAndRequiredLevel'],
      protectedTogether: ['organisation', 'units', 'roles'],
      orderStatisticsMinCount: null,
    });
  });

  it('refuses k below 2 without allowSmallGroups, and an unknown table', () => {
    const people = [{ unit: 0, role: 0, ratings: [3] }];
    const setup = { parentOf: [-1], roles: 1, levels: [[null]], competencies: 1 };
    expect(() => publish(people, setup, { k: 1 })).toThrow(/allowSmallGroups/);
    expect(() => publish(people, setup, { tables: ['teams' as PublicationTable] })).toThrow(
      /options\.tables\[0\]/,
    );
  });

  it('never publishes a figure on fewer than k people, nor lets tables undo each other (checker and attacker)', () => {
    const ministry = fc
      .record({
        units: fc.integer({ min: 1, max: 6 }),
        roles: fc.integer({ min: 1, max: 3 }),
        competencies: fc.integer({ min: 1, max: 2 }),
        k: fc.integer({ min: 2, max: 5 }),
        tables: fc.subarray(['organisation', 'units', 'roles', 'unitRoles'] as PublicationTable[], {
          minLength: 1,
        }),
      })
      .chain((shape) =>
        fc.record({
          shape: fc.constant(shape),
          parents: fc.tuple(
            ...Array.from({ length: shape.units }, (_, u) => fc.integer({ min: -1, max: u - 1 })),
          ),
          levels: fc.array(
            fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), {
              minLength: shape.competencies,
              maxLength: shape.competencies,
            }),
            { minLength: shape.roles, maxLength: shape.roles },
          ),
          people: fc.array(
            fc.record({
              unit: fc.integer({ min: 0, max: shape.units - 1 }),
              role: fc.integer({ min: 0, max: shape.roles - 1 }),
              ratings: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 6 }), {
                minLength: shape.competencies,
                maxLength: shape.competencies,
              }),
            }),
            { minLength: 0, maxLength: 40 },
          ),
          chunks: fc.integer({ min: 1, max: 3 }),
        }),
      );
    fc.assert(
      fc.property(ministry, ({ shape, parents, levels, people, chunks }) => {
        const setup = {
          parentOf: parents,
          roles: shape.roles,
          levels,
          competencies: shape.competencies,
        };
        const result = publish(people, setup, { k: shape.k, tables: shape.tables }, chunks);
        expect(checked(people, setup, shape.k, result)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('summariseGroups with rolled-up partials', () => {
  const config = compileScoringConfig({
    scale: { min: 1, max: 5 },
    competencies: ['c'],
    items: [{ id: 'i', competency: 'c' }],
  });
  // Ministry (0) with teams A (3 people), B (12), C (15).
  const unitOf = [
    ...Array<number>(3).fill(1),
    ...Array<number>(12).fill(2),
    ...Array<number>(15).fill(3),
  ];
  const partials = aggregateByGroup(
    { respondents: 30, items: 1, ratings: Uint8Array.from(unitOf, (_, p) => 1 + (p % 5)) },
    config,
    { groupOf: Uint8Array.from(unitOf), groups: 4 },
  );
  const parentOf = Int32Array.from([-1, 0, 0, 0]);

  it('carries the hierarchy, so leaving out parentOf still protects (leak 5)', () => {
    const table = summariseGroups(rollUpHierarchy(partials, parentOf));
    expect(table.cells.map((cell) => cell.status)).toEqual([
      'published',
      'suppressed',
      'suppressed',
      'published',
    ]);
  });

  it('refuses a parentOf for partials that were not rolled up, or a different one', () => {
    expect(() => summariseGroups(partials, { parentOf })).toThrow(/not rolled up/);
    expect(() =>
      summariseGroups(rollUpHierarchy(partials, parentOf), {
        parentOf: Int32Array.from([-1, 0, 0, 1]),
      }),
    ).toThrow(/differs/);
    expect(() => rollUpHierarchy(rollUpHierarchy(partials, parentOf), parentOf)).toThrow(
      /rolled up already/,
    );
  });
});
