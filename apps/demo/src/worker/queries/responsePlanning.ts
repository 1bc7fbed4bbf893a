import type {
  CapacityDevelopmentPlan,
  Intervention,
  InterventionOffering,
  Workspace,
} from '@capkit/model';
import {
  explainPlan,
  planInputFromModel,
  recommendPlan,
  type PlanExplanation,
  type PlanInput,
  type PlanIntervention,
  type PlanNeed,
  type RecommendedPlan,
  type UnfundedReason,
} from '@capkit/scoring/plan';
import { DemoError, type RunContext } from '../contract.js';
import { competencyNames, needsBasis, referencePlan, textIn, unitNames } from './responseNeeds.js';

/** What the visitor decides: the budget, and interventions kept in or left out whatever the planner says. */
export interface PlanSettings {
  readonly budget: number;
  readonly keptIn: readonly string[];
  readonly leftOut: readonly string[];
}

/** Why an entry of the catalogue is not in the plan, as the page words it. */
export type LeftOutReason = UnfundedReason | 'leftOutByYou' | 'prerequisiteLeftOut';

/** An intervention kept in at the visitor's request, planned before the rest. */
export interface KeptInIntervention {
  readonly interventionId: string;
  readonly runs: number;
  readonly places: number;
  readonly cost: number;
  readonly gapPointsClosed: number;
}

/** The plan the response page shows, as plain data. */
export interface ResponsePlan {
  readonly currency: string;
  readonly budget: number;
  /** The planner's plan of what the kept-in interventions left (all of it when none is kept in). */
  readonly plan: RecommendedPlan;
  readonly explanation: PlanExplanation;
  /** Planned first, one run each, for the need groups they serve best. */
  readonly keptIn: readonly KeptInIntervention[];
  /** Kept in but not run, and why (the planner's reason for the one-run plan). */
  readonly keptInNotRun: readonly {
    readonly interventionId: string;
    readonly reason: LeftOutReason;
  }[];
  /** Every catalogue entry not in the plan, and why, in catalogue order. */
  readonly leftOut: readonly { readonly interventionId: string; readonly reason: LeftOutReason }[];
  readonly totals: {
    /** Training places filled: one per person and competency served. */
    readonly places: number;
    readonly interventions: number;
    readonly cost: number;
    /** People × levels below required over all need groups, and what the plan closes of it. */
    readonly gapPoints: number;
    readonly gapPointsClosed: number;
  };
  /** The plan as the workspace would store it (for the timeline, the budget and saving). */
  readonly proposal: CapacityDevelopmentPlan;
  /** The day the timeline and budget are read on: the start of the plan's window. */
  readonly asOf: string;
  readonly names: {
    readonly interventions: Record<string, string>;
    readonly units: Record<string, string>;
    readonly competencies: Record<string, string>;
  };
  /** The catalogue, for the keep-in / leave-out choices. */
  readonly catalogue: readonly { readonly id: string; readonly name: string }[];
  readonly needGroups: number;
  readonly campaignId: string;
  readonly campaignTitle: string;
}

// Interventions whose pathway runs through one of `ids`: they cannot run without it.
function dependantsOf(
  interventions: readonly PlanIntervention[],
  ids: ReadonlySet<string>,
): Set<string> {
  const out = new Set(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const intervention of interventions) {
      if (out.has(intervention.id)) continue;
      if (intervention.prerequisiteIds?.some((id) => out.has(id)) === true) {
        out.add(intervention.id);
        grew = true;
      }
    }
  }
  return out;
}

// `ids` and their prerequisites, transitively.
function withPrerequisites(
  interventions: readonly PlanIntervention[],
  ids: Iterable<string>,
): Set<string> {
  const byId = new Map(interventions.map((intervention) => [intervention.id, intervention]));
  const out = new Set<string>();
  const stack = [...ids];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(byId.get(id)?.prerequisiteIds ?? []));
  }
  return out;
}

const dayMs = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / dayMs;
const isoOf = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);

/**
 * The plan as a `CapacityDevelopmentPlan` of the workspace: one intervention per catalogue
 * entry run, with all its runs (its fixed cost × runs, its places as seats, so that the
 * budget burn-down's planned cost is the planner's cost). Dates are the demo's rule, stated
 * here because the planner does not schedule: runs follow one another a week apart from the
 * first day the window and the offering allow; an intervention with prerequisites starts the
 * day after the first run of its last prerequisite ends; nothing ends after the window.
 */
