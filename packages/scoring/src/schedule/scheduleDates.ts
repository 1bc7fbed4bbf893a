import {
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  differenceInCalendarDays,
  parseISO,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
} from 'date-fns';
import { CapkitScoringError } from '../scoringError.js';

// Calendar dates (`YYYY-MM-DD`) have no time zone. They are parsed as local midnights and
// compared with date-fns `differenceInCalendarDays`, which counts calendar days whatever the
// length of the days between (23 or 25 hours across a daylight-saving change), so a schedule
// reads the same in every time zone. Internally a date is its day number: whole days since
// 1970-01-01 counted this way.

// Made on each call, not once: the instant of a local midnight depends on the time zone, which
// a process may change (`process.env.TZ`) after this module loads.
const epoch = () => new Date(1970, 0, 1);

/**
 * Day number of a calendar date: whole calendar days since 1970-01-01 (date-fns
 * `differenceInCalendarDays` on the two local dates).
 *
 * @throws {CapkitScoringError} at `path` when the date does not exist as a local date where
 *   this runs: the few days a time zone skipped whole (Samoa skipped 30 December 2011).
 */
export function dayNumberOf(date: string, path: string): number {
  const local = parseISO(date);
  // A date that does not exist as a local date comes back as another day.
  if (
    Number.isNaN(local.getTime()) ||
    local.getFullYear() !== Number(date.slice(0, 4)) ||
    local.getMonth() + 1 !== Number(date.slice(5, 7)) ||
    local.getDate() !== Number(date.slice(8, 10))
  ) {
    throw new CapkitScoringError(
      path,
      `"${date}" is not a calendar date that exists as a local date in this time zone`,
    );
  }
  return differenceInCalendarDays(local, epoch());
}

/** Calendar date (`YYYY-MM-DD`) of a day number; the inverse of {@link dayNumberOf}. */
export function dateOfDayNumber(day: number): string {
  // Written out by hand: date-fns `format` would bring its locale and every token (about 4.5 kB
  // compressed) for one fixed pattern.
  const local = addDays(epoch(), day);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1, 2)}-${pad(local.getDate(), 2)}`;
}

/** Length of the periods of a burn-down: ISO weeks (Monday to Sunday), calendar months or quarters. */
export type BurnDownPeriod = 'week' | 'month' | 'quarter';

/** Day number of the first day of the period holding `day`. */
export function periodStartOf(day: number, by: BurnDownPeriod): number {
  const local = addDays(epoch(), day);
  const start =
    by === 'week'
      ? startOfWeek(local, { weekStartsOn: 1 })
      : by === 'month'
        ? startOfMonth(local)
        : startOfQuarter(local);
  return differenceInCalendarDays(start, epoch());
}

/** Day number of the first day of the period after the one starting on `periodStart`. */
export function nextPeriodStart(periodStart: number, by: BurnDownPeriod): number {
  const local = addDays(epoch(), periodStart);
  const next =
    by === 'week'
      ? addWeeks(local, 1)
      : by === 'month'
        ? addMonths(local, 1)
        : addQuarters(local, 1);
  return differenceInCalendarDays(next, epoch());
}

/**
 * {@link dayNumberOf} remembering the dates it has read: a plan repeats few distinct dates, and
 * date-fns parsing costs tens of microseconds a date. One per call of the engine, so that a
 * change of time zone between calls is seen.
 */
export function dayCounter(): (date: string, path: string) => number {
  const known = new Map<string, number>();
  return (date, path) => {
    let day = known.get(date);
    if (day === undefined) {
      day = dayNumberOf(date, path);
      known.set(date, day);
    }
    return day;
  };
}
