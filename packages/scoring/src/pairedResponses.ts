import { MISSING } from './responseMatrix.js';
import { CapkitScoringError } from './scoringError.js';

/**
 * Importance and performance ratings of many respondents on the same items, as two row-major
 * byte arrays: respondent `r`'s ratings of item `j` are at `importance[r * items + j]` and
 * `performance[r * items + j]`, {@link MISSING} when absent. This is the input of every
 * training-needs score (Borich, ranked discrepancy, importance–performance, Hennessy-Hicks).
 *
 * "Importance" and "performance" stand for whichever pair the instrument asks: importance and
 * current ability (Borich 1980), required and current level, or importance and performance
 * (Martilla & James 1977; Hennessy & Hicks).
 */
export interface PairedResponses {
  readonly respondents: number;
  readonly items: number;
  /** Importance (required level) ratings, row-major; {@link MISSING} when absent. */
  readonly importance: Uint8Array;
  /** Performance (current level) ratings, row-major; {@link MISSING} when absent. */
  readonly performance: Uint8Array;
}

/** One respondent's two ratings of every item; `null` marks a missing rating. */
export interface PairedRow {
  readonly importance: readonly (number | null)[];
  readonly performance: readonly (number | null)[];
}

/** Whole-number rating range shared by both ratings, e.g. `{ min: 1, max: 5 }`. */
export interface RatingScale {
  /** Lowest rating, a whole number from 0 to 253. */
  readonly min: number;
  /** Highest rating, a whole number above `min` and at most 254. */
  readonly max: number;
}

/**
 * Builds {@link PairedResponses} from rows (`null` for missing), for tests and small data.
 * Large data should be written straight into the two `Uint8Array`s. The number of items is
 * the length of the first row's ratings (0 when there are no rows).
 *
 * @throws {RangeError} naming the row and side that has the wrong length, or the rating that is
 *   not a whole number from 0 to 254, e.g. `rows[2].performance[1] is 2.5, …`.
 */
export function pairedResponsesFromRows(rows: readonly PairedRow[]): PairedResponses {
  const items = rows[0]?.importance.length ?? 0;
  const importance = new Uint8Array(rows.length * items);
  const performance = new Uint8Array(rows.length * items);
  rows.forEach((row, r) => {
    writeSide(row.importance, importance, r, items, 'importance');
    writeSide(row.performance, performance, r, items, 'performance');
  });
  return { respondents: rows.length, items, importance, performance };
}

function writeSide(
  values: readonly (number | null)[],
  target: Uint8Array,
  r: number,
  items: number,
  side: 'importance' | 'performance',
): void {
  if (values.length !== items) {
    throw new RangeError(`rows[${r}].${side} has ${values.length} ratings, expected ${items}`);
  }
  values.forEach((value, j) => {
    if (value !== null && !(Number.isInteger(value) && value >= 0 && value < MISSING)) {
      throw new RangeError(
        `rows[${r}].${side}[${j}] is ${String(value)}, not a whole number from 0 to 254`,
      );
    }
    target[r * items + j] = value ?? MISSING;
  });
}

/**
 * Checks a rating scale: whole numbers with 0 ≤ min < max ≤ 254.
 *
 * @throws {CapkitScoringError} at `scale.min` or `scale.max`.
 */
export function validateRatingScale(scale: RatingScale): void {
  const { min, max } = scale;
  if (!(Number.isInteger(min) && min >= 0 && min < MISSING - 1)) {
    throw new CapkitScoringError(
      'scale.min',
      `must be a whole number from 0 to 253, got ${String(min)}`,
    );
  }
  if (!(Number.isInteger(max) && max > min && max < MISSING)) {
    throw new CapkitScoringError(
      'scale.max',
      `must be a whole number above scale.min (${min}) and at most 254, got ${String(max)}`,
    );
  }
}

/**
 * Checks paired responses against a rating scale before anything is computed from them: the
 * counts are whole numbers, both arrays hold `respondents × items` bytes, and every byte is
 * either {@link MISSING} or a rating from `scale.min` to `scale.max`. One pass over the bytes.
 *
 * @throws {CapkitScoringError} naming the first problem, e.g. `importance[row 12][item 3]` for a
 *   byte off the scale, `performance.length` for an array of the wrong size, `scale.max`.
 */
export function validatePairedResponses(data: PairedResponses, scale: RatingScale): void {
  validateRatingScale(scale);
  const { respondents, items } = data;
  if (!(Number.isSafeInteger(respondents) && respondents >= 0)) {
    throw new CapkitScoringError(
      'respondents',
      `must be a whole number ≥ 0, got ${String(respondents)}`,
    );
  }
  if (!(Number.isSafeInteger(items) && items >= 0)) {
    throw new CapkitScoringError('items', `must be a whole number ≥ 0, got ${String(items)}`);
  }
  const cells = respondents * items;
  for (const side of ['importance', 'performance'] as const) {
    const bytes = data[side];
    if (!(bytes instanceof Uint8Array)) {
      throw new CapkitScoringError(side, 'must be a Uint8Array');
    }
    if (bytes.length !== cells) {
      throw new CapkitScoringError(
        `${side}.length`,
        `is ${bytes.length}, expected respondents × items = ${respondents} × ${items} = ${cells}`,
      );
    }
  }
  // A 256-entry table makes the check one load and one test per byte.
  const allowed = new Uint8Array(256);
  allowed[MISSING] = 1;
  allowed.fill(1, scale.min, scale.max + 1);
  for (const side of ['importance', 'performance'] as const) {
    const bytes = data[side];
    for (let k = 0; k < cells; k += 1) {
      const byte = bytes[k] ?? 0;
      if (allowed[byte] === 0) {
        const row = Math.floor(k / items);
        throw new CapkitScoringError(
          `${side}[row ${row}][item ${k - row * items}]`,
          `is ${byte}, neither missing (${MISSING}) nor on the scale ${scale.min}–${scale.max}`,
        );
      }
    }
  }
}
