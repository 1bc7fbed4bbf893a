import type { PlanExplanation as PlanExplanationResult } from '@capkit/scoring/plan';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handMadeNames, handMadePlan } from '../../test/fixtures/PlanExplanation.fixtures.js';
import {
  costPerGapPoint,
  fundedRows,
  gapsLeft,
  nextSort,
  planSummaryFacts,
  sortRows,
  unfundedRows,
  type PlanFundedRow,
} from './planRows.js';

const collator = new Intl.Collator('en');

function row(id: string, cost: number, gapPointsClosed: number): PlanFundedRow {
  return {
    interventionId: id,
    name: id,
    runs: 1,
    cost,
    gapPointsClosed,
    costPerGapPoint: costPerGapPoint(cost, gapPointsClosed),
    people: 0,
    prerequisitePeople: 0,
    units: 0,
    competencyIds: [],
    served: [],
  };
}

describe('costPerGapPoint', () => {
  it('divides cost by gap points: 2,500 for 15 points is 166.67 a point', () => {
    expect(costPerGapPoint(2500, 15)).toBeCloseTo(166.6667, 4);
    expect(costPerGapPoint(300, 4)).toBe(75);
  });
  it('is null when nothing is closed (a prerequisite in another competency)', () => {
    expect(costPerGapPoint(1200, 0)).toBeNull();
  });
});

describe('fundedRows', () => {
  it('counts people, prerequisite people and units as the planner gives them', () => {
    const explanation: PlanExplanationResult = {
      method: 'greedy',
      status: 'feasible',
      summary: '',
      lines: [],
      unfunded: [],
      needs: [],
      interventions: [
        {
          interventionId: 'basics',
          runs: 2,
          cost: 3000,
          gapPointsClosed: 12,
          costPerGapPoint: 250,
          serves: [
            {
              needId: 'n1',
              unitId: 'u1',
              competencyId: 'data',
              participants: 6,
              asPrerequisite: false,
            },
            {
              needId: 'n2',
              unitId: null,
              competencyId: 'data',
              participants: 3,
              asPrerequisite: false,
            },
            {
              needId: 'n3',
              unitId: 'u1',
              competencyId: 'cyber',
              participants: 4,
              asPrerequisite: true,
            },
          ],
        },
      ],
    };
    const [basics] = fundedRows(explanation, { interventions: { basics: 'Basics' } });
    // 6 + 3 people close their own need; 4 take it on the way to another course; units u1 and
    // "other units" (null) are two.
    expect(basics).toMatchObject({
      name: 'Basics',
      people: 9,
      prerequisitePeople: 4,
      units: 2,
      competencyIds: ['data'],
      costPerGapPoint: 250,
    });
  });

  it('reads the hand-made plan: one course for 15 people, 2,500 for 15 gap points', async () => {
    const { explanation } = await handMadePlan();
    const rows = fundedRows(explanation, handMadeNames);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      interventionId: 'data-course',
      name: 'Data course',
      runs: 1,
      cost: 2500,
      people: 15,
      units: 2,
      competencyIds: ['data'],
    });
    expect(rows[0]?.gapPointsClosed).toBeCloseTo(15, 9);
    expect(rows[0]?.costPerGapPoint).toBeCloseTo(2500 / 15, 9);
    expect(unfundedRows(explanation, handMadeNames)).toEqual([
      { interventionId: 'cyber-course', name: 'Cyber course', reason: 'budget' },
      { interventionId: 'ux-course', name: 'User research course', reason: 'noNeed' },
    ]);
  });
});

describe('planSummaryFacts', () => {
  it('works out the hand-made plan: 1 of 3 funded, 15 of 24 gap points, data literacy partly left', async () => {
    const { plan, explanation } = await handMadePlan();
    const facts = planSummaryFacts(plan, explanation);
    expect(facts).toMatchObject({ funded: 1, catalogue: 3, cost: 2500, budget: 2500 });
    expect(facts.shareClosed).toBeCloseTo(15 / 24, 9);
    // Data literacy keeps 5 points (unit B's second level), cyber security 4.
    expect(facts.leftMost).toEqual({ competencyId: 'data', partly: true });
  });
});

describe('gapsLeft', () => {
  it('sums what each competency keeps, most gap points first (hand-worked)', async () => {
    const { explanation } = await handMadePlan();
    // Data literacy: all 15 served, but unit B's 5 people gain 1 of their 2 levels: 5 points
    // left. Cyber security: its 4 people unserved for want of budget: 4 points.
    const left = gapsLeft(explanation, handMadeNames);
    expect(left.map(({ name, people, reasons }) => ({ name, people, reasons }))).toEqual([
      { name: 'data literacy', people: 0, reasons: [] },
      { name: 'cyber security', people: 4, reasons: ['budget'] },
    ]);
    expect(left[0]?.gapPoints).toBeCloseTo(5, 9);
    expect(left[1]?.gapPoints).toBeCloseTo(4, 9);
  });
});

describe('sortRows and nextSort', () => {
  const rows = [row('b', 300, 3), row('a', 100, 0), row('c', 200, 4)];
  it('sorts by cost per gap point with "none" last in either direction', () => {
    const ascending = sortRows(rows, { by: 'costPerGapPoint', direction: 'ascending' }, collator);
    expect(ascending.map((r) => r.interventionId)).toEqual(['c', 'b', 'a']);
    const descending = sortRows(rows, { by: 'costPerGapPoint', direction: 'descending' }, collator);
    expect(descending.map((r) => r.interventionId)).toEqual(['b', 'c', 'a']);
  });
  it('sorts by name and keeps catalogue order unsorted', () => {
    expect(
      sortRows(rows, { by: 'name', direction: 'ascending' }, collator).map((r) => r.name),
    ).toEqual(['a', 'b', 'c']);
    expect(sortRows(rows, null, collator)).toEqual(rows);
  });
  it('starts numbers high-first and names A-first, then flips', () => {
    expect(nextSort(null, 'cost')).toEqual({ by: 'cost', direction: 'descending' });
    expect(nextSort(null, 'name')).toEqual({ by: 'name', direction: 'ascending' });
    expect(nextSort({ by: 'cost', direction: 'descending' }, 'cost')).toEqual({
      by: 'cost',
      direction: 'ascending',
    });
  });
  it('is a permutation of its rows, whatever the sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(10_000), fc.nat(50)), { maxLength: 30 }),
        fc.constantFrom('name', 'cost', 'gapPointsClosed', 'costPerGapPoint', 'people' as const),
        fc.constantFrom('ascending', 'descending' as const),
        (values, by, direction) => {
          const input = values.map(([cost, gap], i) => row(`r${String(i)}`, cost, gap));
          const sorted = sortRows(input, { by, direction }, collator);
          expect(sorted.map((r) => r.interventionId).sort()).toEqual(
            input.map((r) => r.interventionId).sort(),
          );
        },
      ),
    );
  });
});
