import { afterEach, describe, expect, it } from 'vitest';
import { CapkitScoringError } from '../scoringError.js';
import { planSchedule } from './schedule.js';
import type { ScheduledIntervention, ScheduledPlan } from './scheduleInput.js';

type Status = ScheduledIntervention['status'];

function intervention(
  id: string,
  startsOn: string,
  endsOn: string,
  status: Status,
  milestones: [string, string, Status][] = [],
  prerequisiteIds?: string[],
): ScheduledIntervention {
  return {
    id,
    startsOn,
    endsOn,
    status,
    seats: 10,
    cost: { currency: 'EUR', fixed: 1000, perParticipant: 0 },
    milestones: milestones.map(([milestoneId, due, milestoneStatus]) => ({
      id: milestoneId,
      due,
      status: milestoneStatus,
    })),
    ...(prerequisiteIds === undefined ? {} : { prerequisiteIds }),
  };
}

function plan(...interventions: ScheduledIntervention[]): ScheduledPlan {
  return { budget: { amount: 10_000, currency: 'EUR' }, interventions };
}

// One plan read on 9 March 2026, every expected value worked out by hand from the calendar.
const march = plan(
  intervention('A', '2026-03-02', '2026-03-11', 'inProgress', [
    ['a1', '2026-03-04', 'completed'],
    ['a2', '2026-03-08', 'planned'],
    ['a3', '2026-03-11', 'planned'],
    ['a4', '2026-03-06', 'cancelled'],
  ]),
  intervention('B', '2026-03-20', '2026-03-31', 'planned', [], ['A']),
  intervention(
    'C',
    '2026-03-10',
    '2026-04-30',
    'planned',
    [['c1', '2026-04-15', 'planned']],
    ['A'],
  ),
  intervention('D', '2026-02-01', '2026-02-28', 'completed'),
  intervention('E', '2026-03-01', '2026-03-31', 'cancelled', [['e1', '2026-03-15', 'planned']]),
  intervention('F', '2026-03-01', '2026-06-30', 'inProgress', [
    ['f1', '2026-03-05', 'completed'],
    ['f2', '2026-05-31', 'planned'],
  ]),
);

