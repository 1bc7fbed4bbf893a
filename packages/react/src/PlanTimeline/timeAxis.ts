import {
  addMonths,
  addQuarters,
  addWeeks,
  endOfMonth,
  endOfQuarter,
  endOfWeek,
  formatISO,
  parseISO,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  type Locale,
} from 'date-fns';
import { daysBetween } from './planStates.js';

/** How much time one tick of the axis spans. */
export type TimelineZoom = 'week' | 'month' | 'quarter';

/** Every zoom, finest first. */
export const timelineZooms: readonly TimelineZoom[] = ['week', 'month', 'quarter'];

/** Width of one day, in CSS px, at each zoom. */
export const dayWidth: Record<TimelineZoom, number> = { week: 16, month: 4, quarter: 1.5 };

/** One tick of the axis: the start of a week, month or quarter. */
export interface AxisTick {
  /** ISO calendar date the tick starts. */
  readonly date: string;
  /** Days from the start of the axis. */
  readonly offset: number;
  /** Days the tick spans. */
  readonly span: number;
}

/** The axis of a timeline: its first and last day, its length and its ticks. */
export interface TimeAxis {
  readonly from: string;
  readonly to: string;
  /** Days in the axis, both ends included. */
  readonly days: number;
  readonly ticks: readonly AxisTick[];
}

const iso = (date: Date) => formatISO(date, { representation: 'date' });

const units = {
  week: { start: startOfWeek, end: endOfWeek, add: addWeeks },
  month: { start: startOfMonth, end: endOfMonth, add: addMonths },
  quarter: { start: startOfQuarter, end: endOfQuarter, add: addQuarters },
} as const;

/**
 * The axis that holds every date in `dates` (ISO calendar dates), widened to whole weeks, months
 * or quarters; weeks start on the day `locale` starts them (Monday in en-GB). `null` without dates.
 */
export function timeAxis(
  dates: readonly string[],
  zoom: TimelineZoom,
  locale?: Locale,
): TimeAxis | null {
  if (dates.length === 0) return null;
  let first = dates[0] as string;
  let last = first;
  for (const date of dates) {
    if (date < first) first = date;
    if (date > last) last = date;
  }
  const unit = units[zoom];
  const options = locale === undefined ? {} : { locale };
  const from = unit.start(parseISO(first), options);
  const to = unit.end(parseISO(last), options);
  const fromIso = iso(from);
  const toIso = iso(to);
  const ticks: AxisTick[] = [];
  for (let tick = from; tick <= to; tick = unit.add(tick, 1)) {
    const date = iso(tick);
    const next = iso(unit.add(tick, 1));
    ticks.push({ date, offset: daysBetween(fromIso, date), span: daysBetween(date, next) });
  }
  return { from: fromIso, to: toIso, days: daysBetween(fromIso, toIso) + 1, ticks };
}
