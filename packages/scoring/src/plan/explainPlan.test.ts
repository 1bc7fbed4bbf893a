import { describe, expect, it } from 'vitest';
import { explainPlan } from './explainPlan.js';
import type { PlanInput } from './planInput.js';
import { recommendPlan } from './recommendPlan.js';

// The inputs of recommendPlan.test.ts, whose plans are worked out by hand there.
const twoCourses: PlanInput = {
  needs: [
    { id: 'A', unitId: 'u1', competencyId: 'c1', people: 10, gap: 2, weight: 3 },
    { id: 'B', unitId: 'u2', competencyId: 'c1', people: 6, gap: 1, weight: 2 },
  ],
  interventions: [
    {
      id: 'T1',
      targets: [{ competencyId: 'c1', expectedLevelGain: 1 }],
      cost: { fixed: 100, perParticipant: 10 },
      seats: 8,
      maxRuns: 2,
      durationDays: 2,
    },
    {
      id: 'T2',
      targets: [{ competencyId: 'c1', expectedLevelGain: 2 }],
      cost: { fixed: 300, perParticipant: 20 },
      seats: 10,
      durationDays: 3,
    },
  ],
  constraints: { budget: 500 },
  currency: 'EUR',
};

const pathway: PlanInput = {
  needs: [{ id: 'C', unitId: 'u1', competencyId: 'c2', people: 5, gap: 2, weight: 1 }],
  interventions: [
    {
      id: 'intro',
      targets: [{ competencyId: 'c2', expectedLevelGain: 1 }],
      cost: { fixed: 0, perParticipant: 10 },
      seats: 5,
      durationDays: 1,
    },
    {
      id: 'advanced',
      targets: [{ competencyId: 'c2', expectedLevelGain: 1 }],
      cost: { fixed: 0, perParticipant: 5 },
      seats: 3,
      durationDays: 1,
      prerequisiteIds: ['intro'],
    },
    {
      id: 'elsewhere',
      targets: [{ competencyId: 'c9', expectedLevelGain: 1 }],
      cost: { fixed: 0, perParticipant: 1 },
      seats: 3,
      durationDays: 1,
    },
  ],
  constraints: { budget: 60 },
};

describe('explainPlan', () => {
  it('explains the exact plan of two courses: the budget stops T1 and B', async () => {
    // T2 once for A's 10 people: 20 gap points for 500, 25 a point. Nothing is left, and one
    // more place would cost T1's run and a participant, 100 + 10; T2's only run is full.
    const explanation = explainPlan(await recommendPlan(twoCourses));
    expect(explanation.interventions).toEqual([
      {
        interventionId: 'T2',
        runs: 1,
        cost: 500,
        serves: [
          {
            needId: 'A',
            unitId: 'u1',
            competencyId: 'c1',
            participants: 10,
            asPrerequisite: false,
          },
        ],
        gapPointsClosed: 20,
        costPerGapPoint: 25,
      },
    ]);
    expect(explanation.unfunded).toEqual([
      {
        interventionId: 'T1',
        reason: 'budget',
        detail: 'a run for one participant costs 110, 0 is left',
      },
    ]);
    expect(explanation.needs[1]).toEqual({
      needId: 'B',
      unitId: 'u2',
      competencyId: 'c1',
      people: 6,
      served: 0,
      remainingPeople: 6,
      remainingGapPoints: 6,
      reason: 'budget',
      detail: 'one more place costs at least 110, 0 is left',
    });
    expect(explanation.lines).toEqual([
      'HiGHS (exact): optimal; closes 60 weighted gap points (at most 60 possible, gap 0 %) for 500 of 500 EUR.',
      'Run T2 1 time: 10 people of u1 in c1 — 20 gap points, 25 per point.',
      'Not run: T1 (budget: a run for one participant costs 110, 0 is left).',
      'Left: 6 people of u2 in c1, 6 gap points (budget: one more place costs at least 110, 0 is left).',
    ]);
  });

  it('explains the greedy plan: T2 is not needed once everyone is on T1', async () => {
    // T1 twice, 10 of A and 6 of B, 16 gap points for 360: 22.5 a point. A keeps 20 − 10 = 10.
    const explanation = explainPlan(await recommendPlan(twoCourses, { method: 'greedy' }));
    expect(explanation.interventions[0]?.costPerGapPoint).toBe(22.5);
    expect(explanation.unfunded.map((u) => u.reason)).toEqual(['needsMet']);
    expect(
      explanation.needs.map((n) => [n.remainingPeople, n.remainingGapPoints, n.reason]),
    ).toEqual([
      [0, 10, undefined],
      [0, 0, undefined],
    ]);
    expect(explanation.summary).toBe(
      'Greedy: feasible; closes 42 weighted gap points (at most 60 possible, gap 42.86 %) for 360 of 500 EUR.',
    );
  });

  it('shares a pathway’s points with its prerequisite and names what serves no need', async () => {
    // Three take intro → advanced (2 points each, shared 1 : 1 by their gains), one intro alone.
    // intro: 3 + 1 = 4 points for 40 (10 a point); advanced: 3 points for 15 (5 a point).
    const explanation = explainPlan(await recommendPlan(pathway));
    expect(
      explanation.interventions.map((i) => [
        i.interventionId,
        i.gapPointsClosed,
        i.costPerGapPoint,
      ]),
    ).toEqual([
      ['intro', 4, 10],
      ['advanced', 3, 5],
    ]);
    expect(
      explanation.interventions[0]?.serves.map((s) => [s.participants, s.asPrerequisite]),
    ).toEqual([
      [1, false],
      [3, true],
    ]);
    expect(explanation.unfunded).toEqual([
      { interventionId: 'elsewhere', reason: 'noNeed', detail: 'no need group in what it raises' },
    ]);
    // One person left with 2 points of gap, and the 3 the pathway takers still miss: 10 − 7.
    expect(explanation.needs[0]).toMatchObject({
      remainingPeople: 1,
      remainingGapPoints: 3,
      reason: 'budget',
    });
  });

  it('names full seats and unavailable interventions as the reasons a group is left', async () => {
    // 10 people, one run of 3 seats: 3 served for 3 × 10 = 30 of 1000; 7 left for want of seats.
    // A second group's only course is outside the window.
    const input: PlanInput = {
      needs: [
        { id: 'D', unitId: 'u1', competencyId: 'c1', people: 10, gap: 1, weight: 1 },
        { id: 'E', unitId: 'u1', competencyId: 'c2', people: 5, gap: 1, weight: 1 },
      ],
      interventions: [
        {
          id: 'small',
          targets: [{ competencyId: 'c1', expectedLevelGain: 1 }],
          cost: { fixed: 0, perParticipant: 10 },
          seats: 3,
          durationDays: 1,
        },
        {
          id: 'later',
          targets: [{ competencyId: 'c2', expectedLevelGain: 1 }],
          cost: { fixed: 0, perParticipant: 10 },
          seats: 5,
          durationDays: 1,
          availableFrom: '2029-01-01',
        },
      ],
      constraints: { budget: 1000, window: { from: '2027-01-01', to: '2027-12-31' } },
    };
    const explanation = explainPlan(await recommendPlan(input));
    expect(explanation.needs.map((n) => [n.served, n.remainingPeople, n.reason, n.detail])).toEqual(
      [
        [3, 7, 'seats', 'every pathway for it is full'],
        [0, 5, 'unavailable', 'later: dateWindow'],
      ],
    );
    expect(explanation.unfunded).toEqual([
      {
        interventionId: 'later',
        reason: 'dateWindow',
        detail: 'not available on any day of the plan’s window',
      },
    ]);
  });
});
