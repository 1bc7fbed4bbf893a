/**
 * How to read a date written day and month with slashes or dots (`03/04/2026`): day first
 * (most of the world, and Excel outside the US) or month first (US exports). Without it such a
 * date is an error, since `03/04/2026` is either 3 April or 4 March.
 */
export type DateOrder = 'dayFirst' | 'monthFirst';

/** A calendar date read from a cell, or why it could not be read. */
export type ReadDate =
  { readonly ok: true; readonly date: string } | { readonly ok: false; readonly message: string };

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date-time as survey tools and databases write it; the calendar date is the one written.
const isoDateTime =
  /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const yearFirstSlashed = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const yearLast = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
// A spreadsheet's date serial (days since 1899-12-30 in Excel's 1900 system, as a date cell
// formatted as a number exports): five digits, 1927-05-18 to 2173-10-14.
const spreadsheetSerial = /^\d{5}$/;

/**
 * Reads a calendar date as ISO 8601 (`2026-03-01`). Accepted: `2026-03-01`; a date-time
 * (`2026-03-01T09:30:00Z`, `2026-03-01 09:30`), whose written day is kept; `2026/03/01` and
 * `2026.3.1`; a spreadsheet date serial (`46082`, days since 1899-12-30); and, with `order`,
 * `01/03/2026`, `1.3.2026` or `01-03-2026`. The day must exist (no 31 April, 29 February only in
 * leap years).
 */
export function readCalendarDate(text: string, order?: DateOrder): ReadDate {
  const value = text.trim();
  const iso = isoDate.exec(value) ?? isoDateTime.exec(value) ?? yearFirstSlashed.exec(value);
  if (iso !== null) return checked(iso[1], iso[2], iso[3], value);
  if (spreadsheetSerial.test(value)) {
    const date = new Date(Date.UTC(1899, 11, 30) + Number(value) * 86_400_000);
    return { ok: true, date: date.toISOString().slice(0, 10) };
  }
  const local = yearLast.exec(value);
  if (local !== null) {
    const [, first, second, year] = local;
    if (order === undefined)
      return first === second
        ? checked(year, first, second, value)
        : {
            ok: false,
            message: `${JSON.stringify(value)} could be day first or month first: write it as ${year ?? ''}-MM-DD, or set dateOrder`,
          };
    return order === 'dayFirst'
      ? checked(year, second, first, value)
      : checked(year, first, second, value);
  }
  return {
    ok: false,
    message: `${JSON.stringify(value.slice(0, 40))} is not a date: write it as YYYY-MM-DD`,
  };
}

function checked(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  written: string,
): ReadDate {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  // setUTCFullYear, not Date.UTC, which reads the years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  if (y < 1 || m < 1 || m > 12 || d < 1 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return { ok: false, message: `${JSON.stringify(written)} is not a day of the calendar` };
  return {
    ok: true,
    date: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  };
}
