import { describe, expect, it } from 'vitest';
import { CapkitScoringError } from '../scoringError.js';
import { budgetBurnDown } from './budgetBurnDown.js';
import type { ScheduledPlan } from './scheduleInput.js';

// A plan read on 1 April 2026, month by month. Every sum below is worked by hand in cents.
const plan: ScheduledPlan = {
  budget: { amount: 10_000, currency: 'EUR' },
  interventions: [
    {
      // 1000 + 250.55 × 3 enrolled = 1751.65 EUR = 175165 cents over 30 March – 2 April (4 days):
      // ⌊175165 / 4⌋ = 43791 a day, remainder 1 cent on the first day: 43792, 43791, 43791, 43791.
      // March (30, 31): 87583 = 875.83; April (1, 2): 87582 = 875.82.
      id: 'A',
      startsOn: '2026-03-30',
      endsOn: '2026-04-02',
      status: 'inProgress',
      seats: 20,
      participantIds: ['p1', 'p2', 'p3'],
      cost: { currency: 'EUR', fixed: 1000, perParticipant: 250.55 },
      milestones: [],
      spending: [
        { id: 's1', on: '2026-03-20', kind: 'committed', amount: 1500 },
        { id: 's2', on: '2026-03-31', kind: 'spent', amount: 400.25 },
        { id: 's3', on: '2026-04-10', kind: 'spent', amount: 600 }, // after today
      ],
    },
    {
      // A schemaVersion 1 cost: 3000 EUR fixed, over 15 April – 14 May (30 days) = 100.00 a day:
      // April 16 days = 1600.00, May 14 days = 1400.00.
      id: 'B',
      startsOn: '2026-04-15',
      endsOn: '2026-05-14',
      status: 'planned',
      seats: 10,
      cost: { amount: 3000, currency: 'EUR' },
      milestones: [],
      spending: [{ id: 's4', on: '2026-04-01', kind: 'committed', amount: 3000 }],
    },
    {
      // Cancelled: plans nothing, but its commitment stands.
      id: 'C',
      startsOn: '2026-03-01',
      endsOn: '2026-06-30',
      status: 'cancelled',
      seats: 5,
      cost: { currency: 'EUR', fixed: 500, perParticipant: 100 },
      milestones: [],
      spending: [{ id: 's5', on: '2026-03-15', kind: 'committed', amount: 200 }],
    },
    {
      // 0.10 + 0.20 × 1 = 0.30 EUR = 30 cents (0.1 + 0.2 in floating point is 0.30000000000000004)
      // over 27 February – 2 March 2026 (4 days): 8, 8, 7, 7: February 16 cents, March 14.
      id: 'D',
      startsOn: '2026-02-27',
      endsOn: '2026-03-02',
      status: 'completed',
      seats: 1,
      participantIds: ['p4'],
      cost: { currency: 'EUR', fixed: 0.1, perParticipant: 0.2 },
      milestones: [],
    },
  ],
};

