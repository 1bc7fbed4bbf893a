import type {
  PlanExplanation as PlanExplanationResult,
  RecommendedPlan,
  UnfundedReason,
  UnservedReason,
} from '@capkit/scoring/plan';

/** Names to show for the planner's ids; an id without a name is shown as it is. */
export interface PlanExplanationNames {
  /** Catalogue entries by id. */
  readonly interventions?: Readonly<Record<string, string>> | undefined;
  /** Units by id; a need group without a unit (`null`) reads as "other units". */
  readonly units?: Readonly<Record<string, string>> | undefined;
  /** Competencies by id. */
  readonly competencies?: Readonly<Record<string, string>> | undefined;
}

/** One need group served by one planned intervention, as the planner counts it. */
export interface PlanServedGroup {
  readonly needId: string;
  readonly unitId: string | null;
  readonly competencyId: string;
  readonly participants: number;
  readonly asPrerequisite: boolean;
}

/** One intervention the plan runs, ready to show. */
export interface PlanFundedRow {
  readonly interventionId: string;
  readonly name: string;
  readonly runs: number;
  readonly cost: number;
  readonly gapPointsClosed: number;
  /** cost / gap points closed; `null` when it closes none of its own (a prerequisite only). */
  readonly costPerGapPoint: number | null;
  /** People who take it to close their own need (the planner's group figures, summed). */
  readonly people: number;
  /** People who take it as a prerequisite of another intervention. */
  readonly prerequisitePeople: number;
  /** Distinct units among the groups it serves (`null`, "other units", counts as one). */
  readonly units: number;
  /** Competencies whose gaps it closes (directly), in first-served order. */
  readonly competencyIds: readonly string[];
  readonly served: readonly PlanServedGroup[];
}

/** One catalogue entry the plan does not run, and why. */
export interface PlanUnfundedRow {
  readonly interventionId: string;
  readonly name: string;
  readonly reason: UnfundedReason;
}

/** Which column the funded table is sorted by. */
export type PlanSortKey = 'name' | 'cost' | 'gapPointsClosed' | 'costPerGapPoint' | 'people';

/** A sort of the funded table. */
export interface PlanSort {
  readonly by: PlanSortKey;
  readonly direction: 'ascending' | 'descending';
}

/** What the opening sentence rests on. */
export interface PlanSummaryFacts {
  /** Interventions the plan runs. */
  readonly funded: number;
  /** Catalogue entries. */
  readonly catalogue: number;
  readonly cost: number;
  readonly budget: number;
  /** Σ gap points closed / Σ gap points of every need group; `null` when there is no gap. */
  readonly shareClosed: number | null;
  /** The competency with the most gap points left, and whether some of it was closed. */
  readonly leftMost: { readonly competencyId: string; readonly partly: boolean } | null;
}

/** cost / gap points; `null` when no gap point is closed (a cost per nothing is no number). */
export function costPerGapPoint(cost: number, gapPoints: number): number | null {
  return gapPoints > 0 ? cost / gapPoints : null;
}

const nameOf = (names: Readonly<Record<string, string>> | undefined, id: string) =>
  names?.[id] ?? id;

/** The rows of the funded table, in the plan's catalogue order. */
export function fundedRows(
  explanation: PlanExplanationResult,
  names: PlanExplanationNames = {},
): PlanFundedRow[] {
  return explanation.interventions.map((it) => {
    let people = 0;
    let prerequisitePeople = 0;
    const units = new Set<string | null>();
    const competencies = new Set<string>();
    for (const group of it.serves) {
      units.add(group.unitId);
      if (group.asPrerequisite) prerequisitePeople += group.participants;
      else {
        people += group.participants;
        competencies.add(group.competencyId);
      }
    }
    return {
      interventionId: it.interventionId,
      name: nameOf(names.interventions, it.interventionId),
      runs: it.runs,
      cost: it.cost,
      gapPointsClosed: it.gapPointsClosed,
      costPerGapPoint: costPerGapPoint(it.cost, it.gapPointsClosed),
      people,
      prerequisitePeople,
      units: units.size,
      competencyIds: [...competencies],
      served: it.serves,
    };
  });
}

