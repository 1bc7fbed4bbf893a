import type { CapacityDevelopmentPlan, ResolvedText } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import type { PlanExplanation } from '@capkit/scoring/plan';
import type { BudgetBurnDown } from '@capkit/scoring/schedule';
import { differenceInCalendarDays, parseISO } from 'date-fns';

// Every amount here is the engine's (budgetBurnDown, explainPlan): this module only reads,
// compares and lines them up. The two subtractions it makes (the planned line, below) are
// rounded back to the currency's minor unit, so they are as exact as the engine's own.

/** Where an intervention's money stands against its planned cost. */
export type BudgetMoneyState = 'over' | 'within' | 'cancelled';

/**
 * One intervention's money, named, as the engine reckoned it: committed and spent over all its
 * entries (the engine gives no per-intervention figure "to date"), so an entry dated after
 * `today` counts here, while the totals stop at `today`.
 */
export interface BudgetInterventionRow {
  readonly id: string;
  readonly title: ResolvedText;
  readonly planned: number;
  readonly committed: number;
  readonly spent: number;
  /** The larger of committed and spent (the engine's `obligated`). */
  readonly obligated: number;
  readonly state: BudgetMoneyState;
}

/** What the opening sentence rests on, every figure the engine's. */
export interface BudgetFacts {
  /** Spent to date / budget; `null` when the budget is 0. */
  readonly spentShare: number | null;
  /** Days of the plan gone / its days (the engine's projection); `null` before it starts. */
  readonly timeShare: number | null;
  /** Interventions whose committed or spent money passes their planned cost. */
  readonly over: number;
}

/** A point of a burn-down line: days since the first period began, and money left. */
export interface BurnDownPoint {
  readonly day: number;
  readonly value: number;
}

/** The two lines of the burn-down chart and the span they are drawn on. */
export interface BurnDownSeries {
  /** Days from the first period's first day to the day after the last period's last day. */
  readonly days: number;
  /** Budget − planned cost so far, at the start and at each period's end. */
  readonly planned: readonly BurnDownPoint[];
  /** Budget left (the engine's `remaining`) at the start, each past period's end and `today`. */
  readonly remaining: readonly BurnDownPoint[];
  /** The end of the asOf day, on the same axis (may lie outside 0…days). */
  readonly asOf: number;
  /** Lowest and highest money on either line (the budget at least, and 0 at most). */
  readonly low: number;
  readonly high: number;
}

/** One row of the cost-per-gap-point table. */
export interface GapPointRow {
  readonly id: string;
  readonly title: ResolvedText;
  readonly gapPointsClosed: number;
  /** Planned (or, from the planner, its costed) money per gap point; `null` when none closed. */
  readonly plannedPerPoint: number | null;
  /** Committed or spent money per gap point so far; `undefined` when not known (planner only). */
  readonly actualPerPoint?: number | null;
}

/** Cost per gap point, from the burn-down when it was given gap points, else from the planner. */
export interface GapPointTable {
  /** `burnDown`: planned and actual per point, per plan intervention; `plan`: the planner's. */
  readonly source: 'burnDown' | 'plan';
  readonly rows: readonly GapPointRow[];
  /** The whole plan's figures (burn-down only). */
  readonly total: Omit<GapPointRow, 'id' | 'title'> | null;
}

const scaleOf = (burnDown: BudgetBurnDown) => 10 ** burnDown.minorUnitDigits;

/** `a − b` in whole minor units, as the engine adds: no binary-fraction residue. */
function minus(a: number, b: number, scale: number): number {
  return Math.round((a - b) * scale) / scale;
}

/** Whether `a` passes `b` by at least one minor unit (both whole minor units already). */
function passes(a: number, b: number, scale: number): boolean {
  return Math.round(a * scale) > Math.round(b * scale);
}

/** Interventions by id, for their titles. */
function titlesOf(plan: CapacityDevelopmentPlan | undefined, languages: readonly string[]) {
  const titles = new Map<string, ResolvedText>();
  const byOffering = new Map<string, ResolvedText>();
  for (const intervention of plan?.interventions ?? []) {
    const title = resolveLocalizedText(intervention.title, languages);
    titles.set(intervention.id, title);
    if (intervention.offeringId !== undefined && !byOffering.has(intervention.offeringId))
      byOffering.set(intervention.offeringId, title);
  }
  const unnamed = (id: string): ResolvedText => ({ text: id, lang: 'zxx' });
  return {
    intervention: (id: string) => titles.get(id) ?? unnamed(id),
    offering: (id: string) => byOffering.get(id) ?? unnamed(id),
  };
}

/** The burn-down's interventions, in plan order, named from the plan. */
export function interventionRows(
  burnDown: BudgetBurnDown,
  plan: CapacityDevelopmentPlan | undefined,
  languages: readonly string[],
): BudgetInterventionRow[] {
  const scale = scaleOf(burnDown);
  const titles = titlesOf(plan, languages);
  const cancelled = new Set(
    plan?.interventions.filter((it) => it.status === 'cancelled').map((it) => it.id),
  );
  return burnDown.interventions.map((money) => ({
    id: money.interventionId,
    title: titles.intervention(money.interventionId),
    planned: money.planned,
    committed: money.committed,
    spent: money.spent,
    obligated: money.obligated,
    state: cancelled.has(money.interventionId)
      ? 'cancelled'
      : passes(money.obligated, money.planned, scale)
        ? 'over'
        : 'within',
  }));
}

