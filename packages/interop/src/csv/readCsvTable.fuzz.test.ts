import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InteropIssue } from '../shared/interopIssue.js';
import { readCsvTable } from './readCsvTable.js';

// Cheap malformed CSV: text over an alphabet of the characters that matter to a CSV reader,
// and a real export with random bytes inserted, removed or replaced.
const csvChar = fc.constantFrom(
  '"',
  ',',
  ';',
  '\t',
  '\n',
  '\r',
  "'",
  '=',
  'a',
  'é',
  '1',
  ' ',
  '\uFEFF',
  '\u0000',
);
const noise = fc.string({ unit: csvChar, maxLength: 60 });
const base = new TextEncoder().encode(
  '\uFEFF"start";"_uuid";"grp/q1";"grp/q2"\r\n"2026-03-01";"u-1";"4";"3,5"\r\n"2026-03-02";"u-2";"";"na"\r\n',
);
const mutated = fc
  .array(
    fc.tuple(
      fc.nat(base.length),
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom('insert', 'delete', 'replace'),
    ),
    { maxLength: 6 },
  )
  .map((edits) => {
    const bytes = [...base];
    for (const [at, byte, edit] of edits) {
      if (edit === 'insert') bytes.splice(at, 0, byte);
      else if (edit === 'delete') bytes.splice(at, 1);
      else bytes[at] = byte;
    }
    return Uint8Array.from(bytes);
  });
const input = fc.oneof(noise, mutated, fc.uint8Array({ maxLength: 40 }));
const limits = fc.record({
  maxRows: fc.integer({ min: 1, max: 4 }),
  maxColumns: fc.integer({ min: 1, max: 6 }),
  maxFieldLength: fc.integer({ min: 1, max: 12 }),
});

const fileLevel = new Set(['csv.tooLarge', 'csv.tooManyRows']);
function located(issue: InteropIssue): boolean {
  if (typeof issue.code !== 'string' || typeof issue.message !== 'string' || issue.message === '')
    return false;
  if (fileLevel.has(issue.code)) return true;
  if (issue.row === undefined || issue.row < 1) return false;
  // Row-level problems also name their column; header problems name theirs when there is one.
  return issue.row === 1 ? true : typeof issue.column === 'string';
}

describe('readCsvTable fuzzing', () => {
  it('never throws on 10,000 malformed inputs; every issue is located; rows fit the header', () => {
    fc.assert(
      fc.property(input, fc.option(limits, { nil: undefined }), (csv, caps) => {
        const table = readCsvTable(csv, caps === undefined ? {} : { limits: caps });
        expect(table.issues.filter((issue) => !located(issue))).toEqual([]);
        expect(table.rows.every((row) => row.length === table.headers.length)).toBe(true);
        expect(table.rowNumbers.length).toBe(table.rows.length);
        expect(
          table.rowNumbers.every((row, i) => row >= 2 && row > (table.rowNumbers[i - 1] ?? 1)),
        ).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });
});
