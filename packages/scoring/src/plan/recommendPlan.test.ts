import { describe, expect, it } from 'vitest';
import { CapkitScoringError } from '../scoringError.js';
import { bruteForcePlan } from './__tests__/bruteForcePlan.js';
import { lagrangianBound } from './lagrangianBound.js';
import { parsePlanInput, type PlanInput } from './planInput.js';
import { planLpText } from './planLpText.js';
import { compilePlanProblem } from './planProblem.js';
import { recommendPlan } from './recommendPlan.js';

// Two need groups in one competency and two courses.
//   A: unit u1, 10 people, gap 2, weight 3;  B: unit u2, 6 people, gap 1, weight 2.
//   T1: gain 1, fixed 100 per run, 10 per participant, 8 seats, up to 2 runs.
//   T2: gain 2, fixed 300, 20 per participant, 10 seats, 1 run.  Budget 500.
// Value per participant = weight × min(gap, gain): A·T1 3, A·T2 6, B·T1 2, B·T2 2.
// By hand: one run of T2 for all of A costs 300 + 10 × 20 = 500 and closes 20 points, worth
// 60. Two runs of T1 for everyone cost 200 + 16 × 10 = 360, worth 10×3 + 6×2 = 42, and the 140
// left cannot open T2. Mixing T2 with one T1 run leaves 100 for participants at 0.3 value per
// unit of cost either way: 30. So 60 is the optimum (the brute force below agrees).
// reference/plan/plan_reference.py (Python, outside the project: every whole-number plan tried,
// and the greedy's relaxation solved by SciPy's linprog) printed, and the tests assert:
//   two courses, budget 500: 60 for 500 (A·T2 10); relaxation bound 60.0
//   u2 covered half: 48 for 500 (A·T2 7, B·T2 3); budget 100, u2 covered half: None (infeasible)
//   intro → advanced, budget 60: 7 for 55 (intro 1, advanced 3); 1 day a person: 5 for 50
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

describe('recommendPlan, exact (HiGHS)', () => {
  it('finds the hand-worked optimum of two courses', async () => {
    const plan = await recommendPlan(twoCourses);
    expect(bruteForcePlan(twoCourses).objective).toBe(60);
    expect(plan.method).toBe('highs');
    expect(plan.status).toBe('optimal');
    expect(plan.objective).toBeCloseTo(60, 9);
    expect(plan.cost).toBe(500);
    expect(plan.assignments.map((a) => [a.needId, a.interventionId, a.participants])).toEqual([
      ['A', 'T2', 10],
    ]);
    expect(plan.interventions.map((i) => i.runs)).toEqual([0, 1]);
    expect(plan.bound).toBeGreaterThanOrEqual(60 - 1e-9);
    expect(plan.gap).toBeLessThan(1e-4);
    expect(plan.needs.map((n) => n.remainingGapPoints)).toEqual([0, 6]);
  });

  it('meets a minimum coverage at the hand-worked cost', async () => {
    // u2 needs half of B's 6 people served: 3. Best: T2's one run with 7 of A and 3 of B,
    // 300 + 10 × 20 = 500, worth 7 × 6 + 3 × 2 = 48 (T1 runs give 42 at most, as above).
    const input: PlanInput = {
      ...twoCourses,
      constraints: { budget: 500, minCoverage: [{ unitId: 'u2', share: 0.5 }] },
    };
    const plan = await recommendPlan(input);
    expect(bruteForcePlan(input).objective).toBe(48);
    expect(plan.objective).toBeCloseTo(48, 9);
    expect(plan.coverage).toEqual([
      { unitId: 'u2', share: 0.5, required: 3, served: 3, met: true },
    ]);
  });

  it('says when no plan can meet the minimum coverage', async () => {
    // With 100, T1's run (100) leaves nothing for a participant (10): nobody can be served.
    const input: PlanInput = {
      ...twoCourses,
      constraints: { budget: 100, minCoverage: [{ unitId: 'u2', share: 0.5 }] },
    };
    expect(bruteForcePlan(input).feasible).toBe(false);
    expect((await recommendPlan(input)).status).toBe('infeasible');
    expect((await recommendPlan(input, { method: 'greedy' })).status).toBe('coverageNotMet');
  });
});