describe('planSchedule: statuses, worked by hand', () => {
  const schedule = planSchedule(march, {
    today: '2026-03-09',
    atRiskWithinDays: 3,
    behindPlanMargin: 0.2,
  });
  const byId = new Map(schedule.items.map((entry) => [entry.id, entry]));

  it('gives each item its status, reasons and days late', () => {
    // A ends 11 March, 2 days after today (≤ 3: due soon); planned 8/10 (2–9 March of 2–11
    // March), actual 1/3 (a1 of a1–a3; a4 is cancelled): 0.8 − 0.333 > 0.2, behind plan.
    expect(byId.get('A')).toEqual({
      kind: 'intervention',
      id: 'A',
      interventionId: 'A',
      due: '2026-03-11',
      status: 'atRisk',
      reasons: ['dueSoon', 'behindPlan'],
      daysUntilDue: 2,
      daysLate: 0,
    });
    expect(byId.get('a1')?.status).toBe('done');
    // a2 was due on 8 March: one day late.
    expect(byId.get('a2')).toMatchObject({ status: 'overdue', daysUntilDue: -1, daysLate: 1 });
    expect(byId.get('a3')).toMatchObject({
      status: 'atRisk',
      reasons: ['dueSoon'],
      daysUntilDue: 2,
    });
    expect(byId.get('a4')?.status).toBe('cancelled');
    // B starts 20 March, ends in 22 days.
    expect(byId.get('B')).toMatchObject({ status: 'notStarted', daysUntilDue: 22, reasons: [] });
    // C starts tomorrow; its milestone too is not started.
    expect(byId.get('C')?.status).toBe('notStarted');
    expect(byId.get('c1')).toMatchObject({ status: 'notStarted', daysUntilDue: 37 });
    expect(byId.get('D')).toMatchObject({ status: 'done', daysUntilDue: -9, daysLate: 0 });
    // A milestone of a cancelled intervention is cancelled with it.
    expect(byId.get('E')?.status).toBe('cancelled');
    expect(byId.get('e1')?.status).toBe('cancelled');
    // F: planned 9/122, actual 1/2: ahead of plan.
    expect(byId.get('F')?.status).toBe('onTrack');
    expect(byId.get('f2')?.status).toBe('onTrack');
  });

  it('counts the statuses, which partition the items', () => {
    expect(schedule.counts).toEqual({
      done: 3, // a1, D, f1
      cancelled: 3, // a4, E, e1
      overdue: 1, // a2
      atRisk: 2, // A, a3
      notStarted: 3, // B, C, c1
      onTrack: 2, // F, f2
    });
    expect(schedule.items).toHaveLength(14);
  });

  it('measures progress against plan, linear in inclusive days', () => {
    const progress = new Map(
      schedule.progress.interventions.map((entry) => [entry.interventionId, entry]),
    );
    expect(progress.get('A')).toEqual({
      interventionId: 'A',
      startsOn: '2026-03-02',
      endsOn: '2026-03-11',
      plannedShare: 0.8,
      actualShare: 1 / 3,
      behindBy: 0.8 - 1 / 3,
      milestonesCompleted: 1,
      milestonesCounted: 3,
    });
    expect(progress.get('B')?.actualShare).toBeNull();
    expect(progress.get('C')).toMatchObject({ plannedShare: 0, actualShare: 0 });
    expect(progress.get('D')).toMatchObject({ plannedShare: 1, actualShare: 1 });
    // F runs 1 March – 30 June: 31 + 30 + 31 + 30 = 122 days, 9 of them by 9 March.
    expect(progress.get('F')).toMatchObject({ plannedShare: 9 / 122, actualShare: 0.5 });
    expect(progress.has('E')).toBe(false);
    expect(schedule.progress.unmeasuredInterventionIds).toEqual(['B']);
    // Measured: A, C, D, F, each counted once.
    expect(schedule.progress.plannedShare).toBeCloseTo((0.8 + 0 + 1 + 9 / 122) / 4, 15);
    expect(schedule.progress.actualShare).toBeCloseTo((1 / 3 + 0 + 1 + 0.5) / 4, 15);
  });

  it('finds prerequisites out of order, the span and the critical path', () => {
    // C starts 10 March; A ends 11 March: they overlap on the 10th and 11th.
    expect(schedule.prerequisiteViolations).toEqual([
      {
        interventionId: 'C',
        prerequisiteId: 'A',
        kind: 'startsBeforePrerequisiteEnds',
        startsOn: '2026-03-10',
        prerequisiteEndsOn: '2026-03-11',
        overlapDays: 2,
      },
    ]);
    // 1 February – 30 June: 28 + 31 + 30 + 31 + 30 = 150 days (E is cancelled, not counted).
    expect(schedule.span).toEqual({ startsOn: '2026-02-01', endsOn: '2026-06-30', days: 150 });
    // A (10 days) then C (52 days: 22 in March from the 10th, 30 in April) = 62 < F's 122 days.
    expect(schedule.criticalPath).toEqual({ interventionIds: ['F'], days: 122 });
    expect(schedule.restsOn).toMatchObject({
      interventions: 6,
      milestones: 8,
      atRiskWithinDays: 3,
      behindPlanMargin: 0.2,
    });
    expect(schedule.provenance.engine).toBe('@capkit/scoring');
    expect(schedule.provenance.configHash).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('planSchedule: the rules at their edges', () => {
  it('follows the chain of prerequisites that sets the shortest plan', () => {
    // A 10 days → C 52 days → G 30 days (1–30 June): 10 + 52 + 30 = 92 > H's 60 days.
    const chained = plan(
      intervention('A', '2026-03-02', '2026-03-11', 'planned'),
      intervention('C', '2026-03-12', '2026-05-02', 'planned', [], ['A']),
      intervention('G', '2026-06-01', '2026-06-30', 'planned', [], ['C', 'H']),
      intervention('H', '2026-03-01', '2026-04-29', 'planned'),
      intervention('X', '2026-01-01', '2026-01-05', 'cancelled'),
      intervention('Y', '2026-02-01', '2026-02-05', 'planned', [], ['X']),
    );
    const schedule = planSchedule(chained, { today: '2026-01-01' });
    expect(schedule.criticalPath).toEqual({ interventionIds: ['A', 'C', 'G'], days: 92 });
    expect(schedule.prerequisiteViolations).toEqual([
      {
        interventionId: 'Y',
        prerequisiteId: 'X',
        kind: 'prerequisiteCancelled',
        startsOn: '2026-02-01',
        prerequisiteEndsOn: '2026-01-05',
        overlapDays: 0,
      },
    ]);
  });

  it('counts a start on the day the prerequisite ends as out of order, and the day after as in order', () => {
    const sameDay = planSchedule(
      plan(
        intervention('A', '2026-03-01', '2026-03-10', 'planned'),
        intervention('B', '2026-03-10', '2026-03-20', 'planned', [], ['A']),
      ),
      { today: '2026-01-01' },
    );
    expect(sameDay.prerequisiteViolations.map((violation) => violation.overlapDays)).toEqual([1]);
    const dayAfter = planSchedule(
      plan(
        intervention('A', '2026-03-01', '2026-03-10', 'planned'),
        intervention('B', '2026-03-11', '2026-03-20', 'planned', [], ['A']),
      ),
      { today: '2026-01-01' },
    );
    expect(dayAfter.prerequisiteViolations).toEqual([]);
  });

  it('is at risk on the last day within reach and on track the day before it', () => {
    const late = plan(intervention('A', '2026-01-01', '2026-12-31', 'inProgress'));
    // 31 December is 14 days after 17 December and 15 after the 16th.
    expect(planSchedule(late, { today: '2026-12-17' }).items[0]?.status).toBe('atRisk');
    expect(planSchedule(late, { today: '2026-12-16' }).items[0]?.status).toBe('onTrack');
    // Due today is not yet overdue; due yesterday is, by one day.
    expect(planSchedule(late, { today: '2026-12-31' }).items[0]?.status).toBe('atRisk');
    expect(planSchedule(late, { today: '2027-01-01' }).items[0]).toMatchObject({
      status: 'overdue',
      daysLate: 1,
    });
  });

  it('flags a start that has passed while the status is still planned', () => {
    const schedule = planSchedule(plan(intervention('A', '2026-03-01', '2026-09-30', 'planned')), {
      today: '2026-03-02',
    });
    expect(schedule.items[0]).toMatchObject({ status: 'atRisk', reasons: ['lateStart'] });
    const onTheDay = planSchedule(plan(intervention('A', '2026-03-01', '2026-09-30', 'planned')), {
      today: '2026-03-01',
    });
    expect(onTheDay.items[0]).toMatchObject({ status: 'onTrack', reasons: [] });
  });

  it('counts leap days and days across clock changes as the days they are', () => {
    // 28 February – 1 March 2028 is 3 days (29 February between); by the end of the 29th, 2/3.
    const leap = planSchedule(
      plan(
        intervention('A', '2028-02-28', '2028-03-01', 'inProgress', [
          ['a1', '2028-03-01', 'planned'],
        ]),
      ),
      { today: '2028-02-29' },
    );
    expect(leap.progress.interventions[0]?.plannedShare).toBe(2 / 3);
    expect(leap.items[1]?.daysUntilDue).toBe(1);
    // 25 October 2026 (EU clocks back, a 25-hour day) to 1 November: 7 days from 25 October.
    const autumn = planSchedule(plan(intervention('A', '2026-10-24', '2026-11-01', 'inProgress')), {
      today: '2026-10-25',
      atRiskWithinDays: 0,
    });
    expect(autumn.items[0]?.daysUntilDue).toBe(7);
    expect(autumn.progress.interventions[0]?.plannedShare).toBe(2 / 9);
  });
});

describe('planSchedule: located errors', () => {
  const initialZone = process.env['TZ'];
  afterEach(() => {
    if (initialZone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = initialZone;
  });
  const one = plan(intervention('A', '2026-03-01', '2026-03-10', 'planned'));

  it('refuses unknown and invalid options, naming them', () => {
    expect(() => planSchedule(one, { today: '2026-03-01', atRiskDays: 3 } as never)).toThrow(
      new CapkitScoringError(
        'options.atRiskDays',
        'is not a known key; unknown keys are refused, not ignored',
      ),
    );
    expect(() => planSchedule(one, { today: '2026-13-01' })).toThrow(CapkitScoringError);
    expect(() => planSchedule(one, { today: '2026-13-01' })).toThrow(/^options\.today: /);
    expect(() => planSchedule(one, { today: '2026-03-01', behindPlanMargin: 2 })).toThrow(
      /^options\.behindPlanMargin: /,
    );
    expect(() => planSchedule(one, { today: '2026-03-01', atRiskWithinDays: 1.5 })).toThrow(
      /^options\.atRiskWithinDays: /,
    );
  });

  it('refuses a plan it cannot schedule, at the bad value', () => {
    expect(() =>
      planSchedule(plan(intervention('A', '2026-03-10', '2026-03-01', 'planned')), {
        today: '2026-03-01',
      }),
    ).toThrow(
      new CapkitScoringError(
        'plan.interventions[0].endsOn',
        '2026-03-01 is before startsOn 2026-03-10',
      ),
    );
    expect(() =>
      planSchedule(plan(intervention('A', '2026-03-01', '2026-03-10', 'planned', [], ['Z'])), {
        today: '2026-03-01',
      }),
    ).toThrow(
      new CapkitScoringError(
        'plan.interventions[0].prerequisiteIds[0]',
        'unknown intervention "Z"',
      ),
    );
    expect(() =>
      planSchedule(
        plan(
          intervention('A', '2026-03-01', '2026-03-10', 'planned', [], ['B']),
          intervention('B', '2026-03-11', '2026-03-20', 'planned', [], ['A']),
        ),
        { today: '2026-03-01' },
      ),
    ).toThrow(
      new CapkitScoringError(
        'plan.interventions[0].prerequisiteIds',
        'prerequisites form a cycle through "A", "B"',
      ),
    );
    expect(() =>
      planSchedule(
        plan(
          intervention('A', '2026-03-01', '2026-03-10', 'planned'),
          intervention('A', '2026-03-11', '2026-03-20', 'planned'),
        ),
        { today: '2026-03-01' },
      ),
    ).toThrow(new CapkitScoringError('plan.interventions[1].id', 'duplicate intervention "A"'));
  });

  it('refuses a day the time zone skipped rather than counting it wrong', () => {
    // Samoa moved across the date line: 30 December 2011 never happened there.
    process.env['TZ'] = 'Pacific/Apia';
    expect(() =>
      planSchedule(plan(intervention('A', '2011-12-30', '2012-01-10', 'planned')), {
        today: '2012-01-01',
      }),
    ).toThrow(
      /^plan\.interventions\[0\]\.startsOn: "2011-12-30" is not a calendar date that exists/,
    );
  });
});
