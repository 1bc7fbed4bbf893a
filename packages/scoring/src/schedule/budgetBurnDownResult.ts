// What budgetBurnDown returns, apart from the arithmetic that fills it (budgetBurnDown.ts).
import type { Provenance } from '../provenance.js';

/** One period of a burn-down. Amounts are in the plan's currency. */
export interface BurnDownPeriodRow {
  /** First day of the period. */
  readonly startsOn: string;
  /** Last day of the period (inclusive). */
  readonly endsOn: string;
  /** Planned cost falling in the period, and the running total through its last day. */
  readonly planned: number;
  readonly plannedCumulative: number;
  /** Committed entries dated in the period, and the running total. */
  readonly committed: number;
  readonly committedCumulative: number;
  /** Spent entries dated in the period, and the running total. */
  readonly spent: number;
  readonly spentCumulative: number;
  /**
   * Money bound in the period and through its end: per intervention the larger of its committed
   * and its spent running totals (a payment read as settling the intervention's commitments
   * first), added over interventions.
   */
  readonly obligated: number;
  readonly obligatedCumulative: number;
  /** Budget − obligatedCumulative at the period's end. */
  readonly remaining: number;
  /** Whether the period has begun by today (its first day is on or before today). */
  readonly begun: boolean;
}

/** Money of one intervention. */
export interface InterventionMoney {
  readonly interventionId: string;
  /** fixed + perParticipant × participants; 0 for a cancelled intervention. */
  readonly planned: number;
  /** Participants counted: the seats, or enrolled (`participantIds`) when asked and listed. */
  readonly participantsFrom: 'enrolled' | 'seats';
  /** Committed and spent entries, all dates. */
  readonly committed: number;
  readonly spent: number;
  /** The larger of the two: money this intervention binds. */
  readonly obligated: number;
}

/** Cost per gap point closed by one intervention. */
export interface CostPerGapPoint {
  readonly interventionId: string;
  readonly gapPointsClosed: number;
  /** Planned cost / gap points; `null` when no point was closed. Not rounded. */
  readonly plannedPerPoint: number | null;
  /** Obligated (all dates) / gap points; `null` when no point was closed. Not rounded. */
  readonly actualPerPoint: number | null;
}

/** A plan's budget burn-down: see {@link budgetBurnDown}. */
export interface BudgetBurnDown {
  readonly currency: string;
  /** Digits of the currency's minor unit: every amount is a whole number of minor units. */
  readonly minorUnitDigits: number;
  readonly by: 'week' | 'month' | 'quarter';
  readonly today: string;
  readonly periods: readonly BurnDownPeriodRow[];
  readonly totals: {
    readonly budget: number;
    readonly planned: number;
    /** Planned cost falling on or before today. */
    readonly plannedToDate: number;
    readonly committedToDate: number;
    readonly spentToDate: number;
    /** Per intervention the larger of committed and spent to date, added up. */
    readonly obligatedToDate: number;
    /** Budget − obligatedToDate. */
    readonly remaining: number;
    /** Budget − planned: below 0 when the plan itself costs more than its budget. */
    readonly unplanned: number;
  };
  /**
   * Money obligated to date, carried at the same rate per day to the plan's last day:
   * obligatedToDate × planDays / elapsedDays, with days counted from the plan's
   * first day through today; rounded to the minor unit. `null` before the plan starts or when
   * no intervention is left. After the plan's end the projection is the amount to date.
   */
  readonly projection: {
    readonly ratePerDay: number;
    readonly elapsedDays: number;
    readonly planDays: number;
    readonly projectedTotal: number;
    /** projectedTotal − budget when above 0, else 0. */
    readonly projectedOverspend: number;
  } | null;
  readonly interventions: readonly InterventionMoney[];
  /** When `gapPointsClosed` was passed: one row per intervention listed, then the plan's. */
  readonly costPerGapPoint: {
    readonly interventions: readonly CostPerGapPoint[];
    readonly plan: Omit<CostPerGapPoint, 'interventionId'>;
  } | null;
  readonly restsOn: {
    readonly interventions: number;
    readonly cancelled: number;
    readonly spendingEntries: number;
    /** Spending entries dated after today: in the periods, not in the "to date" totals. */
    readonly spendingAfterToday: number;
    /** Amounts given with more decimals than the currency's minor unit, rounded to it. */
    readonly amountsRounded: number;
    readonly spread: 'evenly' | 'atStart' | 'atEnd';
    readonly participants: 'seats' | 'enrolled';
    readonly method: string;
  };
  readonly provenance: Provenance;
}