function proposalOf(
  workspace: Workspace,
  runs: ReadonlyMap<string, { runs: number; places: number }>,
  budget: number,
): CapacityDevelopmentPlan {
  const reference = referencePlan(workspace);
  const window = reference.constraints?.window;
  const offerings = new Map(workspace.catalogue.map((offering) => [offering.id, offering]));
  const defaultOwner = reference.interventions[0]?.ownerId ?? workspace.people[0]?.id ?? 'owner';
  const firstRunEnds = new Map<string, number>();
  const interventions: Intervention[] = [];
  const order = workspace.catalogue.filter((offering) => (runs.get(offering.id)?.runs ?? 0) > 0);
  // Prerequisites first, so their dates are known (the catalogue has no cycles).
  const placed = new Set<string>();
  const visit = (offering: InterventionOffering) => {
    if (placed.has(offering.id)) return;
    placed.add(offering.id);
    for (const id of offering.prerequisiteIds ?? []) {
      const prerequisite = offerings.get(id);
      if (prerequisite !== undefined && (runs.get(id)?.runs ?? 0) > 0) visit(prerequisite);
    }
    const planned = runs.get(offering.id) as { runs: number; places: number };
    const length = Math.max(1, Math.ceil(offering.durationDays));
    let start = Math.max(
      window === undefined ? -Infinity : dayOf(window.from),
      offering.availableFrom === undefined ? -Infinity : dayOf(offering.availableFrom),
      ...(offering.prerequisiteIds ?? []).map((id) => (firstRunEnds.get(id) ?? -Infinity) + 1),
    );
    if (!Number.isFinite(start)) start = dayOf(new Date().toISOString().slice(0, 10));
    const last = Math.min(
      window === undefined ? Infinity : dayOf(window.to),
      offering.availableUntil === undefined ? Infinity : dayOf(offering.availableUntil),
    );
    start = Math.min(start, last);
    const end = Math.max(start, Math.min(start + (planned.runs - 1) * 7 + length - 1, last));
    firstRunEnds.set(offering.id, Math.min(start + length - 1, end));
    const owner =
      reference.interventions.find((intervention) => intervention.offeringId === offering.id)
        ?.ownerId ?? defaultOwner;
    interventions.push({
      id: `int-${offering.id}`,
      kind: offering.kind,
      title: offering.title,
      targets: offering.targets.map((target) => ({ ...target })),
      cost: {
        currency: offering.cost.currency,
        fixed: offering.cost.fixed * planned.runs,
        perParticipant: offering.cost.perParticipant,
      },
      seats: planned.places,
      durationDays: offering.durationDays,
      ownerId: owner,
      startsOn: isoOf(start),
      endsOn: isoOf(end),
      milestones: [],
      status: 'planned',
      offeringId: offering.id,
      ...(offering.providerAssetId === undefined ? {} : { assetIds: [offering.providerAssetId] }),
      ...((offering.prerequisiteIds ?? []).some((id) => (runs.get(id)?.runs ?? 0) > 0)
        ? {
            prerequisiteIds: (offering.prerequisiteIds ?? [])
              .filter((id) => (runs.get(id)?.runs ?? 0) > 0)
              .map((id) => `int-${id}`),
          }
        : {}),
    });
  };
  order.forEach(visit);
  const currency = reference.budget.currency;
  return {
    id: 'plan-recommended',
    round: reference.round,
    title: {
      en: `Recommended plan within ${new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(budget)}`,
      fr: `Plan recommandé dans un budget de ${new Intl.NumberFormat('fr', { style: 'currency', currency, maximumFractionDigits: 0 }).format(budget)}`,
      ar: `الخطة الموصى بها ضمن ميزانية ${new Intl.NumberFormat('ar', { style: 'currency', currency, maximumFractionDigits: 0 }).format(budget)}`,
    },
    ...(reference.basedOnCampaignId === undefined
      ? {}
      : { basedOnCampaignId: reference.basedOnCampaignId }),
    budget: { amount: budget, currency },
    ...(reference.constraints === undefined ? {} : { constraints: reference.constraints }),
    interventions,
  };
}

// The order in which a reason is worth telling a programme director: their own choices first,
// then money, then the rest.
const reasonOrder: readonly LeftOutReason[] = [
  'leftOutByYou',
  'prerequisiteLeftOut',
  'budget',
  'seats',
  'notChosen',
  'daysPerPerson',
  'dateWindow',
  'prerequisite',
  'needsMet',
  'noNeed',
];