/** The catalogue entries left out, in catalogue order. */
export function unfundedRows(
  explanation: PlanExplanationResult,
  names: PlanExplanationNames = {},
): PlanUnfundedRow[] {
  return explanation.unfunded.map((entry) => ({
    interventionId: entry.interventionId,
    name: nameOf(names.interventions, entry.interventionId),
    reason: entry.reason,
  }));
}

/**
 * Rows sorted by one column; ties keep catalogue order. A missing cost per gap point sorts
 * last in either direction (it is not a cheap or a dear point: there is none).
 */
export function sortRows(
  rows: readonly PlanFundedRow[],
  sort: PlanSort | null,
  collator: Intl.Collator,
): PlanFundedRow[] {
  if (sort === null) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      let order: number;
      if (sort.by === 'name') order = sign * collator.compare(a.row.name, b.row.name);
      else {
        const x = a.row[sort.by];
        const y = b.row[sort.by];
        if (x === null || y === null) order = x === y ? 0 : x === null ? 1 : -1;
        else order = sign * (x - y);
      }
      return order === 0 ? a.index - b.index : order;
    })
    .map(({ row }) => row);
}

/** The next sort when a column's header is pressed: descending first for numbers, then flipped. */
export function nextSort(sort: PlanSort | null, by: PlanSortKey): PlanSort {
  if (sort?.by === by)
    return { by, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' };
  return { by, direction: by === 'name' ? 'ascending' : 'descending' };
}

/** The figures of the opening sentence, from the plan and its explanation. */
export function planSummaryFacts(
  plan: RecommendedPlan,
  explanation: PlanExplanationResult,
): PlanSummaryFacts {
  let total = 0;
  let closed = 0;
  const left = new Map<string, { remaining: number; closed: number }>();
  for (const need of plan.needs) {
    total += need.gapPoints;
    closed += need.gapPointsClosed;
    const entry = left.get(need.competencyId) ?? { remaining: 0, closed: 0 };
    entry.remaining += need.remainingGapPoints;
    entry.closed += need.gapPointsClosed;
    left.set(need.competencyId, entry);
  }
  let leftMost: PlanSummaryFacts['leftMost'] = null;
  let most = 1e-9;
  for (const [competencyId, entry] of left) {
    if (entry.remaining > most) {
      most = entry.remaining;
      leftMost = { competencyId, partly: entry.closed > 0 };
    }
  }
  return {
    funded: explanation.interventions.length,
    catalogue: plan.interventions.length,
    cost: plan.cost,
    budget: plan.budget,
    shareClosed: total > 0 ? closed / total : null,
    leftMost,
  };
}

/** What the plan leaves in one competency: sums of the planner's need-group figures. */
export interface PlanGapLeft {
  readonly competencyId: string;
  readonly name: string;
  /** People of its need groups not served. */
  readonly people: number;
  readonly gapPoints: number;
  /** Why, over its groups, most gap points first. */
  readonly reasons: readonly UnservedReason[];
}

/** Competencies with gap points left, most first (ties in input order). */
export function gapsLeft(
  explanation: PlanExplanationResult,
  names: PlanExplanationNames = {},
): PlanGapLeft[] {
  const byCompetency = new Map<
    string,
    { people: number; gapPoints: number; reasons: Map<UnservedReason, number> }
  >();
  for (const need of explanation.needs) {
    if (need.remainingGapPoints <= 1e-9) continue;
    const entry = byCompetency.get(need.competencyId) ?? {
      people: 0,
      gapPoints: 0,
      reasons: new Map<UnservedReason, number>(),
    };
    entry.people += need.remainingPeople;
    entry.gapPoints += need.remainingGapPoints;
    if (need.reason !== undefined)
      entry.reasons.set(
        need.reason,
        (entry.reasons.get(need.reason) ?? 0) + need.remainingGapPoints,
      );
    byCompetency.set(need.competencyId, entry);
  }
  return [...byCompetency]
    .map(([competencyId, entry]) => ({
      competencyId,
      name: nameOf(names.competencies, competencyId),
      people: entry.people,
      gapPoints: entry.gapPoints,
      reasons: [...entry.reasons].sort((a, b) => b[1] - a[1]).map(([reason]) => reason),
    }))
    .sort((a, b) => b.gapPoints - a.gapPoints);
}
