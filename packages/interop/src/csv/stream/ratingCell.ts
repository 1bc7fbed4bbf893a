/** A cell that holds nothing (after trimming spaces): a skipped rating. */
export const emptyCell = -1;
/** A cell that is not a number, e.g. `agree` or `3a`. */
export const notANumber = -2;
/** A number with a fractional part, e.g. `3.5`: ratings are whole numbers. */
export const notAWholeNumber = -3;
/** A whole number below 0 or above 254, which no rating byte holds. */
export const outsideByteRange = -4;

const space = 0x20;
const tab = 0x09;
const zero = 0x30;
const nine = 0x39;
const plus = 0x2b;
const minus = 0x2d;

/**
 * Reads a rating straight from a cell's bytes, without making a string: the whole number 0–254,
 * or one of the negative codes above. Accepts surrounding spaces, a `+`, and a fractional part
 * of zeros after `decimalSeparator` (`4.0`, or `4,0` with a decimal comma), which spreadsheets
 * write for whole numbers.
 */
export function parseRatingCell(
  bytes: Uint8Array,
  start: number,
  end: number,
  decimalSeparator: number,
): number {
  while (start < end && (bytes[start] === space || bytes[start] === tab)) start += 1;
  while (end > start && (bytes[end - 1] === space || bytes[end - 1] === tab)) end -= 1;
  if (start === end) return emptyCell;
  let negative = false;
  const sign = bytes[start];
  if (sign === plus || sign === minus) {
    negative = sign === minus;
    start += 1;
    if (start === end) return notANumber;
  }
  let value = 0;
  let i = start;
  for (; i < end; i += 1) {
    const byte = bytes[i] ?? 0;
    if (byte < zero || byte > nine) break;
    // Saturate: any value this large is out of range, and digits stay cheap to read.
    if (value < 1000) value = value * 10 + (byte - zero);
  }
  if (i === start) return notANumber;
  let fractional = false;
  if (i < end) {
    if (bytes[i] !== decimalSeparator || i + 1 === end) return notANumber;
    for (i += 1; i < end; i += 1) {
      const byte = bytes[i] ?? 0;
      if (byte < zero || byte > nine) return notANumber;
      if (byte !== zero) fractional = true;
    }
  }
  if (fractional) return notAWholeNumber;
  if (negative && value !== 0) return outsideByteRange;
  return value > 254 ? outsideByteRange : value;
}
