/** Byte that marks a rating as missing: skipped, not applicable, or never reached. */
export const MISSING = 255;

/**
 * Ratings of many respondents on many items as one row-major byte array: respondent `r`'s
 * rating of item `j` is at `ratings[r * items + j]`, {@link MISSING} when absent. Ratings are
 * whole numbers from 0 to 254, which covers every scale in use; one byte each keeps a national
 * survey (1,000,000 people × 40 items) at 40 MB and lets one pass read it all.
 */
export interface ResponseMatrix {
  readonly respondents: number;
  readonly items: number;
  readonly ratings: Uint8Array;
}

/**
 * Builds a {@link ResponseMatrix} from rows of ratings (`null` for missing), for tests and small
 * data. Large data should be written straight into a `Uint8Array`.
 *
 * @throws {RangeError} when a row has the wrong length or a value is not a whole number 0–254.
 */
export function responseMatrixFromRows(
  rows: readonly (readonly (number | null)[])[],
  items: number,
): ResponseMatrix {
  const ratings = new Uint8Array(rows.length * items);
  rows.forEach((row, r) => {
    if (row.length !== items)
      throw new RangeError(`rows[${r}] has ${row.length} ratings, expected ${items}`);
    row.forEach((value, j) => {
      if (value !== null && !(Number.isInteger(value) && value >= 0 && value < MISSING)) {
        throw new RangeError(
          `rows[${r}][${j}] is ${String(value)}, not a whole number from 0 to 254`,
        );
      }
      ratings[r * items + j] = value ?? MISSING;
    });
  });
  return { respondents: rows.length, items, ratings };
}
