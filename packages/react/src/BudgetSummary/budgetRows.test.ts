import { budgetBurnDown } from '@capkit/scoring/schedule';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  budgetAsOf,
  handMadeBurnDown,
  handMadeBurnDownWithPoints,
  handMadeExplanation,
  handMadePlan,
} from '../../test/fixtures/BudgetSummary.fixtures.js';
import {
  budgetFacts,
  burnDownSeries,
  gapPointsClosedFor,
  gapPointTable,
  interventionRows,
} from './budgetRows.js';

describe('budgetRows', () => {
  it('names each intervention from the plan and says where it stands against its plan', () => {
    const rows = interventionRows(handMadeBurnDown, handMadePlan, ['en']);
    // Worked by hand (fixture): data 4000 planned, 4000 committed, 4200 spent → over.
    expect(rows.map((row) => [row.title.text, row.planned, row.obligated, row.state])).toEqual([
      ['Data literacy course', 4000, 4200, 'over'],
      ['Leadership coaching', 3000, 3000, 'within'],
      ['Cloud workshop', 2000, 0, 'within'],
      ['Privacy e-learning', 0, 0, 'cancelled'],
    ]);
    // Without the plan, ids stand in for names, marked as no language.
    expect(interventionRows(handMadeBurnDown, undefined, ['en'])[0]?.title).toEqual({
      text: 'int-data',
      lang: 'zxx',
    });
  });

  it('finds the sentence’s figures: 57 % spent, 49 % of the time gone, 1 over (by hand)', () => {
    const facts = budgetFacts(
      handMadeBurnDown,
      interventionRows(handMadeBurnDown, handMadePlan, ['en']),
    );
    expect(facts.spentShare).toBeCloseTo(0.57, 10);
    // 86 of 177 days.
    expect(facts.timeShare).toBeCloseTo(86 / 177, 10);
    expect(facts.over).toBe(1);
  });

  it('draws the planned line and the budget left up to today (by hand)', () => {
    const series = burnDownSeries(handMadeBurnDown, budgetAsOf);
    // 1 January to 1 July: 181 days; 31 March ends on day 90.
    expect(series?.days).toBe(181);
    expect(series?.asOf).toBe(90);
    expect(series?.planned.map((point) => [point.day, point.value])).toEqual([
      [0, 10000],
      [31, 6000],
      [59, 5307.6],
      [90, 4512.76],
      [120, 3287.8],
      [151, 1759.32],
      [181, 1000],
    ]);
    // March ends on today itself, so the line ends with today's own figure, not March's.
    expect(series?.remaining.map((point) => [point.day, point.value])).toEqual([
      [0, 10000],
      [31, 6000],
      [59, 2800],
      [90, 2800],
    ]);
    expect([series?.low, series?.high]).toEqual([0, 10000]);
  });

  it('takes the burn-down’s cost per gap point when it has one, the planner’s otherwise', () => {
    const fromBurnDown = gapPointTable(
      handMadeBurnDownWithPoints,
      handMadeExplanation,
      handMadePlan,
      ['en'],
    );
    expect(fromBurnDown?.source).toBe('burnDown');
    // By hand: 200 / 210, 300 / 300, 250 / 0; plan 9000 / 38 and 7200 / 38.
    expect(
      fromBurnDown?.rows.map((row) => [row.title.text, row.plannedPerPoint, row.actualPerPoint]),
    ).toEqual([
      ['Data literacy course', 200, 210],
      ['Leadership coaching', 300, 300],
      ['Cloud workshop', 250, 0],
    ]);
    expect(fromBurnDown?.total?.plannedPerPoint).toBeCloseTo(236.842, 3);
    expect(fromBurnDown?.total?.actualPerPoint).toBeCloseTo(189.474, 3);

    const fromPlanner = gapPointTable(handMadeBurnDown, handMadeExplanation, handMadePlan, ['en']);
    expect(fromPlanner?.source).toBe('plan');
    expect(fromPlanner?.total).toBeNull();
    expect(
      fromPlanner?.rows.map((row) => [row.title.text, row.plannedPerPoint, row.actualPerPoint]),
    ).toEqual([
      ['Data literacy course', 2500 / 15, undefined],
      ['Leadership coaching', 500, undefined],
      // Run by no intervention of the plan: its catalogue id stands in.
      ['off-basics', null, undefined],
    ]);
    expect(gapPointTable(handMadeBurnDown, undefined, handMadePlan, ['en'])).toBeNull();
  });

  it('gives each catalogue entry’s gap points to the one live intervention that runs it', () => {
    expect(gapPointsClosedFor(handMadePlan, handMadeExplanation)).toEqual({
      'int-data': 15,
      'int-leaders': 6,
    });
    const twice = {
      interventions: [
        ...handMadePlan.interventions,
        {
          ...handMadePlan.interventions[0],
          id: 'int-data-2',
        } as (typeof handMadePlan.interventions)[0],
      ],
    };
    // Two runs of the data course: its points are not split, so it is left out.
    expect(gapPointsClosedFor(twice, handMadeExplanation)).toEqual({ 'int-leaders': 6 });
  });

  it('property: the lines start at the budget, move forward in time and stop at today', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            start: fc.integer({ min: 0, max: 300 }),
            length: fc.integer({ min: 0, max: 120 }),
            fixed: fc.integer({ min: 0, max: 5000 }),
            paid: fc.integer({ min: 0, max: 6000 }),
            paidAfter: fc.integer({ min: 0, max: 200 }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.integer({ min: 0, max: 500 }),
        fc.constantFrom('week' as const, 'month' as const, 'quarter' as const),
        (items, todayOffset, by) => {
          const iso = (day: number) =>
            new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
          const plan = {
            budget: { currency: 'EUR', amount: 20_000 },
            interventions: items.map((item, index) => ({
              id: `i${String(index)}`,
              startsOn: iso(item.start),
              endsOn: iso(item.start + item.length),
              status: 'inProgress' as const,
              seats: 1,
              cost: { currency: 'EUR', fixed: item.fixed, perParticipant: 0 },
              milestones: [],
              spending: [
                {
                  id: 's',
                  on: iso(item.start + item.paidAfter),
                  kind: 'spent' as const,
                  amount: item.paid,
                },
              ],
            })),
          };
          const today = iso(todayOffset);
          const burnDown = budgetBurnDown(plan, { today, by });
          const series = burnDownSeries(burnDown, today);
          if (series === null) return false;
          const { planned, remaining } = series;
          const increasing = (points: readonly { day: number }[]) =>
            points.every((point, i) => i === 0 || point.day > (points[i - 1]?.day ?? -1));
          return (
            planned[0]?.value === burnDown.totals.budget &&
            remaining[0]?.value === burnDown.totals.budget &&
            increasing(planned) &&
            increasing(remaining) &&
            remaining.at(-1)?.day === series.asOf &&
            remaining.at(-1)?.value === burnDown.totals.remaining &&
            // The planned line ends at the budget less the whole planned cost, to the cent.
            Math.round((planned.at(-1)?.value ?? NaN) * 100) ===
              Math.round((burnDown.totals.budget - burnDown.totals.planned) * 100) &&
            series.low <= Math.min(...remaining.map((p) => p.value)) &&
            series.high >= burnDown.totals.budget
          );
        },
      ),
    );
  });
});
