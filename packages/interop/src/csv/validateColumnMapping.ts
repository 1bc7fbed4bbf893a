import { fromZodIssue, type Instrument } from '@capkit/model';
import { interopIssue, type InteropIssue } from '../shared/interopIssue.js';
import { columnMappingSchema, type ColumnMapping } from './columnMapping.js';
import { longLayoutFields, requiredResponseFields, responseFields } from './responseFields.js';

/** Options of {@link validateColumnMapping}. */
export interface ValidateColumnMappingOptions {
  /** Headers of the file the mapping is for: each must be mapped, and only these. */
  readonly headers?: readonly string[];
  /** For responses: the instrument whose items the rating columns answer. */
  readonly instrument?: Instrument;
  /** For other targets: the fields a column may map to, and those that must be mapped. */
  readonly fields?: readonly string[];
  readonly requiredFields?: readonly string[];
}

/** A checked column mapping, or every problem found in it. */
export type ColumnMappingResult =
  | { readonly success: true; readonly data: ColumnMapping }
  | { readonly success: false; readonly issues: readonly InteropIssue[] };

/**
 * Checks a column mapping (as parsed from JSON) against {@link columnMappingSchema} — unknown
 * keys are errors — then against the file and instrument it is used with: a header the file
 * does not have (`columnMapping.unknownHeader`), a file header the mapping leaves out
 * (`columnMapping.unmappedHeader`: a question added to the form since the mapping was saved
 * must not be dropped silently), a header listed twice, an item not in the instrument, a part
 * that does not fit the item's format, one item or field mapped twice, a field the target does
 * not have, a required field not mapped. Every issue has a `path` into the mapping and, where
 * it concerns one column, that `column`.
 */
export function validateColumnMapping(
  input: unknown,
  options: ValidateColumnMappingOptions = {},
): ColumnMappingResult {
  const parsed = columnMappingSchema.safeParse(input);
  if (!parsed.success)
    return { success: false, issues: parsed.error.issues.map((issue) => fromZodIssue(issue)) };
  const mapping = parsed.data;
  const issues: InteropIssue[] = [];
  const isResponses = mapping.target === 'responses';
  const layout = mapping.layout ?? 'wide';
  const allowedFields: ReadonlySet<string> = new Set(
    isResponses
      ? responseFields.filter((field) => layout === 'long' || !longLayoutFields.has(field))
      : (options.fields ?? []),
  );
  const items = new Map(options.instrument?.items.map((item) => [item.id, item]));
  const headersSeen = new Map<string, number>();
  const targetsSeen = new Map<string, number>();
  mapping.columns.forEach(({ header, to }, index) => {
    const at = (...path: PropertyKey[]) => ({ path: ['columns', index, ...path], column: header });
    const firstHeader = headersSeen.get(header);
    if (firstHeader !== undefined)
      issues.push(
        interopIssue(
          at('header'),
          'columnMapping.duplicateHeader',
          `Header also listed at columns[${firstHeader}]`,
        ),
      );
    else headersSeen.set(header, index);
    if (options.headers !== undefined && !options.headers.includes(header))
      issues.push(
        interopIssue(
          at('header'),
          'columnMapping.unknownHeader',
          'The file has no column with this header',
        ),
      );
    if (to.kind === 'ignore') return;
    let key: string;
    if (to.kind === 'field') {
      key = `field:${to.field}`;
      if (!allowedFields.has(to.field))
        issues.push(
          interopIssue(
            at('to', 'field'),
            'columnMapping.unknownField',
            `"${to.field}" is not a field of ${mapping.target}${isResponses ? ` in the ${layout} layout` : ''}`,
          ),
        );
    } else {
      key = `item:${to.itemId}:${to.part}`;
      if (!isResponses || layout === 'long') {
        issues.push(
          interopIssue(
            at('to'),
            'columnMapping.ratingNotAllowed',
            'Only a wide responses mapping has rating columns; in the long layout map a value column',
          ),
        );
      } else if (options.instrument !== undefined) {
        const item = items.get(to.itemId);
        if (item === undefined)
          issues.push(
            interopIssue(
              at('to', 'itemId'),
              'columnMapping.unknownItem',
              `The instrument has no item "${to.itemId}"`,
            ),
          );
        else if ((item.format === 'rating') !== (to.part === 'value'))
          issues.push(
            interopIssue(
              at('to', 'part'),
              'columnMapping.partMismatch',
              item.format === 'rating'
                ? `Item "${to.itemId}" takes one rating: use part "value"`
                : `Item "${to.itemId}" is paired: use part "importance" or "performance"`,
            ),
          );
      }
    }
    const first = targetsSeen.get(key);
    if (first === undefined) targetsSeen.set(key, index);
    else
      issues.push(
        interopIssue(
          at('to'),
          'columnMapping.duplicateTarget',
          `Column "${mapping.columns[first]?.header ?? ''}" (columns[${first}]) already maps here`,
        ),
      );
  });
  if (options.headers !== undefined)
    for (const header of new Set(options.headers))
      if (!headersSeen.has(header))
        issues.push(
          interopIssue(
            { path: ['columns'], column: header },
            'columnMapping.unmappedHeader',
            'The mapping does not say where this column goes (map it, or map it to ignore)',
          ),
        );
  const required = isResponses ? requiredResponseFields[layout] : (options.requiredFields ?? []);
  for (const field of required)
    if (!targetsSeen.has(`field:${field}`))
      issues.push(
        interopIssue(
          { path: ['columns'] },
          'columnMapping.requiredFieldMissing',
          `No column maps to the field "${field}"`,
        ),
      );
  return issues.length === 0 ? { success: true, data: mapping } : { success: false, issues };
}

/** A column mapping as JSON text to save (two-space indented, ending with a newline). */
export function serializeColumnMapping(mapping: ColumnMapping): string {
  return `${JSON.stringify(mapping, null, 2)}\n`;
}

/**
 * Reads a saved column mapping: JSON syntax, then {@link validateColumnMapping} with `options`.
 * Never throws; a syntax error is an issue with code `columnMapping.invalidJson`.
 */
export function parseColumnMapping(
  text: string,
  options: ValidateColumnMappingOptions = {},
): ColumnMappingResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      success: false,
      issues: [
        interopIssue(
          {},
          'columnMapping.invalidJson',
          `The column mapping is not JSON: ${error instanceof Error ? error.message : String(error)}`,
        ),
      ],
    };
  }
  return validateColumnMapping(json, options);
}
