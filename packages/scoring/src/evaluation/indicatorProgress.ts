import { differenceInCalendarDays, parseISO } from 'date-fns';

/** A value of an indicator on a day (`YYYY-MM-DD`). */
export interface DatedValue {
  readonly value: number;
  readonly on: string;
}

/** An indicator tracked against its baseline and target (the model's `Indicator`, ids only). */
export interface IndicatorSeries {
  readonly id: string;
  readonly baseline: DatedValue;
  readonly target: DatedValue;
  /** Measurements after the baseline, in any order. */
  readonly actuals: readonly DatedValue[];
}

/** Where an indicator stands: `achieved`, `onTrack`, `offTrack`, or `noData` (no actual yet). */
export type IndicatorStatus = 'achieved' | 'onTrack' | 'offTrack' | 'noData';

/** Kirkpatrick level 4 for one indicator. */
export interface IndicatorProgress {
  readonly indicatorId: string;
  /** The latest actual (or `null` without one). */
  readonly latest: DatedValue | null;
  /** (latest − baseline) / (target − baseline): 0 at the baseline, 1 at the target; `null` if they are equal. */
  readonly shareOfWay: number | null;
  /** Share of the time from baseline to target gone by on `asOf`, within [0, 1]. */
  readonly shareOfTime: number;
  /** Least-squares slope of value on time, per year of 365.25 days, over baseline and actuals; `null` under 2 dates. */
  readonly slopePerYear: number | null;
  /** The fitted line's value on the target date; `null` without a slope. */
  readonly projectedAtTarget: number | null;
  readonly status: IndicatorStatus;
  /** Points the trend rests on (baseline + actuals), and the method. */
  readonly restsOn: { readonly points: number; readonly method: string };
}

const daysPerYear = 365.25;

/**
 * Kirkpatrick level 4, results: an indicator against its baseline and target. Share of the way
 * = (latest − baseline) / (target − baseline), so a falling target reads the same way; the trend
 * is the ordinary least-squares line through the baseline and every actual, in years since the
 * baseline (calendar days from date-fns, / 365.25). Status: `achieved` when the share of the
 * way reaches 1; else `onTrack` when the line reaches the target by its date (projected share
 * ≥ 1); else `offTrack`; `noData` before the first actual. Indicators describe organisations,
 * not people: the disclosure rule does not apply to them.
 */
export function indicatorProgress(indicator: IndicatorSeries, asOf: string): IndicatorProgress {
  const { baseline, target } = indicator;
  const start = parseISO(baseline.on);
  const years = (on: string) => differenceInCalendarDays(parseISO(on), start) / daysPerYear;
  const actuals = [...indicator.actuals].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const latest = actuals[actuals.length - 1] ?? null;
  const span = target.value - baseline.value;
  const share = (value: number) => (span === 0 ? null : (value - baseline.value) / span);
  const shareOfWay = latest === null ? null : share(latest.value);
  const targetYears = years(target.on);
  const shareOfTime = targetYears > 0 ? Math.min(1, Math.max(0, years(asOf) / targetYears)) : 1;
  const points = [baseline, ...actuals];
  const xs = points.map((point) => years(point.on));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = points.reduce((sum, point) => sum + point.value, 0) / points.length;
  let sxx = 0;
  let sxy = 0;
  points.forEach((point, i) => {
    const dx = (xs[i] ?? 0) - meanX;
    sxx += dx * dx;
    sxy += dx * (point.value - meanY);
  });
  const slopePerYear = sxx > 0 ? sxy / sxx : null;
  const projectedAtTarget =
    slopePerYear === null ? null : meanY + slopePerYear * (targetYears - meanX);
  const projectedShare = projectedAtTarget === null ? null : share(projectedAtTarget);
  const status: IndicatorStatus =
    latest === null
      ? 'noData'
      : shareOfWay !== null && shareOfWay >= 1
        ? 'achieved'
        : projectedShare !== null && projectedShare >= 1
          ? 'onTrack'
          : 'offTrack';
  return {
    indicatorId: indicator.id,
    latest,
    shareOfWay,
    shareOfTime,
    slopePerYear,
    projectedAtTarget,
    status,
    restsOn: {
      points: points.length,
      method:
        'share of the way baseline → target; least-squares trend per year projected to the target date',
    },
  };
}
