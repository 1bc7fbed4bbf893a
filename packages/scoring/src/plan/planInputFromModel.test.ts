import type { CapacityDevelopmentPlan, InterventionOffering } from '@capkit/model';
import { describe, expect, it } from 'vitest';
import type { PlanNeed } from './planInput.js';
import { planInputFromModel } from './planInputFromModel.js';
import { recommendPlan } from './recommendPlan.js';

const catalogue: InterventionOffering[] = [
  {
    id: 'data-basics',
    kind: 'course',
    title: { en: 'Data basics' },
    targets: [{ competencyId: 'c1', expectedLevelGain: 1 }],
    cost: { currency: 'EUR', fixed: 100, perParticipant: 10 },
    seats: 8,
    durationDays: 2,
    availableUntil: '2027-06-30',
  },
  {
    id: 'data-advanced',
    kind: 'mentoring',
    title: { en: 'Data advanced' },
    targets: [{ competencyId: 'c1', expectedLevelGain: 1 }],
    cost: { currency: 'EUR', fixed: 0, perParticipant: 40 },
    seats: 4,
    durationDays: 3,
    prerequisiteIds: ['data-basics'],
  },
];
const plan: CapacityDevelopmentPlan = {
  id: 'plan-2027',
  round: 1,
  title: { en: 'Plan 2027' },
  budget: { amount: 500, currency: 'EUR' },
  constraints: {
    window: { from: '2027-01-01', to: '2027-12-31' },
    maxDaysPerPerson: 5,
    minCoverage: [
      { unitId: 'u1', share: 0.5 },
      { unitId: 'no-need-here', share: 1 },
    ],
  },
  interventions: [],
};
const needs: PlanNeed[] = [
  { id: 'A', unitId: 'u1', competencyId: 'c1', people: 10, gap: 2, weight: 3 },
  { id: 'B', unitId: 'u2', competencyId: 'c1', people: 6, gap: 1, weight: 2 },
];

describe('planInputFromModel', () => {
  it('maps the catalogue and the plan’s budget and constraints', () => {
    const input = planInputFromModel({ catalogue, plans: [plan] }, needs);
    // Runs: as many as could be filled, ⌈16 people / seats⌉: 2 of 8 seats, 4 of 4.
    expect(input.interventions).toEqual([
      {
        id: 'data-basics',
        targets: [{ competencyId: 'c1', expectedLevelGain: 1 }],
        cost: { fixed: 100, perParticipant: 10 },
        seats: 8,
        maxRuns: 2,
        durationDays: 2,
        availableUntil: '2027-06-30',
      },
      {
        id: 'data-advanced',
        targets: [{ competencyId: 'c1', expectedLevelGain: 1 }],
        cost: { fixed: 0, perParticipant: 40 },
        seats: 4,
        maxRuns: 4,
        durationDays: 3,
        prerequisiteIds: ['data-basics'],
      },
    ]);
    expect(input.constraints).toEqual({
      budget: 500,
      window: { from: '2027-01-01', to: '2027-12-31' },
      maxDaysPerPerson: 5,
      // A unit with no need group is met by any plan: left out.
      minCoverage: [{ unitId: 'u1', share: 0.5 }],
    });
    expect(input.currency).toBe('EUR');
  });

  it('gives an input recommendPlan solves', async () => {
    const result = await recommendPlan(
      planInputFromModel({ catalogue, plans: [plan] }, needs, 'plan-2027'),
    );
    expect(result.cost).toBeLessThanOrEqual(500);
    expect(result.coverage[0]?.met).toBe(true);
    expect(result.currency).toBe('EUR');
  });

  it('refuses another currency and an unknown or ambiguous plan, located', () => {
    const priced = catalogue.map((offering, i) =>
      i === 1 ? { ...offering, cost: { ...offering.cost, currency: 'KES' } } : offering,
    );
    expect(() => planInputFromModel({ catalogue: priced, plans: [plan] }, needs)).toThrow(
      'workspace.catalogue[1].cost.currency: is KES, the budget of plan "plan-2027" is in EUR',
    );
    expect(() => planInputFromModel({ catalogue, plans: [plan] }, needs, 'nope')).toThrow(
      'planId: "nope" is not a plan of the workspace',
    );
    expect(() =>
      planInputFromModel({ catalogue, plans: [plan, { ...plan, id: 'p2' }] }, needs),
    ).toThrow('planId: the workspace has 2 plans: say which one');
  });
});
