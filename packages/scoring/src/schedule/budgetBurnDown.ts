// Over 400 lines: the whole burn-down in one place: the options, the planned-cost spread, the
// period series and the projection all work in the same integer minor units and day numbers,
// and its result types already live apart (budgetBurnDownResult.ts).
import { z } from 'zod';
import { provenanceOf } from '../provenance.js';
import { CapkitScoringError } from '../scoringError.js';
import { type BurnDownPeriodRow, type BudgetBurnDown } from './budgetBurnDownResult.js';
import { dayCounter, dateOfDayNumber, nextPeriodStart, periodStartOf } from './scheduleDates.js';
import {
  minorUnitDigitsOf,
  parseAt,
  scheduledPlanSchema,
  scheduleLimits,
  type ScheduledPlan,
} from './scheduleInput.js';

/** Options of {@link budgetBurnDown}. Strict: an unknown key is an error naming it. */
export const budgetBurnDownOptionsSchema = z.strictObject({
  /** The day the burn-down is read on, `YYYY-MM-DD`: "to date" means on or before it. */
  today: z.iso.date(),
  /** Period of the series: ISO weeks (Monday to Sunday), calendar months or calendar quarters. */
  by: z.enum(['week', 'month', 'quarter']),
  /**
   * How each intervention's planned cost falls across its dates: `evenly` over its days
   * (inclusive, in whole minor units, the remainder one unit a day from the first day), all on
   * its first day (`atStart`) or all on its last day (`atEnd`).
   * @default 'evenly'
   */
  spread: z.enum(['evenly', 'atStart', 'atEnd']).optional(),
  /**
   * Participants the planned cost counts: the `seats` (the most a run can cost, which the
   * model says a plan's budget must cover), or those `enrolled` (`participantIds`, the seats
   * where none are listed).
   * @default 'seats'
   */
  participants: z.enum(['seats', 'enrolled']).optional(),
  /**
   * Gap points each intervention closed (or is expected to close), by intervention id: gives
   * cost per gap point closed. Points are the caller's (e.g. importance-weighted gap closure
   * from the planner or from evaluation).
   */
  gapPointsClosed: z
    .record(z.string().min(1), z.number().nonnegative())
    .refine((record) => Object.keys(record).length <= scheduleLimits.interventions, {
      message: `at most ${scheduleLimits.interventions} interventions`,
    })
    .optional(),
});

/** Options of {@link budgetBurnDown}; see {@link budgetBurnDownOptionsSchema}. */
export type BudgetBurnDownOptions = z.input<typeof budgetBurnDownOptionsSchema>;

const method =
  'integer minor units: each amount rounded to the currency minor unit (half away from zero), ' +
  'planned = fixed + perParticipant × participants, spread by the stated rule over inclusive ' +
  'calendar days; obligated = per intervention max(committed, spent), payments read as settling ' +
  'commitments first; sums exact';

// Cumulative planned minor units through the first `days` days of an intervention costing
// `total` over `length` days: the evenly rule gives each day ⌊total / length⌋ and the first
// (total mod length) days one unit more, so every prefix sum is a whole number of units and the
// whole is exactly `total`.
function plannedThrough(
  days: number,
  total: number,
  length: number,
  spread: 'evenly' | 'atStart' | 'atEnd',
): number {
  if (days <= 0) return 0;
  if (days >= length) return total;
  if (spread === 'atStart') return total;
  if (spread === 'atEnd') return 0;
  const each = Math.floor(total / length);
  return days * each + Math.min(days, total - each * length);
}

