import { format, parseISO, type Locale } from 'date-fns';

/**
 * A calendar day through date-fns in the app's `dateLocale` (date-fns' own English when absent),
 * by default in its localised medium form `PP` ("Jun 2, 2026", "2 juin 2026"). Takes a
 * `YYYY-MM-DD` date or an ISO date-time, whose day is read from the string (its first ten
 * characters), so a server and a browser in other time zones print the same day and hydration
 * matches; no clock is read. What is not a date comes back as given.
 */
export function formatCalendarDay(
  date: string,
  dateLocale: Locale | undefined,
  pattern = 'PP',
): string {
  const day = parseISO(date.slice(0, 10));
  if (Number.isNaN(day.getTime())) return date;
  return dateLocale === undefined
    ? format(day, pattern)
    : format(day, pattern, { locale: dateLocale });
}
