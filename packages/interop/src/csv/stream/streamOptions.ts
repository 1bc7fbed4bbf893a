import { z } from 'zod';
import { columnMappingSchema } from '../columnMapping.js';
import { interopLimits } from '../../shared/limits.js';

const isFunction = (value: unknown) => typeof value === 'function';

/**
 * The options of {@link streamCsvToMatrix} that can cross to a Web Worker (everything but the
 * progress callback and the abort signal).
 */
export const csvMatrixSettingsSchema = z.strictObject({
  /** The saved column mapping: which column holds the respondent id and each item's rating. */
  mapping: columnMappingSchema,
  /** Item ids in matrix column order; a column's item must be one of them. */
  itemOrder: z
    .array(z.string().min(1).max(200))
    .max(interopLimits.maxColumns)
    .refine((ids) => new Set(ids).size === ids.length, 'item ids must be unique'),
  /** Overrides the mapping's encoding and the detected one. */
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).optional(),
  /** Overrides the mapping's delimiter and the detected one. */
  delimiter: z.enum([',', ';', '\t']).optional(),
  /** Overrides the mapping's decimal separator; `.` when neither says. */
  decimalSeparator: z.enum(['.', ',']).optional(),
  /** Ratings allowed, inclusive; anything else is an `csv.outOfRange` issue. @default { min: 0, max: 254 } */
  scale: z
    .strictObject({ min: z.int().min(0).max(254), max: z.int().min(0).max(254) })
    .refine((scale) => scale.min <= scale.max, 'min must not exceed max')
    .optional(),
  /** For paired items, which rating the matrix holds. @default 'performance' */
  pairedRating: z.enum(['performance', 'importance']).optional(),
  /** Also return the other rating of each paired item, as `paired`. @default false */
  paired: z.boolean().optional(),
  /** @default 'allOrNothing' */
  mode: z.enum(['allOrNothing', 'goodRows']).optional(),
  /** Issues collected before reading stops. @default interopLimits.maxIssues */
  maxIssues: z.int().min(1).max(1_000_000).optional(),
});

/** Options of {@link streamCsvToMatrix} that can be sent to a worker; see {@link csvMatrixSettingsSchema}. */
export type CsvMatrixSettings = z.input<typeof csvMatrixSettingsSchema>;

export const csvMatrixOptionsSchema = csvMatrixSettingsSchema.extend({
  /** Called after each chunk with the bytes read from the source and the data rows read. */
  onProgress: z
    .custom<(bytesRead: number, rowsRead: number) => void>(isFunction, 'must be a function')
    .optional(),
  /** Stops reading; the promise then rejects with `signal.reason`. */
  signal: z
    .custom<AbortSignal>(
      (value) => typeof AbortSignal !== 'undefined' && value instanceof AbortSignal,
      'must be an AbortSignal',
    )
    .optional(),
});

/** Options of {@link streamCsvToMatrix}. */
export type CsvMatrixOptions = z.input<typeof csvMatrixOptionsSchema>;