// Index of the last period starting on or before `day`.
function periodIndexOf(starts: readonly number[], day: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= day) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * A plan's budget burn-down by week, month or quarter: planned cost (each intervention's fixed
 * cost + cost per participant × participants, spread over its dates by a stated rule) against
 * committed and spent money, per period and cumulative; the budget remaining; the overspend
 * projected at the current burn rate; and, given gap points closed per intervention, the cost
 * per gap point closed.
 *
 * Money is exact: every amount is turned into whole minor units of the plan's currency (cents
 * for EUR, as `Intl.NumberFormat` knows the currency), rounded half away from zero when it has
 * more decimals (counted in `restsOn.amountsRounded`), and added as integers; a figure is
 * returned as minor units / 10^digits. Periods are calendar periods (date-fns `startOfWeek`
 * with Monday, `startOfMonth`, `startOfQuarter`), days are whole calendar days.
 *
 * A `committed` entry is a contract or order signed, a `spent` entry money paid out (the model's
 * reading). Entries do not say which contract a payment settles, so payments are read as
 * settling their intervention's commitments first: the money an intervention binds is the larger
 * of its committed and its spent totals — exact both when every payment is against a contract
 * and when there are no contracts — and the budget remaining is budget − the sum of those.
 *
 * @throws {CapkitScoringError} located under `plan.` for an invalid plan or a currency other
 *   than the budget's (mixed currencies are refused, never converted), or under `options.` for
 *   an invalid or unknown option, an unknown intervention in `gapPointsClosed`, or more than
 *   {@link scheduleLimits}.periods periods.
 */
