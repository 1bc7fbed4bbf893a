import { format, formatISO, parseISO, type Locale } from 'date-fns';

/**
 * The calendar day of an ISO date-time, through date-fns in `dateLocale` (date-fns' English
 * when absent), e.g. "Jun 2, 2026". The day is read from the string (its first ten characters),
 * so a server and a browser in other time zones print the same day and hydration matches.
 */
export function formatReachedDate(at: string, dateLocale: Locale | undefined): string {
  const day = parseISO(at.slice(0, 10));
  if (Number.isNaN(day.getTime())) return at;
  return dateLocale === undefined ? format(day, 'PP') : format(day, 'PP', { locale: dateLocale });
}

/** The stamp of a move: the app's `asOf`, as given when a string, through `formatISO` when a Date. */
export function moveStamp(asOf: string | Date): string {
  return typeof asOf === 'string' ? asOf : formatISO(asOf);
}
