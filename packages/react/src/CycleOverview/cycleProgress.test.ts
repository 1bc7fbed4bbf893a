import type { CycleRound, Intervention } from '@capkit/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  campaign2026,
  intervention,
  plan2,
  sampleActivityStatus,
  sampleAsOf,
  sampleWorkspace,
  smallAsOf,
  smallWorkspace,
} from '../../test/fixtures/CycleOverview.fixtures.js';
import {
  currentStepOf,
  cycleProgress,
  statusOfCounts,
  type StepProgress,
} from './cycleProgress.js';
import { currentRound, cycleMoment, cycleSteps, type CycleMoment } from './cycleRound.js';

function moment(asOf: string): CycleMoment {
  const result = cycleMoment(asOf);
  if (result === undefined) throw new Error(`unreadable ${asOf}`);
  return result;
}

const summary = (steps: readonly StepProgress[]) =>
  steps.map(({ step, status, counts }) => [step, status, counts]);

describe('cycleMoment', () => {
  it('reads a calendar date as the start of its day in UTC, a date-time as its instant', () => {
    expect(cycleMoment('2026-03-02')).toEqual({
      day: '2026-03-02',
      at: new Date(Date.UTC(2026, 2, 2)),
    });
    expect(cycleMoment('2026-03-02T23:30:00-05:00')).toEqual({
      day: '2026-03-02',
      at: new Date(Date.UTC(2026, 2, 3, 4, 30)),
    });
    expect(cycleMoment(new Date(Date.UTC(2026, 2, 2, 12)))?.day).toBe('2026-03-02');
    expect(cycleMoment('yesterday')).toBeUndefined();
  });
});

describe('currentRound', () => {
  const rounds: CycleRound[] = [
    { number: 1, startsOn: '2026-01-05', endsOn: '2026-12-18' },
    { number: 2, startsOn: '2027-01-04' },
  ];
  it('is the latest round that has started, kept after its end until the next starts', () => {
    expect(currentRound(rounds, '2026-06-01')?.number).toBe(1);
    expect(currentRound(rounds, '2026-12-28')?.number).toBe(1);
    expect(currentRound(rounds, '2027-01-04')?.number).toBe(2);
  });
  it('is the first round before any has started, and nothing for no rounds', () => {
    expect(currentRound([...rounds].reverse(), '2025-06-01')?.number).toBe(1);
    expect(currentRound([], '2026-06-01')).toBeUndefined();
  });
  it('never picks a round that starts after the day while one has started (property)', () => {
    const day = fc
      .integer({ min: 0, max: 2000 })
      .map((offset) => new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 6 }), day, (starts, today) => {
        const list = starts.map((startsOn, index) => ({ number: index + 1, startsOn }));
        const picked = currentRound(list, today);
        const started = starts.filter((start) => start <= today);
        if (started.length === 0) expect(picked?.startsOn).toBe([...starts].sort()[0]);
        else expect(picked?.startsOn).toBe([...started].sort().at(-1));
      }),
    );
  });
});

