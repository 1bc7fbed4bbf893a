import { pairedChangeByGroup, type ScorePair } from '@capkit/scoring/evaluation';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ministryCompetencies,
  tooFewCompetencies,
  unitNames,
} from '../../test/fixtures/RoundComparison.fixtures.js';
import {
  allUnitsId,
  comparisonGrid,
  groupFindings,
  levelExtent,
  unitsOf,
  type ComparisonFilter,
  type ComparisonItem,
  type RoundComparisonCompetency,
} from './roundGrid.js';

const every: ComparisonFilter = { competencyId: null, unitId: null };
const name = (id: string) =>
  id === allUnitsId ? 'All units' : ((unitNames as Record<string, string>)[id] ?? id);
const readings = (items: readonly (ComparisonItem | null)[]) =>
  items.map((cell) => cell?.words.reading ?? null);

describe('unitsOf', () => {
  it('lists the units in the engine’s order, each once', () => {
    expect(unitsOf(ministryCompetencies)).toEqual([
      'finance',
      'health',
      'transport',
      'education',
      'justice',
      'digital',
    ]);
  });
});

describe('comparisonGrid', () => {
  it('by competency: a row per competency, all units first, then each unit', () => {
    const grid = comparisonGrid(ministryCompetencies, 'competency', every, name);
    expect(grid.columns.map((column) => column.label)).toEqual([
      'All units',
      'Finance',
      'Health',
      'Transport',
      'Education',
      'Justice',
      'Digital service',
    ]);
    expect(grid.groups.map((group) => group.label)).toEqual([
      'Data literacy',
      'User research',
      'Cyber security',
    ]);
    expect(grid.groups.map((group) => readings(group.items))).toEqual([
      [
        'improvement',
        'decline',
        'improvement',
        'improvement',
        'improvement',
        'noClearChange',
        'improvement',
      ],
      ['improvement', ...Array<string>(6).fill('noClearChange')],
      // Transport has 3 people; Finance, the first of the smallest others, is withheld with it.
      [
        'improvement',
        'tooFewPeople',
        'decline',
        'tooFewPeople',
        'improvement',
        'improvement',
        'improvement',
      ],
    ]);
    const cyber = grid.groups[2]?.items;
    expect(cyber?.[1]?.words).toMatchObject({ reading: 'tooFewPeople', reason: 'complementary' });
    expect(cyber?.[3]?.words).toMatchObject({ reading: 'tooFewPeople', reason: 'fewerThanK' });
  });

  it('carries the engine’s round means and interval, worked by hand for Finance in data literacy', () => {
    const grid = comparisonGrid(
      ministryCompetencies,
      'competency',
      { competencyId: 'data-literacy', unitId: 'finance' },
      name,
    );
    expect(grid.columns).toEqual([{ id: 'finance', label: 'Finance' }]);
    const finance = grid.groups[0]?.items[0];
    // Round 1: 3, 3, 3, 4, 3, 3 → 19/6; round 2: 2, 2, 3, 3, 2, 2 → 14/6. Changes −1 × 5 and 0:
    // mean −5/6, SD √(1/6) = 0.4082, SE 0.4082/√6 = 0.1667, t₀.₉₇₅,₅ = 2.5706, half-width 0.4284.
    expect(finance?.round1).toBeCloseTo(19 / 6, 10);
    expect(finance?.round2).toBeCloseTo(14 / 6, 10);
    expect(finance?.words.figures?.estimate).toBeCloseTo(-5 / 6, 10);
    expect(finance?.words.figures?.lower).toBeCloseTo(-1.2618, 4);
    expect(finance?.words.figures?.upper).toBeCloseTo(-0.4049, 4);
    // The axis holds both means and round 1 + each end of the interval.
    const [low, high] = levelExtent(grid);
    expect(low).toBeCloseTo(19 / 6 - 1.2618, 4);
    expect(high).toBeCloseTo(19 / 6, 10);
  });

  it('by unit: a row for all units and one per unit, a column per competency shown', () => {
    const grid = comparisonGrid(
      ministryCompetencies,
      'unit',
      { competencyId: 'cyber-security', unitId: null },
      name,
    );
    expect(grid.columns).toEqual([{ id: 'cyber-security', label: 'Cyber security' }]);
    expect(grid.groups.map((group) => [group.label, readings(group.items)[0]])).toEqual([
      ['All units', 'improvement'],
      ['Finance', 'tooFewPeople'],
      ['Health', 'decline'],
      ['Transport', 'tooFewPeople'],
      ['Education', 'improvement'],
      ['Justice', 'improvement'],
      ['Digital service', 'improvement'],
    ]);
  });

  it('gives no number for a withheld cell', () => {
    const grid = comparisonGrid(tooFewCompetencies, 'competency', every, name);
    for (const cell of grid.groups.flatMap((group) => group.items)) {
      expect(cell).toMatchObject({ round1: null, round2: null, words: { figures: null } });
    }
    expect(levelExtent(grid)).toEqual([0, 1]);
  });
});

