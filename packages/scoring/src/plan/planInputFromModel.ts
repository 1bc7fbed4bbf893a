import type { InterventionOffering, Workspace } from '@capkit/model';
import { CapkitScoringError } from '../scoringError.js';
import { planLimits, type PlanInput, type PlanIntervention, type PlanNeed } from './planInput.js';

/**
 * The planning input from a workspace: the interventions **catalogue** (`workspace.catalogue`,
 * `InterventionOffering`s) as what can be run, and one plan's budget and constraints (window,
 * days per person, minimum coverage) as the limits; the needs are yours — from
 * `needsFromAnalysis`, so that they rest on published figures only.
 *
 * - The plan: `planId`, or the workspace's only plan when there is one.
 * - Runs: a catalogue entry says nothing of how often it can run, so each may run as often as
 *   could be filled — ⌈people of all needs / seats⌉ (at most `planLimits.runs`).
 * - Currency: every offering must be priced in the budget's currency (no conversion is made).
 * - Minimum coverage of a unit with no need group is met by any plan, and left out.
 * - Interventions already in the plan are not read: the recommendation is made from the catalogue.
 *
 * @throws {CapkitScoringError} for an unknown or ambiguous plan, or an offering in another currency.
 */
export function planInputFromModel(
  workspace: Pick<Workspace, 'catalogue' | 'plans'>,
  needs: readonly PlanNeed[],
  planId?: string,
): PlanInput {
  const plan =
    planId === undefined
      ? workspace.plans.length === 1
        ? workspace.plans[0]
        : undefined
      : workspace.plans.find((candidate) => candidate.id === planId);
  if (plan === undefined) {
    throw new CapkitScoringError(
      'planId',
      planId === undefined
        ? `the workspace has ${workspace.plans.length} plans: say which one`
        : `"${planId}" is not a plan of the workspace`,
    );
  }
  const currency = plan.budget.currency;
  const people = needs.reduce((sum, need) => sum + need.people, 0);
  const interventions = workspace.catalogue.map(
    (offering: InterventionOffering, index): PlanIntervention => {
      if (offering.cost.currency !== currency) {
        throw new CapkitScoringError(
          `workspace.catalogue[${index}].cost.currency`,
          `is ${offering.cost.currency}, the budget of plan "${plan.id}" is in ${currency}`,
        );
      }
      return {
        id: offering.id,
        targets: offering.targets.map(({ competencyId, expectedLevelGain }) => ({
          competencyId,
          expectedLevelGain,
        })),
        cost: { fixed: offering.cost.fixed, perParticipant: offering.cost.perParticipant },
        seats: offering.seats,
        maxRuns: Math.min(planLimits.runs, Math.max(1, Math.ceil(people / offering.seats))),
        durationDays: offering.durationDays,
        ...(offering.prerequisiteIds === undefined
          ? {}
          : { prerequisiteIds: [...offering.prerequisiteIds] }),
        ...(offering.availableFrom === undefined ? {} : { availableFrom: offering.availableFrom }),
        ...(offering.availableUntil === undefined
          ? {}
          : { availableUntil: offering.availableUntil }),
      };
    },
  );
  const units = new Set(needs.map((need) => need.unitId));
  const { window, maxDaysPerPerson, minCoverage } = plan.constraints ?? {};
  const coverage = (minCoverage ?? []).filter((entry) => units.has(entry.unitId));
  return {
    needs: [...needs],
    interventions,
    constraints: {
      budget: plan.budget.amount,
      ...(window === undefined ? {} : { window: { from: window.from, to: window.to } }),
      ...(maxDaysPerPerson === undefined ? {} : { maxDaysPerPerson }),
      ...(coverage.length === 0
        ? {}
        : { minCoverage: coverage.map(({ unitId, share }) => ({ unitId, share })) }),
    },
    currency,
  };
}