export function budgetBurnDown(
  plan: ScheduledPlan,
  options: BudgetBurnDownOptions,
): BudgetBurnDown {
  const valid = parseAt(scheduledPlanSchema, plan, 'plan');
  const parsed = parseAt(budgetBurnDownOptionsSchema, options, 'options');
  const spread = parsed.spread ?? 'evenly';
  const dayNumberOf = dayCounter();
  const today = dayNumberOf(parsed.today, 'options.today');
  const currency = valid.budget.currency;
  const minorUnitDigits = minorUnitDigitsOf(currency);
  const scale = 10 ** minorUnitDigits;
  let amountsRounded = 0;
  const toMinor = (amount: number, path: string): number => {
    const scaled = amount * scale;
    const units = Math.round(scaled);
    if (!Number.isSafeInteger(units)) {
      throw new CapkitScoringError(path, `${amount} ${currency} is too large to add exactly`);
    }
    // Decimal amounts are not exact in binary (0.1 × 100 is 10.000000000000002): only a
    // difference beyond that error is a real extra decimal.
    if (Math.abs(scaled - units) > 1e-9 * Math.max(1, scaled)) amountsRounded += 1;
    return units;
  };
  const safeSum = (sum: number, path: string): number => {
    if (!Number.isSafeInteger(sum)) {
      throw new CapkitScoringError(
        path,
        `the sum passes ${Number.MAX_SAFE_INTEGER} minor units of ${currency}`,
      );
    }
    return sum;
  };
  const budget = toMinor(valid.budget.amount, 'plan.budget.amount');

  const knownIds = new Set(valid.interventions.map((intervention) => intervention.id));
  for (const interventionId of Object.keys(parsed.gapPointsClosed ?? {})) {
    if (!knownIds.has(interventionId)) {
      throw new CapkitScoringError(
        `options.gapPointsClosed[${JSON.stringify(interventionId)}]`,
        'is not an intervention of the plan',
      );
    }
  }

  interface Costed {
    readonly id: string;
    readonly start: number;
    readonly end: number;
    readonly cancelled: boolean;
    readonly planned: number;
    readonly participantsFrom: 'enrolled' | 'seats';
    committed: number;
    spent: number;
  }
  const entries: { owner: number; day: number; kind: 'committed' | 'spent'; amount: number }[] = [];
  let planned = 0;
  const costed: Costed[] = valid.interventions.map((intervention, index) => {
    const at = `plan.interventions[${index}]`;
    if (intervention.cost.currency !== currency) {
      throw new CapkitScoringError(
        `${at}.cost.currency`,
        `is "${intervention.cost.currency}" but the plan's budget is in "${currency}": ` +
          'mixed currencies are refused; convert to one currency first',
      );
    }
    const { cost } = intervention;
    const fixed = toMinor('fixed' in cost ? cost.fixed : cost.amount, `${at}.cost`);
    const perParticipant =
      'perParticipant' in cost ? toMinor(cost.perParticipant, `${at}.cost.perParticipant`) : 0;
    const enrolled = parsed.participants === 'enrolled' ? intervention.participantIds : undefined;
    const participantsFrom = enrolled === undefined ? 'seats' : 'enrolled';
    const participants = enrolled?.length ?? intervention.seats;
    const cancelled = intervention.status === 'cancelled';
    const own = cancelled ? 0 : safeSum(fixed + perParticipant * participants, `${at}.cost`);
    planned = safeSum(planned + own, `${at}.cost`);
    const item: Costed = {
      id: intervention.id,
      start: dayNumberOf(intervention.startsOn, `${at}.startsOn`),
      end: dayNumberOf(intervention.endsOn, `${at}.endsOn`),
      cancelled,
      planned: own,
      participantsFrom,
      committed: 0,
      spent: 0,
    };
    intervention.spending?.forEach((entry, s) => {
      const amount = toMinor(entry.amount, `${at}.spending[${s}].amount`);
      entries.push({
        owner: index,
        day: dayNumberOf(entry.on, `${at}.spending[${s}].on`),
        kind: entry.kind,
        amount,
      });
      item[entry.kind] = safeSum(item[entry.kind] + amount, `${at}.spending[${s}].amount`);
    });
    return item;
  });

  const live = costed.filter((item) => !item.cancelled);
  let planStart: number | undefined;
  let planEnd: number | undefined;
  for (const item of live) {
    if (planStart === undefined || item.start < planStart) planStart = item.start;
    if (planEnd === undefined || item.end > planEnd) planEnd = item.end;
  }
  // The periods cover the plan, every spending entry and today.
  let first = Math.min(today, planStart ?? today);
  let last = Math.max(today, planEnd ?? today);
  for (const entry of entries) {
    if (entry.day < first) first = entry.day;
    if (entry.day > last) last = entry.day;
  }

  const starts: number[] = [];
  for (
    let start = periodStartOf(first, parsed.by);
    start <= last;
    start = nextPeriodStart(start, parsed.by)
  ) {
    if (starts.length === scheduleLimits.periods) {
      throw new CapkitScoringError(
        'options.by',
        `${dateOfDayNumber(first)} to ${dateOfDayNumber(last)} by ${parsed.by} is more than ` +
          `${scheduleLimits.periods} periods; choose a longer period`,
      );
    }
    starts.push(start);
  }
  const ends = starts.map((start, j) => (starts[j + 1] ?? nextPeriodStart(start, parsed.by)) - 1);

  const plannedIn = new Array<number>(starts.length).fill(0);
  const committedIn = new Array<number>(starts.length).fill(0);
  const spentIn = new Array<number>(starts.length).fill(0);
  const obligatedIn = new Array<number>(starts.length).fill(0);
  let plannedToDate = 0;
  for (const item of live) {
    const length = item.end - item.start + 1;
    for (
      let j = periodIndexOf(starts, item.start);
      j < starts.length && (starts[j] as number) <= item.end;
      j += 1
    ) {
      const from = Math.max(item.start, starts[j] as number);
      const to = Math.min(item.end, ends[j] as number);
      plannedIn[j] =
        (plannedIn[j] as number) +
        plannedThrough(to - item.start + 1, item.planned, length, spread) -
        plannedThrough(from - item.start, item.planned, length, spread);
    }
    plannedToDate += plannedThrough(today - item.start + 1, item.planned, length, spread);
  }
  let committedToDate = 0;
  let spentToDate = 0;
  for (const entry of entries) {
    const j = periodIndexOf(starts, entry.day);
    const series = entry.kind === 'committed' ? committedIn : spentIn;
    series[j] = (series[j] as number) + entry.amount;
    if (entry.day > today) continue;
    if (entry.kind === 'committed') committedToDate += entry.amount;
    else spentToDate += entry.amount;
  }
  safeSum(committedToDate + spentToDate, 'plan.interventions');
  // Each intervention's entries in day order: its bound money max(committed, spent) grows at an
  // entry by the rise of that maximum, which falls in the entry's period.
  const ordered = [...entries].sort((a, b) => a.owner - b.owner || a.day - b.day);
  let obligatedToDate = 0;
  const running = { owner: -1, committed: 0, spent: 0 };
  for (const entry of ordered) {
    if (entry.owner !== running.owner)
      Object.assign(running, { owner: entry.owner, committed: 0, spent: 0 });
    const before = Math.max(running.committed, running.spent);
    running[entry.kind] += entry.amount;
    const rise = Math.max(running.committed, running.spent) - before;
    const j = periodIndexOf(starts, entry.day);
    obligatedIn[j] = (obligatedIn[j] as number) + rise;
    if (entry.day <= today) obligatedToDate += rise;
  }

  const major = (units: number) => units / scale;
  let plannedCumulative = 0;
  let committedCumulative = 0;
  let spentCumulative = 0;
  let obligatedCumulative = 0;
  const periods: BurnDownPeriodRow[] = starts.map((start, j) => {
    plannedCumulative += plannedIn[j] as number;
    committedCumulative += committedIn[j] as number;
    spentCumulative += spentIn[j] as number;
    obligatedCumulative += obligatedIn[j] as number;
    return {
      startsOn: dateOfDayNumber(start),
      endsOn: dateOfDayNumber(ends[j] as number),
      planned: major(plannedIn[j] as number),
      plannedCumulative: major(plannedCumulative),
      committed: major(committedIn[j] as number),
      committedCumulative: major(committedCumulative),
      spent: major(spentIn[j] as number),
      spentCumulative: major(spentCumulative),
      obligated: major(obligatedIn[j] as number),
      obligatedCumulative: major(obligatedCumulative),
      remaining: major(budget - obligatedCumulative),
      begun: start <= today,
    };
  });

  let projection: BudgetBurnDown['projection'] = null;
  if (planStart !== undefined && planEnd !== undefined && today >= planStart) {
    const planDays = planEnd - planStart + 1;
    const elapsedDays = Math.min(today, planEnd) - planStart + 1;
    const toDate = obligatedToDate;
    const projectedTotal = Math.round((toDate * planDays) / elapsedDays);
    projection = {
      ratePerDay: major(toDate) / elapsedDays,
      elapsedDays,
      planDays,
      projectedTotal: major(projectedTotal),
      projectedOverspend: major(Math.max(0, projectedTotal - budget)),
    };
  }

  const perPoint = (units: number, points: number) => (points > 0 ? major(units) / points : null);
  let costPerGapPoint: BudgetBurnDown['costPerGapPoint'] = null;
  if (parsed.gapPointsClosed !== undefined) {
    const points = parsed.gapPointsClosed;
    const rows = costed
      .filter((item) => points[item.id] !== undefined)
      .map((item) => {
        const gapPointsClosed = points[item.id] ?? 0;
        return {
          interventionId: item.id,
          gapPointsClosed,
          plannedPerPoint: perPoint(item.planned, gapPointsClosed),
          actualPerPoint: perPoint(Math.max(item.committed, item.spent), gapPointsClosed),
        };
      });
    const listed = costed.filter((item) => points[item.id] !== undefined);
    const totalPoints = rows.reduce((sum, row) => sum + row.gapPointsClosed, 0);
    costPerGapPoint = {
      interventions: rows,
      plan: {
        gapPointsClosed: totalPoints,
        plannedPerPoint: perPoint(
          listed.reduce((sum, item) => sum + item.planned, 0),
          totalPoints,
        ),
        actualPerPoint: perPoint(
          listed.reduce((sum, item) => sum + Math.max(item.committed, item.spent), 0),
          totalPoints,
        ),
      },
    };
  }

  return {
    currency,
    minorUnitDigits,
    by: parsed.by,
    today: parsed.today,
    periods,
    totals: {
      budget: major(budget),
      planned: major(planned),
      plannedToDate: major(plannedToDate),
      committedToDate: major(committedToDate),
      spentToDate: major(spentToDate),
      obligatedToDate: major(obligatedToDate),
      remaining: major(budget - obligatedToDate),
      unplanned: major(budget - planned),
    },
    projection,
    interventions: costed.map((item) => ({
      interventionId: item.id,
      planned: major(item.planned),
      participantsFrom: item.participantsFrom,
      committed: major(item.committed),
      spent: major(item.spent),
      obligated: major(Math.max(item.committed, item.spent)),
    })),
    costPerGapPoint,
    restsOn: {
      interventions: costed.length,
      cancelled: costed.length - live.length,
      spendingEntries: entries.length,
      spendingAfterToday: entries.filter((entry) => entry.day > today).length,
      amountsRounded,
      spread,
      participants: parsed.participants ?? 'seats',
      method,
    },
    provenance: provenanceOf({
      face: 'plan/budgetBurnDown',
      today: parsed.today,
      by: parsed.by,
      spread,
      participants: parsed.participants ?? 'seats',
      gapPointsClosed: parsed.gapPointsClosed,
    }),
  };
}
