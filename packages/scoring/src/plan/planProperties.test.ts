import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForcePlan } from './__tests__/bruteForcePlan.js';
import { lagrangianBound } from './lagrangianBound.js';
import { parsePlanInput, type PlanInput, type PlanIntervention } from './planInput.js';
import { compilePlanProblem } from './planProblem.js';
import type { RecommendedPlan } from './planResult.js';
import { recommendPlan } from './recommendPlan.js';

const date = fc.integer({ min: 1, max: 12 }).map((m) => `2027-${String(m).padStart(2, '0')}-01`);

// Tiny inputs, so that the brute force (every whole-number assignment) stays fast.
const tinyInput: fc.Arbitrary<PlanInput> = fc
  .record({
    needs: fc.array(
      fc.record({
        unitId: fc.constantFrom('u1', 'u2'),
        competencyId: fc.constantFrom('c1', 'c2'),
        people: fc.integer({ min: 1, max: 3 }),
        gap: fc.constantFrom(0.5, 1, 1.5, 2, 3),
        weight: fc.constantFrom(0, 1, 2.5, 4, 6),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    interventions: fc.array(
      fc.record({
        targets: fc.uniqueArray(
          fc.record({
            competencyId: fc.constantFrom('c1', 'c2'),
            expectedLevelGain: fc.constantFrom(0.5, 1, 2),
          }),
          { minLength: 1, maxLength: 2, selector: (t) => t.competencyId },
        ),
        cost: fc.record({
          fixed: fc.constantFrom(0, 10, 40),
          perParticipant: fc.constantFrom(0, 5, 12),
        }),
        seats: fc.integer({ min: 1, max: 3 }),
        maxRuns: fc.integer({ min: 1, max: 2 }),
        durationDays: fc.constantFrom(0, 1, 2),
        prerequisite: fc.boolean(),
        from: fc.option(date, { nil: undefined, freq: 3 }),
        until: fc.option(date, { nil: undefined, freq: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    budget: fc.constantFrom(0, 50, 90, 150, 250),
    window: fc.option(
      fc.tuple(date, date).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
      { nil: undefined },
    ),
    maxDaysPerPerson: fc.option(fc.constantFrom(1, 2, 3), { nil: undefined }),
    coverage: fc.option(fc.constantFrom(0.3, 0.5, 1), { nil: undefined }),
  })
  .map(({ needs, interventions, budget, window, maxDaysPerPerson, coverage }) => {
    const plan: PlanInput = {
      needs: needs.map((need, g) => ({ id: `n${g}`, ...need })),
      interventions: interventions.map(({ prerequisite, from, until, ...it }, i) => {
        const [first, last] =
          from !== undefined && until !== undefined && until < from ? [until, from] : [from, until];
        return {
          id: `i${i}`,
          ...it,
          // Only on earlier entries: no cycles.
          ...(prerequisite && i > 0 ? { prerequisiteIds: [`i${i - 1}`] } : {}),
          ...(first === undefined ? {} : { availableFrom: first }),
          ...(last === undefined ? {} : { availableUntil: last }),
        };
      }),
      constraints: {
        budget,
        ...(window === undefined ? {} : { window }),
        ...(maxDaysPerPerson === undefined ? {} : { maxDaysPerPerson }),
        ...(coverage === undefined
          ? {}
          : { minCoverage: [{ unitId: needs[0]?.unitId ?? 'u1', share: coverage }] }),
      },
    };
    return plan;
  });

/** The plan keeps every limit: budget, seats and runs, prerequisites, availability, groups. */
function expectWithinLimits(input: PlanInput, plan: RecommendedPlan): void {
  expect(plan.cost).toBeLessThanOrEqual(input.constraints.budget + 1e-9);
  const byId = new Map(input.interventions.map((it) => [it.id, it]));
  for (const entry of plan.interventions) {
    const seated = entry.participants + entry.prerequisiteParticipants;
    expect(seated).toBeLessThanOrEqual(entry.runs * entry.seats);
    expect(entry.runs).toBeLessThanOrEqual(entry.maxRuns);
    if (entry.unavailable !== undefined) expect(seated).toBe(0);
  }
  for (const assignment of plan.assignments) {
    const it = byId.get(assignment.interventionId) as PlanIntervention;
    for (const id of it.prerequisiteIds ?? []) expect(assignment.pathway).toContain(id);
    expect(assignment.pathway.at(-1)).toBe(it.id);
    expect(Number.isInteger(assignment.participants)).toBe(true);
  }
  for (const need of plan.needs) expect(need.served).toBeLessThanOrEqual(need.people);
}

describe('plan properties (fast-check, against the brute force)', () => {
  it('exact = brute force ≥ greedy ≥ bound / (1 + gap); the bound ≥ the optimum; limits kept', async () => {
    let planned = 0;
    let greedyShort = 0;
    await fc.assert(
      fc.asyncProperty(tinyInput, async (input) => {
        const reference = bruteForcePlan(input);
        const exact = await recommendPlan(input, { mipRelativeGap: 1e-9 });
        const greedy = await recommendPlan(input, { method: 'greedy' });
        const problem = compilePlanProblem(parsePlanInput(input));
        const bound = lagrangianBound(problem, greedy.objective);
        const coldBound = lagrangianBound(problem);
        expect(exact.method).toBe('highs');
        if (!reference.feasible) {
          expect(exact.status).toBe('infeasible');
          return;
        }
        expect(exact.status).toBe('optimal');
        if (reference.objective > 0) planned += 1;
        if (greedy.objective < exact.objective - 1e-9) greedyShort += 1;
        expect(exact.objective).toBeCloseTo(reference.objective, 6);
        expectWithinLimits(input, exact);
        expectWithinLimits(input, greedy);
        expect(greedy.objective).toBeLessThanOrEqual(exact.objective + 1e-9);
        expect(bound).toBeGreaterThanOrEqual(reference.objective - 1e-9);
        expect(coldBound).toBeGreaterThanOrEqual(reference.objective - 1e-9);
        expect(exact.bound).toBeGreaterThanOrEqual(reference.objective - 1e-6);
        expect(greedy.bound).toBe(Math.max(bound, greedy.objective));
        if (Number.isFinite(greedy.gap)) {
          expect(greedy.objective).toBeGreaterThanOrEqual(greedy.bound / (1 + greedy.gap) - 1e-9);
        } else {
          expect(greedy.objective).toBe(0);
        }
      }),
      { numRuns: 150, seed: 20261202 },
    );
    // The runs are not vacuous: most plan something, and in some the greedy falls short.
    expect(planned).toBeGreaterThan(50);
    expect(greedyShort).toBeGreaterThan(0);
  });
});