describe('recommendPlan, greedy', () => {
  it('takes the steps worked out by hand and certifies its gap', async () => {
    // Keys = weighted gain / cost. Start: A·T1 8 people 24/180 = 0.133, A·T2 60/500 = 0.12,
    // B·T1 12/160 = 0.075, B·T2 12/420. Takes A·T1 (8, 180; 320 left). Then B·T1 opens T1's
    // second run, 12/160 = 0.075 (A·T1 2/120·3 = 0.05, A·T2 1 person 6/320); 160 left. Then
    // A·T1 fills 2 free seats at 6/20. Objective 24 + 12 + 6 = 42, cost 360.
    // Bound: amortised costs T1 10 + 100/8 = 22.5, T2 20 + 300/10 = 50;
    // U(λ) = 500λ + 10·max(0, 3 − 22.5λ, 6 − 50λ) + 6·max(0, 2 − 22.5λ, 2 − 50λ); on
    // 2/22.5 ≤ λ ≤ 3/27.5, U = 500λ + 60 − 500λ = 60. Gap (60 − 42)/42 = 3/7.
    const plan = await recommendPlan(twoCourses, { method: 'greedy' });
    expect(plan.method).toBe('greedy');
    expect(plan.objective).toBe(42);
    expect(plan.cost).toBe(360);
    expect(plan.assignments.map((a) => [a.needId, a.interventionId, a.participants])).toEqual([
      ['A', 'T1', 10],
      ['B', 'T1', 6],
    ]);
    expect(plan.bound).toBeCloseTo(60, 8);
    expect(plan.bound).toBeGreaterThanOrEqual(60);
    expect(plan.boundMethod).toBe('budgetLagrangian');
    expect(plan.gap).toBeCloseTo(3 / 7, 8);
    expect(plan.status).toBe('feasible');
  });

  it('starts HiGHS from its plan: stopped at once, HiGHS keeps the greedy’s 42', async () => {
    const plan = await recommendPlan(twoCourses, { timeLimitSeconds: 1e-9 });
    expect([plan.method, plan.status, plan.objective]).toEqual(['highs', 'feasible', 42]);
    // HiGHS's own bound is weaker here than the Lagrangian 60, which the plan states instead.
    expect(plan.boundMethod).toBe('budgetLagrangian');
    expect(plan.bound).toBeCloseTo(60, 8);
  });

  it('falls back to the greedy when the solver cannot be loaded, saying why', async () => {
    const plan = await recommendPlan(twoCourses, {
      loadSolver: () => Promise.reject(new Error('no wasm here')),
    });
    expect(plan.method).toBe('greedy');
    expect(plan.fallback).toEqual({ reason: 'solverUnavailable', detail: 'no wasm here' });
    expect(plan.objective).toBe(42);
  });
});

// A two-step pathway. Need C: 5 people, gap 2, weight 1, competency c2.
//   Intro: gain 1, 10 per participant, 5 seats, 1 day.
//   Advanced: gain 1, needs Intro, 5 per participant, 3 seats, 1 day.
// Intro alone closes 1 point for 10; the pathway Intro → Advanced closes min(2, 1 + 1) = 2 for
// 15 and seats each person in both. Budget 60: three on the pathway (45, 6 points, Advanced
// full) and one on Intro alone (10, 1 point): 7 points for 55; Intro seats 4 of 5.
const pathway: PlanInput = {
  needs: [{ id: 'C', unitId: 'u1', competencyId: 'c2', people: 5, gap: 2, weight: 1 }],
  interventions: [
    {
      id: 'intro',
      targets: [{ competencyId: 'c2', expectedLevelGain: 1 }],
      cost: { fixed: 0, perParticipant: 10 },
      seats: 5,
      durationDays: 1,
      availableUntil: '2027-01-31',
    },
    {
      id: 'advanced',
      targets: [{ competencyId: 'c2', expectedLevelGain: 1 }],
      cost: { fixed: 0, perParticipant: 5 },
      seats: 3,
      durationDays: 1,
      prerequisiteIds: ['intro'],
      availableFrom: '2027-02-01',
    },
  ],
  constraints: { budget: 60 },
};

