import { readFileSync } from 'node:fs';
import type { RecommendedPlan } from '@capkit/scoring/plan';
import type { BudgetBurnDown } from '@capkit/scoring/schedule';
import { describe, expect, it } from 'vitest';
import { planInterventionsToCsv, planNeedsToCsv } from './plan.js';
import { budgetBurnDownToCsv } from './schedule.js';

// Golden files written by hand from the column rules in each export's documentation.
const golden = (name: string) =>
  readFileSync(new URL(`__fixtures__/${name}`, import.meta.url), 'utf8');
const noBom = { byteOrderMark: false } as const;

describe('plan and schedule exports', () => {
  it("writes a plan's interventions and needs", () => {
    const plan = {
      currency: 'EUR',
      interventions: [
        {
          interventionId: 'iv-1',
          runs: 2,
          maxRuns: 3,
          seats: 40,
          participants: 35,
          prerequisiteParticipants: 0,
          cost: 12000,
          fixedCost: 2000,
          perParticipantCost: 285.71,
          pathway: [],
          competencyIds: ['c1', 'c2'],
          gapPointsClosed: 42.5,
        },
        {
          interventionId: 'iv-2',
          runs: 0,
          maxRuns: 2,
          seats: 0,
          participants: 0,
          prerequisiteParticipants: 0,
          cost: 0,
          fixedCost: 0,
          perParticipantCost: 0,
          pathway: ['iv-1'],
          competencyIds: ['c3'],
          gapPointsClosed: 0,
          unavailable: 'prerequisite',
        },
      ],
      needs: [
        {
          needId: 'need-1',
          unitId: null,
          competencyId: 'c1',
          people: 12,
          weight: 1,
          gapPoints: 18,
          served: 10,
          gapPointsClosed: 15,
          remainingGapPoints: 3,
          eligibleInterventionIds: ['iv-1'],
        },
        {
          needId: 'need-2',
          unitId: 'dsd',
          competencyId: 'c3',
          people: 6,
          weight: 1.5,
          gapPoints: 9,
          served: 0,
          gapPointsClosed: 0,
          remainingGapPoints: 9,
          eligibleInterventionIds: [],
        },
      ],
    } as unknown as RecommendedPlan;
    expect(planInterventionsToCsv(plan, noBom)).toBe(golden('planInterventions.csv'));
    expect(planNeedsToCsv(plan, noBom)).toBe(golden('planNeeds.csv'));
  });

  it('writes the budget burn-down; an overspent remainder stays a negative number', () => {
    const burnDown = {
      currency: 'EUR',
      periods: [
        {
          startsOn: '2026-01-01',
          endsOn: '2026-03-31',
          planned: 5000,
          plannedCumulative: 5000,
          committed: 3000,
          committedCumulative: 3000,
          spent: 1000,
          spentCumulative: 1000,
          obligated: 3000,
          obligatedCumulative: 3000,
          remaining: 17000,
          begun: true,
        },
        {
          startsOn: '2026-04-01',
          endsOn: '2026-06-30',
          planned: 17500,
          plannedCumulative: 22500,
          committed: 17500,
          committedCumulative: 20500,
          spent: 0,
          spentCumulative: 1000,
          obligated: 17500,
          obligatedCumulative: 20500,
          remaining: -500,
          begun: false,
        },
      ],
    } as unknown as BudgetBurnDown;
    expect(budgetBurnDownToCsv(burnDown, noBom)).toBe(golden('budgetBurnDown.csv'));
  });
});
