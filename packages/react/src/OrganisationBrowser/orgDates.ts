/** Formats an ISO calendar date (`YYYY-MM-DD`) for the reader of `locale`. */
export type DateFormatter = (isoDate: string, locale: string) => string;

const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * The default {@link DateFormatter}: the date in the reader's locale ("2 Dec 2026"), read and
 * written in UTC so that a calendar date never moves a day with the server's or the reader's
 * time zone (and server and browser render the same text). An app that formats dates with
 * date-fns passes its own, e.g. `(date) => format(parseISO(date), 'PP', { locale: ar })`.
 */
export const formatCalendarDate: DateFormatter = (isoDate, locale) => {
  let format = cache.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    cache.set(locale, format);
  }
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? isoDate : format.format(time);
};
