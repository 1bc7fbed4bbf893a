import { idSchema } from '@capkit/model';
import { z } from 'zod';
import { interopLimits } from '../shared/limits.js';

/** What a CSV's rows hold. */
export const csvTargetSchema = z.enum([
  'responses',
  'people',
  'units',
  'roles',
  'memberships',
  'frameworkItems',
]);

/** What a CSV's rows hold; see {@link csvTargetSchema}. */
export type CsvTarget = z.infer<typeof csvTargetSchema>;

/**
 * Where one column goes: nowhere (`ignore`, e.g. KoboToolbox's `_index`), into a field of the
 * document each row becomes (`field`: `respondentId`, `submittedAt`, `unitId`, `name.en`…), or,
 * for responses in the wide layout (a column per item), into an answer to one instrument item
 * (`rating`; `part` picks the importance or performance rating of a paired item).
 */
export const columnTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ignore') }),
  z.strictObject({ kind: z.literal('field'), field: z.string().min(1).max(200) }),
  z.strictObject({
    kind: z.literal('rating'),
    itemId: idSchema,
    part: z.enum(['value', 'importance', 'performance']),
  }),
]);

/** Where one column goes; see {@link columnTargetSchema}. */
export type ColumnTarget = z.infer<typeof columnTargetSchema>;

/**
 * How to read one kind of CSV export into capkit: a header → target per column, and how the file
 * is written. Suggested from the headers, edited by the user, then saved as JSON and reused for
 * the next export from the same form, so that a monthly import is one step.
 */
export const columnMappingSchema = z.strictObject({
  format: z.literal('capkit.columnMapping'),
  version: z.literal(1),
  target: csvTargetSchema,
  /** For responses: a column per item (`wide`, as survey tools export) or a row per answer (`long`). */
  layout: z.enum(['wide', 'long']).optional(),
  dialect: z.enum(['kobo', 'odk', 'limesurvey', 'generic']).optional(),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).optional(),
  delimiter: z.enum([',', ';', '\t']).optional(),
  decimalSeparator: z.enum(['.', ',']).optional(),
  /** Values that mean "not applicable" (e.g. `n/a`, `99`), and values that mean skipped. */
  notApplicableValues: z.array(z.string().max(100)).max(100).optional(),
  missingValues: z.array(z.string().max(100)).max(100).optional(),
  columns: z
    .array(z.strictObject({ header: z.string().max(1000), to: columnTargetSchema }))
    .max(interopLimits.maxColumns),
});

/** A saved column mapping; see {@link columnMappingSchema}. */
export type ColumnMapping = z.infer<typeof columnMappingSchema>;
