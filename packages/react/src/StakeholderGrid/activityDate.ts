/**
 * A calendar date (`YYYY-MM-DD`) in the reader's locale, medium length ("2 Dec 2026"). It is
 * read and written in UTC, so a server and a browser in other time zones print the same day
 * (hydration matches); no clock is read. An app that formats dates with date-fns passes its own
 * formatter instead (the `formatDate` prop), e.g. `(d) => format(parseISO(d), 'PP', { locale })`.
 */
export function calendarDateFormatter(locale: string): (isoDate: string) => string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return (isoDate) => {
    const [year, month, day] = isoDate.split('-').map(Number);
    if (year === undefined || month === undefined || day === undefined) return isoDate;
    const time = Date.UTC(year, month - 1, day);
    return Number.isNaN(time) ? isoDate : format.format(time);
  };
}