describe('prerequisites, dates and days', () => {
  it('seats pathway participants in the prerequisite too', async () => {
    const plan = await recommendPlan(pathway);
    expect(bruteForcePlan(pathway).objective).toBe(7);
    expect(plan.objective).toBeCloseTo(7, 9);
    expect(plan.cost).toBe(55);
    const [intro, advanced] = plan.interventions;
    expect([intro?.participants, intro?.prerequisiteParticipants]).toEqual([1, 3]);
    expect(advanced?.participants).toBe(3);
    expect(plan.assignments.find((a) => a.interventionId === 'advanced')?.pathway).toEqual([
      'intro',
      'advanced',
    ]);
    const greedy = await recommendPlan(pathway, { method: 'greedy' });
    expect(greedy.objective).toBe(7);
  });

  it('drops a pathway longer than the days a person can give', async () => {
    const input = { ...pathway, constraints: { budget: 60, maxDaysPerPerson: 1 } };
    const plan = await recommendPlan(input);
    // Intro only: 5 people × 1 point for 50.
    expect(plan.objective).toBeCloseTo(5, 9);
    expect(plan.interventions[1]?.unavailable).toBe('daysPerPerson');
  });

  it('drops an intervention whose prerequisite cannot come first', async () => {
    const input: PlanInput = {
      ...pathway,
      interventions: [
        {
          ...(pathway.interventions[0] as PlanInput['interventions'][number]),
          availableFrom: '2027-06-01',
          availableUntil: '2027-12-31',
        },
        {
          ...(pathway.interventions[1] as PlanInput['interventions'][number]),
          availableFrom: '2027-01-01',
          availableUntil: '2027-05-31',
        },
      ],
    };
    const plan = await recommendPlan(input);
    expect(plan.interventions.map((i) => i.unavailable)).toEqual([undefined, 'prerequisite']);
    expect(bruteForcePlan(input).objective).toBe(5);
    expect(plan.objective).toBeCloseTo(5, 9);
  });

  it('drops interventions outside the window', async () => {
    const input = {
      ...pathway,
      constraints: { budget: 60, window: { from: '2028-01-01', to: '2028-12-31' } },
    };
    const plan = await recommendPlan(input);
    expect(plan.interventions.map((i) => i.unavailable)).toEqual(['dateWindow', 'prerequisite']);
    expect(plan.objective).toBe(0);
    expect(plan.assignments).toEqual([]);
  });
});

describe('the model text', () => {
  it('holds generated names only: a hostile id cannot change it', () => {
    const hostile = 'x0 + 1e9 y1\nSubject To\n c: x0 <= 0\\';
    const renamed: PlanInput = {
      ...twoCourses,
      needs: twoCourses.needs.map((need, g) => ({
        ...need,
        id: `${hostile}${g}`,
        unitId: hostile,
      })),
      interventions: twoCourses.interventions.map((it, i) => ({ ...it, id: `${hostile}-${i}` })),
    };
    const text = planLpText(compilePlanProblem(parsePlanInput(renamed)));
    expect(text).toBe(planLpText(compilePlanProblem(parsePlanInput(twoCourses))));
    expect(text).not.toContain('1e9');
    // B (6 people) is smaller than a run of T1 (8) or T2 (10): a sending B opens a run.
    expect(text).toContain(' open2_0: + 1 x2 - 6 y0 <= 0\n open3_1: + 1 x3 - 6 y1 <= 0\n');
  });

  it('is the model written out', () => {
    expect(planLpText(compilePlanProblem(parsePlanInput(pathway)))).toBe(
      [
        'Maximize',
        ' obj:',
        ' + 1 x0 + 2 x1',
        'Subject To',
        ' budget:',
        ' + 10 x0 + 15 x1',
        ' <= 60',
        ' seats0:',
        ' + 1 x0 + 1 x1 - 5 y0',
        ' <= 0',
        ' seats1:',
        ' + 1 x1 - 3 y1',
        ' <= 0',
        ' need0:',
        ' + 1 x0 + 1 x1',
        ' <= 5',
        'Bounds',
        ' 0 <= x0 <= 5',
        ' 0 <= x1 <= 5',
        ' 0 <= y0 <= 1',
        ' 0 <= y1 <= 1',
        'General',
        ' x0 x1 y0 y1',
        'End',
        '',
      ].join('\n'),
    );
  });
});

describe('validation', () => {
  it('refuses unknown keys, cycles and unknown prerequisites, located', async () => {
    await expect(recommendPlan({ ...twoCourses, extra: 1 } as PlanInput)).rejects.toThrow(
      'input.extra: is not a known key',
    );
    const cyclic: PlanInput = {
      ...pathway,
      interventions: [
        {
          ...(pathway.interventions[0] as PlanInput['interventions'][number]),
          prerequisiteIds: ['advanced'],
        },
        pathway.interventions[1] as PlanInput['interventions'][number],
      ],
    };
    await expect(recommendPlan(cyclic)).rejects.toThrow(CapkitScoringError);
    await expect(recommendPlan(cyclic)).rejects.toThrow('prerequisites form a cycle');
    const unknown: PlanInput = {
      ...pathway,
      interventions: [
        {
          ...(pathway.interventions[1] as PlanInput['interventions'][number]),
          prerequisiteIds: ['nope'],
        },
      ],
    };
    await expect(recommendPlan(unknown)).rejects.toThrow(
      'input.interventions[0].prerequisiteIds[0]: "nope" is not in the catalogue',
    );
    await expect(recommendPlan(twoCourses, { method: 'fast' } as never)).rejects.toThrow(
      'options.method',
    );
  });
});

describe('lagrangianBound', () => {
  it('is the hand-worked 60 for two courses', () => {
    const bound = lagrangianBound(compilePlanProblem(parsePlanInput(twoCourses)));
    expect(bound).toBeCloseTo(60, 8);
    expect(bound).toBeGreaterThanOrEqual(60);
  });
});
