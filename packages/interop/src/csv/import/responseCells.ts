import { dateTimeSchema, type RatingScale } from '@capkit/model';
import { looseKey } from '../dialectColumns.js';

/** What one rating cell holds, read through the mapping's conventions. */
export type RatingCell =
  | { readonly kind: 'absent' }
  | { readonly kind: 'value'; readonly value: number | null }
  | { readonly kind: 'notApplicable' }
  | { readonly kind: 'invalid'; readonly code: string; readonly message: string };

/** How a file writes ratings. */
export interface RatingConventions {
  readonly scale: RatingScale;
  readonly decimalSeparator: '.' | ',';
  readonly notApplicableValues: ReadonlySet<string>;
  readonly missingValues: ReadonlySet<string>;
}

const decimalPoint = /^[+-]?\d+(?:\.\d+)?$/;
const decimalComma = /^[+-]?\d+(?:,\d+)?$/;

/**
 * Reads a rating cell: blank is no answer (the item was not shown or not reached); one of
 * `missingValues` is a question seen but skipped (`null`); one of `notApplicableValues` is
 * "not applicable" (an error when the scale does not allow it); a number — with the file's
 * decimal separator — or a scale label (in any of its languages) must be a point of the scale.
 */
export function readRatingCell(text: string, conventions: RatingConventions): RatingCell {
  const cell = text.trim();
  if (cell === '') return { kind: 'absent' };
  if (conventions.missingValues.has(cell)) return { kind: 'value', value: null };
  const { scale } = conventions;
  if (conventions.notApplicableValues.has(cell)) {
    return scale.allowNotApplicable
      ? { kind: 'notApplicable' }
      : {
          kind: 'invalid',
          code: 'import.notApplicableNotAllowed',
          message: `"${cell}" means not applicable, which this instrument's scale does not allow`,
        };
  }
  const pattern = conventions.decimalSeparator === ',' ? decimalComma : decimalPoint;
  let value: number | undefined;
  if (pattern.test(cell)) value = Number(cell.replace(',', '.'));
  else value = labelValue(cell, scale);
  if (value === undefined)
    return {
      kind: 'invalid',
      code: 'import.notARating',
      message: `"${cell}" is not a rating: expected a whole number from ${scale.min} to ${scale.max}${
        conventions.decimalSeparator === ',' ? ' (decimal comma)' : ''
      }, a scale label, or a not-applicable or missing value of the mapping`,
    };
  if (!Number.isInteger(value) || value < scale.min || value > scale.max)
    return {
      kind: 'invalid',
      code: 'import.ratingOutOfScale',
      message: `${cell} is not a point of the scale ${scale.min}–${scale.max}`,
    };
  return { kind: 'value', value };
}

function labelValue(cell: string, scale: RatingScale): number | undefined {
  const key = looseKey(cell);
  for (const point of scale.labels ?? [])
    for (const label of Object.values(point.label))
      if (typeof label === 'string' && looseKey(label) === key) return point.value;
  return undefined;
}

const withOffset = /(?:Z|[+-]\d{2}:\d{2})$/;
const looseDateTime =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2}(?:[.,]\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads a timestamp as ISO 8601 with an offset. A value that already is one is kept as written
 * (so capkit's own export reads back unchanged); survey tools' forms are normalised:
 * LimeSurvey's `2026-03-01 09:12:33`, KoboToolbox's `2026-03-01T09:12:33` without an offset,
 * `+0200` offsets, a date alone (midnight). A time without an offset is taken in
 * `assumedOffset` (UTC unless the caller says otherwise). `undefined` when it is no timestamp.
 */
export function readDateTime(text: string, assumedOffset: string): string | undefined {
  const cell = text.trim();
  // Only a value ending in an offset can already be ISO 8601 as the model wants it; asking zod
  // about the others first would build an error object per cell.
  if (withOffset.test(cell) && dateTimeSchema.safeParse(cell).success) return cell;
  const parts = looseDateTime.exec(cell);
  if (parts === null) return undefined;
  const [, date = '', time = '00:00', seconds = ':00', offset = assumedOffset] = parts;
  const iso = `${date}T${time}${seconds.replace(',', '.')}${
    /^[+-]\d{4}$/.test(offset) ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset
  }`;
  return dateTimeSchema.safeParse(iso).success ? iso : undefined;
}