describe('groupFindings', () => {
  it('puts the groups with most changes beyond noise first and counts units, not all units', () => {
    const findings = groupFindings(comparisonGrid(ministryCompetencies, 'competency', every, name));
    expect(
      findings.map(({ group, rose, fell, total, tooFew, whole }) => ({
        name: group.label,
        rose: rose.map((cell) => cell.label),
        fell: fell.map((cell) => cell.label),
        total,
        tooFew,
        whole: whole?.words.reading,
      })),
    ).toEqual([
      {
        name: 'Data literacy',
        rose: ['Health', 'Transport', 'Education', 'Digital service'],
        fell: ['Finance'],
        total: 6,
        tooFew: 0,
        whole: 'improvement',
      },
      {
        name: 'Cyber security',
        rose: ['Education', 'Justice', 'Digital service'],
        fell: ['Health'],
        total: 6,
        tooFew: 2,
        whole: 'improvement',
      },
      { name: 'User research', rose: [], fell: [], total: 6, tooFew: 0, whole: 'improvement' },
    ]);
  });
});

// Random paired rounds of up to 3 competencies × 4 units, through the real engine.
const scoreArbitrary = fc.integer({ min: 1, max: 5 });
const pairsArbitrary = fc.array(
  fc.record({
    unit: fc.constantFrom('u1', 'u2', 'u3', 'u4'),
    round1: scoreArbitrary,
    round2: scoreArbitrary,
  }),
  { minLength: 1, maxLength: 40 },
);
const competenciesArbitrary = fc
  .array(pairsArbitrary, { minLength: 1, maxLength: 3 })
  .map((sets): RoundComparisonCompetency[] =>
    sets.map((set, c) => ({
      id: `c${String(c)}`,
      label: `Competency ${String(c)}`,
      change: pairedChangeByGroup(
        set.map((pair, i): ScorePair => ({
          personId: `p${String(i)}`,
          round1: pair.round1,
          round2: pair.round2,
          groupId: pair.unit,
        })),
      ),
    })),
  );

describe('properties', () => {
  it('the by-unit grid is the by-competency grid transposed, cell for cell', () => {
    fc.assert(
      fc.property(competenciesArbitrary, (competencies) => {
        const byCompetency = comparisonGrid(competencies, 'competency', every, name);
        const byUnit = comparisonGrid(competencies, 'unit', every, name);
        expect(byUnit.groups.map((group) => group.id)).toEqual(
          byCompetency.columns.map((column) => column.id),
        );
        byCompetency.groups.forEach((group, c) => {
          group.items.forEach((cell, u) => {
            const other = byUnit.groups[u]?.items[c] ?? null;
            expect(other?.words ?? null).toEqual(cell?.words ?? null);
            expect(other?.round2 ?? null).toEqual(cell?.round2 ?? null);
          });
        });
      }),
      { numRuns: 60 },
    );
  });

  it('a cell has round means exactly when it has published figures, and counts add up', () => {
    fc.assert(
      fc.property(competenciesArbitrary, (competencies) => {
        const grid = comparisonGrid(competencies, 'competency', every, name);
        for (const cell of grid.groups.flatMap((group) => group.items)) {
          if (cell === null) continue;
          expect(cell.round1 === null).toBe(cell.words.figures === null);
        }
        for (const finding of groupFindings(grid)) {
          expect(finding.rose.length + finding.fell.length + finding.tooFew).toBeLessThanOrEqual(
            finding.total,
          );
        }
      }),
      { numRuns: 60 },
    );
  });
});