/** The figures of the opening sentence. */
export function budgetFacts(
  burnDown: BudgetBurnDown,
  rows: readonly BudgetInterventionRow[],
): BudgetFacts {
  const { totals, projection } = burnDown;
  return {
    spentShare: totals.budget > 0 ? totals.spentToDate / totals.budget : null,
    timeShare: projection === null ? null : projection.elapsedDays / projection.planDays,
    over: rows.filter((row) => row.state === 'over').length,
  };
}

/**
 * The chart's two lines. The planned line is budget − planned cost through each period's end
 * (the budget left had everything gone as planned); the budget-left line is the engine's
 * `remaining` at each period that ended before `today`, then its `totals.remaining` on `today`
 * itself, so the line stops at what is known and never counts a period's later days.
 */
export function burnDownSeries(burnDown: BudgetBurnDown, asOf: string): BurnDownSeries | null {
  const first = burnDown.periods[0];
  const last = burnDown.periods.at(-1);
  if (first === undefined || last === undefined) return null;
  const scale = scaleOf(burnDown);
  const origin = parseISO(first.startsOn);
  const dayOf = (date: string) => differenceInCalendarDays(parseISO(date), origin);
  const { budget } = burnDown.totals;
  const start: BurnDownPoint = { day: 0, value: budget };
  const planned = [
    start,
    ...burnDown.periods.map((period) => ({
      day: dayOf(period.endsOn) + 1,
      value: minus(budget, period.plannedCumulative, scale),
    })),
  ];
  const today = dayOf(burnDown.today) + 1;
  const remaining = [
    start,
    ...burnDown.periods
      .filter((period) => dayOf(period.endsOn) + 1 < today)
      .map((period) => ({ day: dayOf(period.endsOn) + 1, value: period.remaining })),
    { day: today, value: burnDown.totals.remaining },
  ];
  const values = [...planned, ...remaining].map((point) => point.value);
  return {
    days: dayOf(last.endsOn) + 1,
    planned,
    remaining,
    asOf: dayOf(asOf) + 1,
    low: Math.min(0, ...values),
    high: Math.max(budget, ...values),
  };
}

/**
 * Cost per gap point closed: the burn-down's own (`costPerGapPoint`, given `gapPointsClosed`),
 * planned and so far, per plan intervention and for the plan; else the planner's cost per gap
 * point of each funded catalogue entry (`explainPlan`), named by the plan intervention that
 * runs it. `null` when neither is there.
 */
export function gapPointTable(
  burnDown: BudgetBurnDown,
  explanation: PlanExplanation | undefined,
  plan: CapacityDevelopmentPlan | undefined,
  languages: readonly string[],
): GapPointTable | null {
  const titles = titlesOf(plan, languages);
  const fromBurnDown = burnDown.costPerGapPoint;
  if (fromBurnDown !== null) {
    return {
      source: 'burnDown',
      rows: fromBurnDown.interventions.map((row) => ({
        id: row.interventionId,
        title: titles.intervention(row.interventionId),
        gapPointsClosed: row.gapPointsClosed,
        plannedPerPoint: row.plannedPerPoint,
        actualPerPoint: row.actualPerPoint,
      })),
      total: fromBurnDown.plan,
    };
  }
  if (explanation === undefined) return null;
  return {
    source: 'plan',
    rows: explanation.interventions.map((row) => ({
      id: row.interventionId,
      title: titles.offering(row.interventionId),
      gapPointsClosed: row.gapPointsClosed,
      plannedPerPoint: row.costPerGapPoint,
    })),
    total: null,
  };
}

/**
 * The `gapPointsClosed` option of `budgetBurnDown` from a plan's explanation: each funded
 * catalogue entry's gap points go to the plan intervention that runs it (`offeringId`). An
 * entry run by no live intervention, or by more than one, is left out: splitting its points
 * between runs would be a figure the planner never made.
 */
export function gapPointsClosedFor(
  plan: Pick<CapacityDevelopmentPlan, 'interventions'>,
  explanation: Pick<PlanExplanation, 'interventions'>,
): Record<string, number> {
  const runners = new Map<string, string[]>();
  for (const intervention of plan.interventions) {
    if (intervention.offeringId === undefined || intervention.status === 'cancelled') continue;
    runners.set(intervention.offeringId, [
      ...(runners.get(intervention.offeringId) ?? []),
      intervention.id,
    ]);
  }
  const points: Record<string, number> = {};
  for (const entry of explanation.interventions) {
    const ids = runners.get(entry.interventionId);
    if (ids?.length === 1) points[ids[0] as string] = entry.gapPointsClosed;
  }
  return points;
}