describe('cycleProgress on the small programme (hand-worked, see the fixture)', () => {
  const steps = cycleProgress(smallWorkspace, 2, moment(smallAsOf));

  it('derives each step of round 2 on 2 March 2026', () => {
    expect(summary(steps)).toEqual([
      ['trainingNeeds', 'due', { done: 0, due: 1, overdue: 0, upcoming: 0 }],
      ['stakeholders', 'overdue', { done: 0, due: 1, overdue: 1, upcoming: 1 }],
      ['capacityAndAssets', 'notStarted', { done: 0, due: 0, overdue: 0, upcoming: 0 }],
      ['plan', 'overdue', { done: 1, due: 1, overdue: 3, upcoming: 1 }],
      ['evaluation', 'notStarted', { done: 0, due: 0, overdue: 0, upcoming: 0 }],
    ]);
    expect(steps[0]?.nextDate).toBe('2026-03-16');
    expect(steps[1]).toMatchObject({ overdueSince: '2026-02-20', nextDate: '2026-03-02' });
    // The plan: overdue since int-a's end (20 Feb); next, int-d's review on 16 March.
    expect(steps[3]).toMatchObject({ overdueSince: '2026-02-20', nextDate: '2026-03-16' });
    expect(currentStepOf(steps)?.step).toBe('trainingNeeds');
  });

  it('counts round 1 apart: everything done but step 3, which has nothing recorded', () => {
    // Its one engagement activity (10 Feb 2025) is overdue until the app marks it done.
    expect(cycleProgress(smallWorkspace, 1, moment(smallAsOf))[1]?.status).toBe('overdue');
    const round1 = cycleProgress(smallWorkspace, 1, moment(smallAsOf), {
      activityStatus: { 'sh-finance-a1': 'done' },
    });
    expect(round1.map((step) => step.status)).toEqual([
      'done',
      'done',
      'notStarted',
      'done',
      'done',
    ]);
    expect(round1[4]?.levelsMeasured).toBe(4);
    expect(currentStepOf(round1)?.step).toBe('capacityAndAssets');
  });

  it('takes the activities the app marks done or cancelled', () => {
    const marked = cycleProgress(smallWorkspace, 2, moment(smallAsOf), {
      activityStatus: { 'sh-treasury-a1': 'done', 'sh-treasury-a2': 'cancelled' },
    });
    expect(marked[1]).toMatchObject({
      status: 'upcoming',
      counts: { done: 1, due: 0, overdue: 0, upcoming: 1 },
      overdueSince: undefined,
      nextDate: '2026-03-30',
    });
  });

  it('puts the app’s status over a step, and says so', () => {
    const set = cycleProgress(smallWorkspace, 2, moment(smallAsOf), {
      stepStatus: { trainingNeeds: 'done', capacityAndAssets: 'done' },
    });
    expect(set.map((step) => [step.status, step.overridden])).toEqual([
      ['done', true],
      ['overdue', false],
      ['done', true],
      ['overdue', false],
      ['notStarted', false],
    ]);
    expect(currentStepOf(set)?.step).toBe('stakeholders');
  });

  it('judges campaigns by their dates, and a draft past its opening as overdue', () => {
    const campaigns = (status: 'open' | 'draft' | 'scheduled', asOf: string) =>
      cycleProgress(
        { ...smallWorkspace, campaigns: [{ ...campaign2026, status }] },
        2,
        moment(asOf),
      )[0]?.status;
    expect(campaigns('open', '2026-03-17')).toBe('done');
    expect(campaigns('scheduled', '2026-01-20')).toBe('upcoming');
    expect(campaigns('draft', '2026-01-20')).toBe('upcoming');
    expect(campaigns('draft', '2026-02-10')).toBe('overdue');
    // 16 March: the campaign closes at 17:00 UTC, so it is still open at the day's start.
    expect(campaigns('open', '2026-03-16')).toBe('due');
    expect(campaigns('open', '2026-03-16T17:00:00Z')).toBe('done');
  });
});

describe('cycleProgress on the sample ministry (worked out by hand, see the fixture)', () => {
  it('finds round 1 running its plan on 1 October 2026', () => {
    const steps = cycleProgress(sampleWorkspace, 1, moment(sampleAsOf), {
      activityStatus: sampleActivityStatus,
    });
    expect(summary(steps)).toEqual([
      ['trainingNeeds', 'done', { done: 1, due: 0, overdue: 0, upcoming: 0 }],
      ['stakeholders', 'upcoming', { done: 17, due: 0, overdue: 0, upcoming: 3 }],
      ['capacityAndAssets', 'done', { done: 1, due: 0, overdue: 0, upcoming: 0 }],
      ['plan', 'overdue', { done: 2, due: 5, overdue: 1, upcoming: 1 }],
      ['evaluation', 'due', { done: 0, due: 0, overdue: 0, upcoming: 2 }],
    ]);
    expect(steps[1]?.nextDate).toBe('2026-10-11');
    expect(steps[2]?.assets).toBe(6);
    expect(steps[3]?.overdueMilestones).toBe(4);
    expect(steps[4]?.levelsMeasured).toBe(3);
    expect(currentStepOf(steps)?.step).toBe('plan');
  });

  it('finds round 2 with its campaign scheduled and nothing else yet', () => {
    const steps = cycleProgress(sampleWorkspace, 2, moment('2027-01-10'));
    expect(steps.map((step) => step.status)).toEqual([
      'upcoming',
      'notStarted',
      'notStarted',
      'notStarted',
      'notStarted',
    ]);
    expect(steps[0]?.nextDate).toBe('2027-02-01');
  });
});