describe('budgetBurnDown: sums worked by hand', () => {
  const burnDown = budgetBurnDown(plan, {
    participants: 'enrolled',
    today: '2026-04-01',
    by: 'month',
    gapPointsClosed: { A: 4, B: 0 },
  });

  it('spreads planned cost evenly over each intervention’s days, in whole cents', () => {
    expect(burnDown.periods.map((period) => [period.startsOn, period.endsOn])).toEqual([
      ['2026-02-01', '2026-02-28'],
      ['2026-03-01', '2026-03-31'],
      ['2026-04-01', '2026-04-30'],
      ['2026-05-01', '2026-05-31'],
    ]);
    // February 0.16; March 875.83 + 0.14; April 875.82 + 1600; May 1400.
    expect(burnDown.periods.map((period) => period.planned)).toEqual([0.16, 875.97, 2475.82, 1400]);
    expect(burnDown.periods.map((period) => period.plannedCumulative)).toEqual([
      0.16, 876.13, 3351.95, 4751.95,
    ]);
    // 1751.65 + 3000 + 0.30
    expect(burnDown.totals.planned).toBe(4751.95);
  });

  it('adds committed and spent money where it falls, and the budget left', () => {
    expect(burnDown.periods.map((period) => period.committed)).toEqual([0, 1700, 3000, 0]);
    expect(burnDown.periods.map((period) => period.committedCumulative)).toEqual([
      0, 1700, 4700, 4700,
    ]);
    expect(burnDown.periods.map((period) => period.spentCumulative)).toEqual([
      0, 400.25, 1000.25, 1000.25,
    ]);
    // Bound money, per intervention max(committed, spent): A max(1500, 400.25) = 1500 in March
    // and max(1500, 1000.25) = 1500 after its 600 of April (paid against its contract); C 200
    // in March; B 3000 in April.
    expect(burnDown.periods.map((period) => period.obligated)).toEqual([0, 1700, 3000, 0]);
    expect(burnDown.periods.map((period) => period.obligatedCumulative)).toEqual([
      0, 1700, 4700, 4700,
    ]);
    expect(burnDown.periods.map((period) => period.remaining)).toEqual([10000, 8300, 5300, 5300]);
    expect(burnDown.periods.map((period) => period.begun)).toEqual([true, true, true, false]);
  });

  it('gives totals to date, the projection at the current rate and the cost per gap point', () => {
    expect(burnDown.totals).toEqual({
      budget: 10000,
      // D's 30 cents + A's first three days 43792 + 43791 + 43791 = 131404 cents.
      plannedToDate: 1314.04,
      planned: 4751.95,
      committedToDate: 4700, // 200 + 1500 + 3000 (1 April is today, so to date)
      spentToDate: 400.25, // the 600 of 10 April is after today
      obligatedToDate: 4700, // A max(1500, 400.25) + B 3000 + C 200
      remaining: 5300, // 10000 − 4700
      unplanned: 5248.05, // 10000 − 4751.95
    });
    // Plan 27 February – 14 May: 2 + 31 + 30 + 14 = 77 days; 34 of them through 1 April.
    // 470000 cents × 77 / 34 = 1064411.76 → 1064412 cents.
    expect(burnDown.projection).toEqual({
      ratePerDay: 4700 / 34,
      elapsedDays: 34,
      planDays: 77,
      projectedTotal: 10644.12,
      projectedOverspend: 644.12,
    });
    expect(burnDown.costPerGapPoint).toEqual({
      interventions: [
        // 1751.65 / 4; max(1500, 400.25 + 600) / 4
        {
          interventionId: 'A',
          gapPointsClosed: 4,
          plannedPerPoint: 437.9125,
          actualPerPoint: 375,
        },
        { interventionId: 'B', gapPointsClosed: 0, plannedPerPoint: null, actualPerPoint: null },
      ],
      // (1751.65 + 3000) / 4; (1500 + 3000) / 4
      plan: { gapPointsClosed: 4, plannedPerPoint: 1187.9125, actualPerPoint: 1125 },
    });
  });

  it('says what it rests on', () => {
    expect(burnDown.interventions).toEqual([
      {
        interventionId: 'A',
        planned: 1751.65,
        participantsFrom: 'enrolled',
        committed: 1500,
        spent: 1000.25,
        obligated: 1500,
      },
      {
        interventionId: 'B',
        planned: 3000,
        participantsFrom: 'seats',
        committed: 3000,
        spent: 0,
        obligated: 3000,
      },
      {
        interventionId: 'C',
        planned: 0,
        participantsFrom: 'seats',
        committed: 200,
        spent: 0,
        obligated: 200,
      },
      {
        interventionId: 'D',
        planned: 0.3,
        participantsFrom: 'enrolled',
        committed: 0,
        spent: 0,
        obligated: 0,
      },
    ]);
    expect(burnDown.restsOn).toMatchObject({
      participants: 'enrolled',
      interventions: 4,
      cancelled: 1,
      spendingEntries: 5,
      spendingAfterToday: 1,
      amountsRounded: 0,
      spread: 'evenly',
    });
    expect(burnDown).toMatchObject({ currency: 'EUR', minorUnitDigits: 2, by: 'month' });
    expect(burnDown.provenance.configHash).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('budgetBurnDown: payments beyond the contracts', () => {
  it('binds the larger of committed and spent per intervention, as the running totals rise', () => {
    const paidMore = budgetBurnDown(
      {
        budget: { amount: 1000, currency: 'EUR' },
        interventions: [
          {
            id: 'A',
            startsOn: '2026-01-05',
            endsOn: '2026-03-31',
            status: 'inProgress',
            seats: 1,
            cost: { currency: 'EUR', fixed: 600, perParticipant: 0 },
            milestones: [],
            spending: [
              // Listed out of date order on purpose.
              { id: 's3', on: '2026-03-10', kind: 'spent', amount: 250 },
              { id: 's1', on: '2026-01-10', kind: 'committed', amount: 300 },
              { id: 's2', on: '2026-02-10', kind: 'spent', amount: 200 },
            ],
          },
        ],
      },
      { today: '2026-03-31', by: 'month' },
    );
    // January: committed 300, bound 300. February: spent 200 ≤ 300, +0. March: spent 450 in
    // all, 150 past the contract, +150.
    expect(paidMore.periods.map((period) => period.obligated)).toEqual([300, 0, 150]);
    expect(paidMore.periods.map((period) => period.remaining)).toEqual([700, 700, 550]);
  });
});

describe('budgetBurnDown: participants counted', () => {
  it('counts the seats unless asked to count those enrolled', () => {
    const bySeats = budgetBurnDown(plan, { today: '2026-04-01', by: 'month' });
    // A: 1000 + 250.55 × 20 seats = 6011; B 3000; D 0.10 + 0.20 × 1 seat = 0.30.
    expect(bySeats.interventions.map((money) => [money.planned, money.participantsFrom])).toEqual([
      [6011, 'seats'],
      [3000, 'seats'],
      [0, 'seats'],
      [0.3, 'seats'],
    ]);
    expect(bySeats.totals.planned).toBe(9011.3);
    expect(bySeats.restsOn.participants).toBe('seats');
  });
});

describe('budgetBurnDown: periods and spreading rules', () => {
  it('puts the whole cost on the first or the last day when asked', () => {
    const atStart = budgetBurnDown(plan, {
      participants: 'enrolled',
      today: '2026-04-01',
      by: 'month',
      spread: 'atStart',
    });
    // A all on 30 March, B on 15 April, D on 27 February.
    expect(atStart.periods.map((period) => period.planned)).toEqual([0.3, 1751.65, 3000, 0]);
    const atEnd = budgetBurnDown(plan, {
      participants: 'enrolled',
      today: '2026-04-01',
      by: 'month',
      spread: 'atEnd',
    });
    // A on 2 April, B on 14 May, D on 2 March.
    expect(atEnd.periods.map((period) => period.planned)).toEqual([0, 0.3, 1751.65, 3000]);
    expect(atEnd.totals.plannedToDate).toBe(0.3);
  });

  it('cuts ISO weeks on Mondays and quarters on calendar quarters', () => {
    const weekly = budgetBurnDown(plan, {
      participants: 'enrolled',
      today: '2026-04-01',
      by: 'week',
    });
    // 27 February 2026 is a Friday: its week began Monday 23 February; 14 May is a Thursday of
    // the week 11–17 May. 23 Feb → 17 May is 84 days: 12 weeks.
    expect(weekly.periods[0]?.startsOn).toBe('2026-02-23');
    expect(weekly.periods.at(-1)?.endsOn).toBe('2026-05-17');
    expect(weekly.periods).toHaveLength(12);
    // Week of 30 March – 5 April holds all of A (1751.65) and nothing of B (from 15 April).
    expect(weekly.periods.find((period) => period.startsOn === '2026-03-30')?.planned).toBe(
      1751.65,
    );
    const quarterly = budgetBurnDown(plan, {
      participants: 'enrolled',
      today: '2026-04-01',
      by: 'quarter',
    });
    // Q1: 0.30 + 875.83; Q2: 875.82 + 3000.
    expect(quarterly.periods.map((period) => [period.startsOn, period.planned])).toEqual([
      ['2026-01-01', 876.13],
      ['2026-04-01', 3875.82],
    ]);
  });

  it('keeps yen whole and rounds an amount with more decimals than the currency has, saying so', () => {
    const yen = budgetBurnDown(
      {
        budget: { amount: 100_000, currency: 'JPY' },
        interventions: [
          {
            id: 'A',
            startsOn: '2026-01-01',
            endsOn: '2026-01-03',
            status: 'planned',
            seats: 2,
            cost: { currency: 'JPY', fixed: 10_000.5, perParticipant: 0 },
            milestones: [],
          },
        ],
      },
      { today: '2026-01-01', by: 'month' },
    );
    // 10000.5 rounds half away from zero to 10001 yen.
    expect(yen.minorUnitDigits).toBe(0);
    expect(yen.totals.planned).toBe(10001);
    expect(yen.totals.plannedToDate).toBe(3334); // ⌊10001 / 3⌋ = 3333, +1 on the first day
    expect(yen.restsOn.amountsRounded).toBe(1);
  });

  it('has no projection before the plan starts and the amount to date after it ends', () => {
    expect(
      budgetBurnDown(plan, {
        participants: 'enrolled',
        today: '2026-01-15',
        by: 'month',
      }).projection,
    ).toBeNull();
    const after = budgetBurnDown(plan, {
      participants: 'enrolled',
      today: '2026-12-31',
      by: 'quarter',
    });
    // All five entries are to date: A max(1500, 400.25 + 600) + B 3000 + C 200.
    expect(after.projection).toMatchObject({
      elapsedDays: 77,
      planDays: 77,
      projectedTotal: 4700,
    });
    expect(after.projection?.projectedOverspend).toBe(0);
  });
});

describe('budgetBurnDown: located errors', () => {
  it('refuses mixed currencies at the cost that differs', () => {
    const mixed: ScheduledPlan = {
      ...plan,
      interventions: [
        ...plan.interventions,
        {
          id: 'U',
          startsOn: '2026-03-01',
          endsOn: '2026-03-02',
          status: 'planned',
          seats: 1,
          cost: { currency: 'USD', fixed: 1, perParticipant: 0 },
          milestones: [],
        },
      ],
    };
    expect(() =>
      budgetBurnDown(mixed, {
        participants: 'enrolled',
        today: '2026-04-01',
        by: 'month',
      }),
    ).toThrow(
      new CapkitScoringError(
        'plan.interventions[4].cost.currency',
        'is "USD" but the plan\'s budget is in "EUR": mixed currencies are refused; convert to one currency first',
      ),
    );
  });

  it('refuses unknown options, unknown interventions and too many periods', () => {
    expect(() =>
      budgetBurnDown(plan, {
        participants: 'enrolled',
        today: '2026-04-01',
        by: 'month',
        per: 'week',
      } as never),
    ).toThrow(
      new CapkitScoringError(
        'options.per',
        'is not a known key; unknown keys are refused, not ignored',
      ),
    );
    expect(() =>
      budgetBurnDown(plan, {
        participants: 'enrolled',
        today: '2026-04-01',
        by: 'day' as never,
      }),
    ).toThrow(/^options\.by: /);
    expect(() =>
      budgetBurnDown(plan, {
        participants: 'enrolled',
        today: '2026-04-01',
        by: 'month',
        gapPointsClosed: { Z: 1 },
      }),
    ).toThrow(
      new CapkitScoringError('options.gapPointsClosed["Z"]', 'is not an intervention of the plan'),
    );
    expect(() =>
      budgetBurnDown(plan, {
        participants: 'enrolled',
        today: '2026-04-01',
        by: 'month',
        gapPointsClosed: { A: -1 },
      }),
    ).toThrow(/^options\.gapPointsClosed\.A: /);
    // 1900 to 2026 by week is about 6,600 weeks.
    expect(() =>
      budgetBurnDown(plan, {
        participants: 'enrolled',
        today: '1900-01-01',
        by: 'week',
      }),
    ).toThrow(/^options\.by: 1900-01-01 to 2026-05-14 by week is more than 5000 periods/);
  });
});
