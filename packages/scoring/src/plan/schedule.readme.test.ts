import type { SpendingEntry } from '@capkit/model';
import { generateSampleWorkspace } from '@capkit/model/sample';
import { describe, expect, it } from 'vitest';
import { budgetBurnDown, planSchedule } from './index.js';

describe('README: following the plan, milestones and budget burn-down', () => {
  it('reads the sample ministry’s 2026 plan on 15 September: statuses, what is late, money by quarter', () => {
    const workspace = generateSampleWorkspace({ people: 300, seed: 1 });
    // --- README example starts
    const plan = workspace.plans[0]; // a @capkit/model CapacityDevelopmentPlan
    if (plan === undefined) throw new Error('no plan');
    // Money recorded so far, kept on each intervention (`spending`, in its cost's currency).
    const spending: Record<string, SpendingEntry[]> = {
      'int-identity-course': [{ id: 'inv-101', on: '2026-04-20', kind: 'spent', amount: 10_800 }],
      'int-product-mentoring': [
        { id: 'po-7', on: '2026-04-28', kind: 'committed', amount: 3_600 },
        { id: 'inv-133', on: '2026-08-31', kind: 'spent', amount: 1_800 },
      ],
    };
    const recorded = {
      ...plan,
      interventions: plan.interventions.map((intervention) => ({
        ...intervention,
        spending: spending[intervention.id] ?? [],
      })),
    };
    const schedule = planSchedule(recorded, { today: '2026-09-15', atRiskWithinDays: 14 });
    const late = schedule.items.filter((item) => item.status === 'overdue');
    const burnDown = budgetBurnDown(recorded, { today: '2026-09-15', by: 'quarter' });
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
      // 600 EUR over 290 days from 1 March: 207 cents on each of the first 260 days, so 31 × 2.07.
      ['2026-01-01', 64.17, 0, 0, 39000],
      ['2026-04-01', 20293.91, 3600, 10800, 24600],
      ['2026-07-01', 28676.74, 3600, 12600, 24600],
      // Σ seats × per participant: 10800 + 6000 + 3600 + 5000 + 600 + 4000 + 1350 + 1500 + 2800.
      ['2026-10-01', 35650, 3600, 12600, 24600],
    ]);
    // Bound: 10800 + max(3600, 1800); remaining 39000 − 14400.
    expect(burnDown.totals).toMatchObject({ obligatedToDate: 14400, remaining: 24600 });
    // 14400 × 290 / 199 = 20984.92: under the budget at this rate.
    expect(burnDown.projection).toMatchObject({ projectedTotal: 20984.92, projectedOverspend: 0 });
  });
});