describe('statusOfCounts', () => {
  it('orders overdue over due over upcoming over done', () => {
    const counts = { done: 1, due: 1, overdue: 1, upcoming: 1 };
    expect(statusOfCounts(counts, false)).toBe('notStarted');
    expect(statusOfCounts(counts, true)).toBe('overdue');
    expect(statusOfCounts({ ...counts, overdue: 0 }, true)).toBe('due');
    expect(statusOfCounts({ ...counts, overdue: 0, due: 0 }, true)).toBe('upcoming');
    expect(statusOfCounts({ done: 1, due: 0, overdue: 0, upcoming: 0 }, true)).toBe('done');
    expect(statusOfCounts({ done: 0, due: 0, overdue: 0, upcoming: 0 }, true)).toBe('due');
  });
});

describe('step 4 invariants (property)', () => {
  const day = fc
    .integer({ min: 0, max: 400 })
    .map((offset) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10));
  const interventionArb = fc
    .record({
      start: day,
      length: fc.integer({ min: 0, max: 120 }),
      status: fc.constantFrom<Intervention['status']>(
        'planned',
        'inProgress',
        'completed',
        'cancelled',
      ),
      milestone: fc.option(fc.tuple(day, fc.constantFrom('planned', 'completed' as const))),
    })
    .map(({ start, length, status, milestone }): Intervention => {
      const endsOn = new Date(Date.parse(start) + length * 86_400_000).toISOString().slice(0, 10);
      const milestones: Intervention['milestones'] =
        milestone === null
          ? []
          : [{ id: 'm', title: { en: 'M' }, due: milestone[0], status: milestone[1] }];
      return intervention('i', start, endsOn, status, milestones);
    });

  // The plan step of round 2 when its plan holds `interventions`.
  const planStep = (interventions: Intervention[], today: string) => {
    const workspace = { ...smallWorkspace, plans: [{ ...plan2, interventions }] };
    const step = cycleProgress(workspace, 2, moment(today))[3];
    if (step === undefined) throw new Error('no step 4');
    return step;
  };

  it('counts every live intervention once; overdue exactly when something is past due', () => {
    fc.assert(
      fc.property(fc.array(interventionArb, { maxLength: 30 }), day, (interventions, today) => {
        const step = planStep(interventions, today);
        const { done, due, overdue, upcoming } = step.counts;
        const live = interventions.filter((i) => i.status !== 'cancelled');
        expect(done + due + overdue + upcoming).toBe(live.length);
        expect(step.status === 'overdue').toBe(overdue > 0 || step.overdueMilestones > 0);
        // Completing everything leaves nothing overdue, and the step done (when it has any).
        const after = planStep(
          interventions.map((i) => ({ ...i, status: 'completed' })),
          today,
        );
        expect(after.counts.overdue + after.overdueMilestones).toBe(0);
        expect(after.status).toBe(interventions.length === 0 ? 'due' : 'done');
      }),
    );
  });

  it('lists the five steps in the cycle’s order', () => {
    expect(cycleProgress(smallWorkspace, 2, moment(smallAsOf)).map((s) => s.step)).toEqual(
      cycleSteps,
    );
  });
});
