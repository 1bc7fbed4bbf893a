import type { CapacityDevelopmentPlan } from './capacityDevelopmentPlan.js';
import type { InterventionOffering } from './interventionOffering.js';
import type { IssueList, Path } from './issueList.js';
import { checkPrerequisites } from './prerequisites.js';

/** What the catalogue and plan checks look up in the rest of the workspace. */
export interface PlanContext {
  readonly units: ReadonlyMap<string, unknown>;
  readonly assets: ReadonlyMap<string, unknown>;
  /** Reports a competency id that no framework of the workspace has. */
  readonly competency: (id: string, path: Path) => void;
}

/**
 * Checks the interventions catalogue: unique ids, the competencies each offering targets, its
 * provider asset, its availability dates in order, and prerequisites that resolve within the
 * catalogue without a cycle. Returns the offerings by id for the plans' `offeringId`.
 */
export function checkCatalogue(
  catalogue: readonly InterventionOffering[],
  list: IssueList,
  known: PlanContext,
): ReadonlyMap<string, InterventionOffering> {
  const offerings = list.index(catalogue, ['catalogue']);
  catalogue.forEach((offering, index) => {
    const path = ['catalogue', index];
    offering.targets.forEach((target, t) =>
      known.competency(target.competencyId, [...path, 'targets', t, 'competencyId']),
    );
    if (offering.providerAssetId !== undefined) {
      list.resolve(
        known.assets,
        offering.providerAssetId,
        [...path, 'providerAssetId'],
        'capacity asset',
      );
    }
    if (offering.availableFrom !== undefined && offering.availableUntil !== undefined) {
      list.ordered(
        { name: 'availableFrom', value: offering.availableFrom },
        { name: 'availableUntil', value: offering.availableUntil },
        [...path, 'availableUntil'],
      );
    }
  });
  checkPrerequisites(catalogue, ['catalogue'], list, 'offering');
  return offerings;
}

/**
 * Checks what schemaVersion 2 added to a plan: each intervention's catalogue entry (and that it
 * is costed in the entry's currency, so spending, cost and budget share one currency), its
 * prerequisites among the plan's interventions without a cycle, unique spending ids; the
 * constraints' date window in order and its coverage units.
 */
export function checkPlanAdditions(
  plan: CapacityDevelopmentPlan,
  path: Path,
  list: IssueList,
  known: PlanContext & { readonly offerings: ReadonlyMap<string, InterventionOffering> },
): void {
  plan.interventions.forEach((intervention, i) => {
    const at = [...path, 'interventions', i];
    if (intervention.offeringId !== undefined) {
      const offering = known.offerings.get(intervention.offeringId);
      if (offering === undefined) {
        list.add([...at, 'offeringId'], 'ref.unknown', {
          target: 'offering',
          id: intervention.offeringId,
        });
      } else if (offering.cost.currency !== intervention.cost.currency) {
        list.add([...at, 'cost', 'currency'], 'intervention.offeringCurrencyMismatch', {
          found: intervention.cost.currency,
          offeringId: offering.id,
          expected: offering.cost.currency,
        });
      }
    }
    list.index(intervention.spending, [...at, 'spending']);
  });
  checkPrerequisites(plan.interventions, [...path, 'interventions'], list, 'intervention');
  const { constraints } = plan;
  if (constraints === undefined) return;
  if (constraints.window !== undefined) {
    list.ordered(
      { name: 'from', value: constraints.window.from },
      { name: 'to', value: constraints.window.to },
      [...path, 'constraints', 'window', 'to'],
    );
  }
  constraints.minCoverage?.forEach((coverage, c) =>
    list.resolve(
      known.units,
      coverage.unitId,
      [...path, 'constraints', 'minCoverage', c, 'unitId'],
      'unit',
    ),
  );
}
