import { generateSampleWorkspace } from '@capkit/model/sample';
import { describe, expect, it } from 'vitest';
import { budgetBurnDown, planSchedule } from './index.js';

describe('README: following the plan, milestones and budget burn-down', () => {
  it('reads the sample ministry’s 2026 plan on 15 September: statuses, what is late, money by quarter', () => {
    const workspace = generateSampleWorkspace({ people: 300, seed: 1 });
    // --- README example starts
    const plan = workspace.plans[0]; // a @capkit/model CapacityDevelopmentPlan, with its `spending`
    if (plan === undefined) throw new Error('no plan');
    const schedule = planSchedule(plan, { today: '2026-09-15', atRiskWithinDays: 14 });
    const late = schedule.items.filter((item) => item.status === 'overdue');
    const burnDown = budgetBurnDown(plan, { today: '2026-09-15', by: 'quarter' });
    // --- README example ends

    expect(schedule.counts).toEqual({
      done: 12,
      cancelled: 0,
      overdue: 2,
      atRisk: 8,
      notStarted: 3,
      onTrack: 11,
    });
    // Enrolment closed 14 days before each start: 31 August and 17 June.
    expect(late.map((item) => [item.id, item.daysLate])).toEqual([
      ['int-user-research-workshops-enrolment', 15],
      ['int-agile-on-the-job-enrolment', 90],
    ]);
    expect(
      schedule.items
        .filter((item) => item.status === 'atRisk')
        .map((item) => `${item.id}: ${item.reasons.join(', ')}`),
    ).toEqual([
      'int-product-mentoring: behindPlan',
      'int-leadership-coaching: behindPlan',
      'int-building-blocks-community: behindPlan',
      'int-centex-secondments: behindPlan',
      'int-user-research-workshops: dueSoon, behindPlan, lateStart',
      'int-user-research-workshops-delivery: dueSoon',
      'int-agile-on-the-job: behindPlan, lateStart',
      'int-procurement-course-enrolment: dueSoon',
    ]);
    expect(schedule.progress.plannedShare?.toFixed(3)).toBe('0.615');
    expect(schedule.progress.actualShare?.toFixed(3)).toBe('0.370');
    // 1 March – 15 December: 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 15 = 290 days.
    expect(schedule.span).toEqual({ startsOn: '2026-03-01', endsOn: '2026-12-15', days: 290 });
    expect(
      burnDown.periods.map((period) => [
        period.startsOn,
        period.plannedCumulative,
        period.committedCumulative,
        period.spentCumulative,
        period.remaining,
      ]),
    ).toEqual([
      // Only the community of practice runs in March: 2000 + 12 × 45 = 2540 EUR over its 290 days
      // = 254000 cents, ⌊254000 / 290⌋ = 875 a day and one more on the first 250 days: 31 × 8.76.
      ['2026-01-01', 271.56, 22150, 998, 29850],
      ['2026-04-01', 26146.95, 36550, 16438, 15450],
      ['2026-07-01', 36598.6, 42840, 25387, 9160],
      // Σ fixed + seats × per participant: 13200 + 8250 + 4800 + 5000 + 2540 + 4000 + 2190 +
      // 1500 + 5580.
      ['2026-10-01', 47060, 42840, 25387, 9160],
    ]);
    // Bound per intervention, the larger of committed and spent: 12000 + 7655 + 4800 + 5000 +
    // 2495 + 4000 + 1750 + 600 + 4540 = 42840; remaining 52000 − 42840.
    expect(burnDown.totals).toMatchObject({ obligatedToDate: 42840, remaining: 9160 });
    // 42840 × 290 / 199 = 62430.15, over the 52000 budget by 10430.15 at this rate.
    expect(burnDown.projection).toMatchObject({
      projectedTotal: 62430.15,
      projectedOverspend: 10430.15,
    });
  });
});
