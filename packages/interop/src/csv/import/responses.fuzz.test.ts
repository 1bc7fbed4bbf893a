import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InteropIssue } from '../../shared/interopIssue.js';
import { surveyCampaign, surveyInstrument } from '../fixtures/surveyInstrument.js';
import { readCsvTable } from '../readCsvTable.js';
import { suggestColumnMapping } from '../suggestColumnMapping.js';
import { importResponses } from './responses.js';

// The KoboToolbox golden file, damaged at random, read with the mapping suggested for the
// intact file; and files built from the mapping's headers and cells a survey export could
// hold, good and bad, over both layouts.
const kobo = new Uint8Array(
  readFileSync(new URL('../fixtures/kobo-semicolon.csv', import.meta.url)),
);
const koboMapping = {
  ...suggestColumnMapping(readCsvTable(kobo).headers, {
    target: 'responses',
    instrument: surveyInstrument,
  }),
  notApplicableValues: ['na'],
};
const damagedKobo = fc
  .array(
    fc.tuple(fc.nat(kobo.length), fc.constantFrom(34, 59, 10, 13, 0x31, 0x39, 0xe9, 0x2c, 0x2f)),
    { maxLength: 4 },
  )
  .map((edits) => {
    const bytes = [...kobo];
    for (const [at, byte] of edits) bytes.splice(at, byte % 2 === 0 ? 1 : 0, byte);
    return Uint8Array.from(bytes);
  });

const wideMapping = {
  format: 'capkit.columnMapping',
  version: 1,
  target: 'responses',
  layout: 'wide',
  notApplicableValues: ['na'],
  missingValues: ['-99'],
  columns: [
    { header: 'who', to: { kind: 'field', field: 'respondentId' } },
    { header: 'as', to: { kind: 'field', field: 'perspective' } },
    { header: 'at', to: { kind: 'field', field: 'submittedAt' } },
    { header: 'q1', to: { kind: 'rating', itemId: 'dl.q1', part: 'value' } },
    { header: 'q3i', to: { kind: 'rating', itemId: 'ux.q3', part: 'importance' } },
    { header: 'q3p', to: { kind: 'rating', itemId: 'ux.q3', part: 'performance' } },
  ],
} as const;
const longMapping = {
  format: 'capkit.columnMapping',
  version: 1,
  target: 'responses',
  layout: 'long',
  columns: [
    { header: 'who', to: { kind: 'field', field: 'respondentId' } },
    { header: 'item', to: { kind: 'field', field: 'itemId' } },
    { header: 'part', to: { kind: 'field', field: 'part' } },
    { header: 'value', to: { kind: 'field', field: 'value' } },
    { header: 'at', to: { kind: 'field', field: 'submittedAt' } },
  ],
} as const;
const cell = fc.constantFrom(
  '',
  '1',
  '5',
  '0',
  '6',
  '3,5',
  '2.0',
  'na',
  '-99',
  'Expert',
  'x',
  '"',
  'p1',
  'p2',
  'a b',
  'self',
  'peer',
  'dl.q1',
  'ux.q3',
  'dl.q9',
  'importance',
  'perf',
  'value',
  '2026-03-01T09:00:00Z',
  '2026-03-01 09:00',
  'yesterday',
  "'=1+1",
);
const row = fc.array(cell, { minLength: 4, maxLength: 7 });
const built = fc
  .tuple(
    fc.constantFrom(wideMapping, longMapping),
    fc.array(row, { maxLength: 6 }),
    fc.constantFrom(',', ';'),
  )
  .map(([mapping, rows, delimiter]) => ({
    mapping,
    csv: [mapping.columns.map((column) => column.header), ...rows]
      .map((fields) =>
        fields
          .map((field) => (/[",;\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field))
          .join(delimiter),
      )
      .join('\n'),
  }));
const input = fc.oneof(
  damagedKobo.map((csv) => ({ mapping: koboMapping, csv: csv })),
  built,
  // A mapping that is not one at all.
  fc
    .constantFrom(null, {}, { ...wideMapping, version: 2 }, { ...longMapping, columns: 'x' })
    .map((mapping) => ({ mapping: mapping, csv: 'who\np1\n' })),
);

// Whole-file problems have no row; everything about one row names the row (and the column
// where one column is at fault, which is all but these row-wide codes).
const wholeFile =
  /^(columnMapping\.|csv\.tooLarge|csv\.tooManyRows|import\.tooManyIssues|import\.campaignInstrumentMismatch|import\.wrongTarget|invalid_|unrecognized_keys|too_)/;
const rowWide = new Set([
  'import.siblingRowRejected',
  'import.conflictingResponseField',
  'invalid_type',
  'invalid_format',
  'too_small',
  'too_big',
  'custom',
]);
function located(issue: InteropIssue): boolean {
  if (typeof issue.message !== 'string' || issue.message === '') return false;
  if (issue.row === undefined) return wholeFile.test(issue.code);
  if (issue.row === 1) return issue.code.startsWith('csv.');
  return typeof issue.column === 'string' || rowWide.has(issue.code);
}

describe('importResponses fuzzing', () => {
  const outcomes = { failed: 0, partly: 0, imported: 0 };
  it('never throws on 10,000 malformed inputs; every failure a located issue; nothing silent', () => {
    fc.assert(
      fc.property(
        input,
        fc.constantFrom('allOrNothing' as const, 'goodRows' as const),
        ({ mapping, csv }, mode) => {
          const result = importResponses(csv, {
            mapping,
            instrument: surveyInstrument,
            campaign: surveyCampaign,
            mode,
          });
          expect(result.issues.filter((issue) => !located(issue))).toEqual([]);
          if (!result.success) {
            outcomes.failed += 1;
            expect(result.issues.length).toBeGreaterThan(0);
            return;
          }
          expect(result.rowsImported + result.rowsRejected).toBe(result.rowsRead);
          if (mode === 'allOrNothing') expect(result.issues).toEqual([]);
          // Every rejected row has an issue of its own, and no imported row has one.
          const rowsWithIssues = new Set(result.issues.map((issue) => issue.row));
          expect(rowsWithIssues.size).toBe(result.rowsRejected);
          outcomes[result.rowsRejected > 0 ? 'partly' : 'imported'] += 1;
        },
      ),
      { numRuns: 10_000 },
    );
    // The generators reach all three outcomes, so the checks above are not vacuous.
    expect(Object.values(outcomes).every((count) => count > 100)).toBe(true);
  });
});