/**
 * Plans the response: the need groups of the reference plan's campaign (published figures
 * only), the catalogue, the reference plan's window and limits, the visitor's budget.
 *
 * - Left out: the entry, and every entry that needs it as a prerequisite, is taken out of the
 *   catalogue before planning.
 * - Kept in: the planner has no "must run" constraint, so a kept-in entry is planned first, on
 *   its own (with its prerequisites), one run, for the need groups it serves best within the
 *   budget; the rest of the budget is then planned for what is left of the needs, with the
 *   minimum coverage reduced by the people already served. Both parts are exact (HiGHS) when
 *   the solver loads, otherwise the planner's greedy with its certified bound, as it says.
 */
export async function planResponse(
  workspace: Workspace,
  settings: PlanSettings,
  locale: string,
  { progress, signal }: RunContext,
): Promise<ResponsePlan> {
  const steps = 4;
  progress(0, steps);
  const basis = needsBasis(workspace);
  progress(1, steps);
  const reference = referencePlan(workspace);
  const input = planInputFromModel(workspace, basis.needs, reference.id);
  const known = new Set(input.interventions.map((intervention) => intervention.id));
  for (const id of [...settings.keptIn, ...settings.leftOut]) {
    if (!known.has(id)) throw new DemoError(`“${id}” is not in the catalogue.`);
  }
  if (settings.keptIn.some((id) => settings.leftOut.includes(id)))
    throw new DemoError('An intervention cannot be both kept in and left out.');
  const removed = dependantsOf(input.interventions, new Set(settings.leftOut));
  const keptClosure = withPrerequisites(input.interventions, settings.keptIn);
  const blocked = [...keptClosure].filter((id) => removed.has(id));
  if (blocked.length > 0)
    throw new DemoError(
      `An intervention kept in needs one that is left out: ${blocked.join(', ')}.`,
    );
  const catalogue = input.interventions.filter((intervention) => !removed.has(intervention.id));
  const solve = (planInput: PlanInput) => recommendPlan(planInput, { timeLimitSeconds: 20 });

  // Part one: what the visitor keeps in.
  let needs: PlanNeed[] = [...input.needs];
  let budget = settings.budget;
  const keptIn: KeptInIntervention[] = [];
  const keptInNotRun: { interventionId: string; reason: LeftOutReason }[] = [];
  const runs = new Map<string, { runs: number; places: number }>();
  let minCoverage = input.constraints.minCoverage;
  const addRuns = (id: string, more: number, places: number) => {
    const before = runs.get(id) ?? { runs: 0, places: 0 };
    runs.set(id, { runs: before.runs + more, places: before.places + places });
  };
  let keptGapPointsClosed = 0;
  let keptServed = 0;
  if (settings.keptIn.length > 0) {
    const first = await solve({
      ...input,
      interventions: catalogue
        .filter((intervention) => keptClosure.has(intervention.id))
        .map((intervention) => ({ ...intervention, maxRuns: 1 })),
      constraints: {
        budget,
        ...(input.constraints.window === undefined ? {} : { window: input.constraints.window }),
        ...(input.constraints.maxDaysPerPerson === undefined
          ? {}
          : { maxDaysPerPerson: input.constraints.maxDaysPerPerson }),
      },
    });
    if (signal.aborted) throw new DemoError('Cancelled.');
    const firstExplained = explainPlan(first);
    for (const entry of first.interventions) {
      if (entry.runs === 0) continue;
      const places = entry.participants + entry.prerequisiteParticipants;
      addRuns(entry.interventionId, entry.runs, places);
      keptIn.push({
        interventionId: entry.interventionId,
        runs: entry.runs,
        places,
        cost: entry.cost,
        gapPointsClosed: entry.gapPointsClosed,
      });
    }
    for (const id of settings.keptIn) {
      if (first.interventions.some((entry) => entry.interventionId === id && entry.runs > 0))
        continue;
      const why = firstExplained.unfunded.find((entry) => entry.interventionId === id);
      keptInNotRun.push({ interventionId: id, reason: why?.reason ?? 'notChosen' });
    }
    keptGapPointsClosed = first.needs.reduce((sum, need) => sum + need.gapPointsClosed, 0);
    keptServed = first.needs.reduce((sum, need) => sum + need.served, 0);
    budget = Math.max(0, budget - first.cost);
    const servedByUnit = new Map<string | null, number>();
    const peopleByUnit = new Map<string | null, number>();
    needs = [];
    first.needs.forEach((outcome, g) => {
      const need = input.needs[g] as PlanNeed;
      peopleByUnit.set(need.unitId, (peopleByUnit.get(need.unitId) ?? 0) + need.people);
      servedByUnit.set(need.unitId, (servedByUnit.get(need.unitId) ?? 0) + outcome.served);
      const left = need.people - outcome.served;
      if (left > 0) needs.push({ ...need, people: left });
    });
    const units = new Set(needs.map((need) => need.unitId));
    minCoverage = minCoverage
      ?.filter((entry) => units.has(entry.unitId))
      .map((entry) => {
        const people = peopleByUnit.get(entry.unitId) ?? 0;
        const served = servedByUnit.get(entry.unitId) ?? 0;
        const left = people - served;
        return {
          unitId: entry.unitId,
          share: left <= 0 ? 0 : Math.min(1, Math.max(0, (entry.share * people - served) / left)),
        };
      });
  }
  progress(2, steps);

  // Part two: the planner's choice for the rest.
  const plan = await solve({
    ...input,
    needs,
    interventions: catalogue,
    constraints: {
      ...input.constraints,
      budget,
      ...(minCoverage === undefined || minCoverage.length === 0 ? {} : { minCoverage }),
    },
  }).catch((error: unknown) => {
    throw new DemoError(`The planner could not plan: ${(error as Error).message}`);
  });
  if (signal.aborted) throw new DemoError('Cancelled.');
  progress(3, steps);
  const explanation = explainPlan(plan);
  for (const entry of plan.interventions)
    if (entry.runs > 0)
      addRuns(
        entry.interventionId,
        entry.runs,
        entry.participants + entry.prerequisiteParticipants,
      );

  const reasons = new Map<string, LeftOutReason>();
  for (const id of removed)
    reasons.set(id, settings.leftOut.includes(id) ? 'leftOutByYou' : 'prerequisiteLeftOut');
  for (const entry of explanation.unfunded)
    if (!runs.has(entry.interventionId)) reasons.set(entry.interventionId, entry.reason);
  const leftOut = input.interventions
    .filter((intervention) => !runs.has(intervention.id))
    .map((intervention) => ({
      interventionId: intervention.id,
      reason: reasons.get(intervention.id) ?? ('notChosen' as const),
    }))
    .sort((a, b) => reasonOrder.indexOf(a.reason) - reasonOrder.indexOf(b.reason));

  const gapPoints = input.needs.reduce((sum, need) => sum + need.people * need.gap, 0);
  const gapPointsClosed =
    keptGapPointsClosed + plan.needs.reduce((sum, need) => sum + need.gapPointsClosed, 0);
  const places = keptServed + plan.needs.reduce((sum, need) => sum + need.served, 0);
  const interventionNames: Record<string, string> = {};
  for (const offering of workspace.catalogue)
    interventionNames[offering.id] = textIn(offering.title, locale);
  const proposal = proposalOf(workspace, runs, settings.budget);
  progress(4, steps);
  return {
    currency: input.currency ?? reference.budget.currency,
    budget: settings.budget,
    plan,
    explanation,
    keptIn,
    keptInNotRun,
    leftOut,
    totals: {
      places,
      interventions: runs.size,
      cost: keptIn.reduce((sum, entry) => sum + entry.cost, 0) + plan.cost,
      gapPoints,
      gapPointsClosed,
    },
    proposal,
    // The eve of the plan: a proposal has not begun, so nothing in it is late or at risk yet
    // (on its first day the timeline counts what starts that day as at risk).
    asOf: isoOf(
      dayOf(
        reference.constraints?.window?.from ?? proposal.interventions[0]?.startsOn ?? '2026-01-01',
      ) - 1,
    ),
    names: {
      interventions: interventionNames,
      units: unitNames(
        workspace,
        input.needs.flatMap((need) => (need.unitId === null ? [] : [need.unitId])),
        locale,
      ),
      competencies: competencyNames(workspace, locale),
    },
    catalogue: input.interventions.map((intervention) => ({
      id: intervention.id,
      name: interventionNames[intervention.id] ?? intervention.id,
    })),
    needGroups: input.needs.length,
    campaignId: basis.campaignId,
    campaignTitle: textIn(
      workspace.campaigns.find((campaign) => campaign.id === basis.campaignId)?.title ?? {
        en: basis.campaignId,
      },
      locale,
    ),
  };
}
