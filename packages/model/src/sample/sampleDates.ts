import {
  addDays,
  addMilliseconds,
  addMonths,
  formatISO,
  milliseconds,
  parseISO,
  type Duration,
} from 'date-fns';

// Calendar dates are parsed and formatted in local time, so day and month arithmetic gives the
// same ISO date in every time zone. Instants use only UTC milliseconds (never addDays, which
// keeps local wall-clock time across a daylight-saving change and so would shift UTC).

/** The calendar date `days` days after the ISO date `date`. */
export function shiftDate(date: string, days: number): string {
  return formatISO(addDays(parseISO(date), days), { representation: 'date' });
}

/** The calendar date `months` months after the ISO date `date`. */
export function shiftMonths(date: string, months: number): string {
  return formatISO(addMonths(parseISO(date), months), { representation: 'date' });
}

/**
 * The UTC instant `duration` after the ISO instant `instant`, counting a day as exactly 24 hours
 * (and a month as 30.4375 days, as date-fns's `milliseconds` does).
 */
export function shiftInstant(instant: string, duration: Duration): string {
  return addMilliseconds(parseISO(instant), milliseconds(duration)).toISOString();
}
