import { readFileSync } from 'node:fs';
import { validateCompetencyFramework } from '@capkit/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InteropIssue } from '../../shared/interopIssue.js';
import { importFrameworkItems, type FrameworkHead } from './frameworkItems.js';

const goldenBytes = new Uint8Array(
  readFileSync(new URL('../fixtures/framework/ddat-items.csv', import.meta.url)),
);
const head = JSON.parse(
  readFileSync(new URL('../fixtures/framework/ddat-head.json', import.meta.url), 'utf8'),
) as FrameworkHead;

// The golden file damaged at random, and files built from the item fields (and junk) with cells
// good and bad: unknown types, parents and scales, duplicate codes, bad language tags, formulas.
const damaged = fc
  .array(
    fc.tuple(
      fc.nat(goldenBytes.length),
      fc.constantFrom(34, 44, 10, 13, 0x31, 0xe9, 0x2d, 0x3d, 0x61),
    ),
    { maxLength: 4 },
  )
  .map((edits) => {
    const bytes = [...goldenBytes];
    for (const [at, byte] of edits) bytes.splice(at, byte % 2 === 0 ? 1 : 0, byte);
    return Uint8Array.from(bytes);
  });
const header = fc.constantFrom(
  'type',
  'id',
  'code',
  'label.en',
  'label.fr',
  'label.!!',
  'label.',
  'statement.en',
  'description.en',
  'parentId',
  'parentCode',
  'scaleId',
  'junk',
  '',
  '__proto__',
  'label.__proto__',
);
const cell = fc.constantFrom(
  '',
  'area',
  'competency',
  'Area',
  'chapter',
  'A',
  'A.1',
  'B',
  'a-1',
  'x y',
  '!',
  'DG-1',
  'DG-1.1',
  'ddat-skill',
  'other-scale',
  'Data literacy',
  '=1+1',
  '"',
  'a,b',
  '\n',
  '\u200b',
  ' ',
  'x'.repeat(250),
);
const built = fc
  .tuple(
    fc.array(header, { minLength: 1, maxLength: 7 }),
    fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 7 }),
    fc.constantFrom(',', ';'),
  )
  .map(([headers, rows, delimiter]) =>
    [headers, ...rows].map((fields) => fields.join(delimiter)).join('\r\n'),
  );
// Files shaped like an items table, most cells good for their column, so that the good-rows
// paths (a bad area with competencies under it) run among sound rows.
const good: Readonly<Record<string, readonly string[]>> = {
  type: ['area', 'competency', 'competency'],
  code: ['A', 'B', 'A.1', 'A.2', 'B.1', 'C.1'],
  'label.en': ['Data', 'Agile', ''],
  'label.fr': ['Données', ''],
  'statement.en': ['Uses data', ''],
  'description.en': ['', '', 'About data'],
  parentCode: ['', 'A', 'B', 'Z'],
  parentId: ['', 'A', 'B'],
  scaleId: ['', 'ddat-skill', 'ddat-skill', 'nope'],
};
const shaped = fc
  .constantFrom(
    [
      'type',
      'code',
      'label.en',
      'label.fr',
      'statement.en',
      'description.en',
      'parentCode',
      'scaleId',
    ],
    ['type', 'code', 'label.en', 'statement.en', 'parentId'],
    ['code', 'label.en', 'statement.en'],
  )
  .chain((headers) =>
    fc
      .array(
        fc.tuple(
          ...headers.map((h) =>
            fc.oneof(
              { weight: 8, arbitrary: fc.constantFrom(...(good[h] ?? [''])) },
              { weight: 1, arbitrary: cell },
            ),
          ),
        ),
        { maxLength: 8 },
      )
      .map((rows) => [headers, ...rows].map((fields) => fields.join(',')).join('\n')),
  );
const input = fc.oneof(
  { weight: 1, arbitrary: damaged },
  { weight: 1, arbitrary: built },
  { weight: 6, arbitrary: shaped },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 40 }) },
);
const heads = fc.constantFrom<FrameworkHead>(
  head,
  head,
  head,
  {
    ...head,
    scales: [...head.scales, ...head.scales.map((scale) => ({ ...scale, id: 'other-scale' }))],
  },
  { ...head, version: '' },
  { ...head, scales: [] },
);
const options = fc.record({
  mode: fc.constantFrom('allOrNothing' as const, 'goodRows' as const),
  maxIssues: fc.constantFrom(1, 2, 1000),
});

function located(issue: InteropIssue): boolean {
  if (issue.code === 'import.tooManyIssues') return true;
  const rowOk = issue.row === undefined || (Number.isInteger(issue.row) && issue.row >= 1);
  return rowOk && (issue.row !== undefined || issue.path !== '') && issue.message.length > 0;
}

describe('importFrameworkItems on malformed input', () => {
  it('never throws on 10,000 malformed inputs; every failure a located issue; nothing silent', () => {
    fc.assert(
      fc.property(input, heads, options, (csv, framework, opts) => {
        const result = importFrameworkItems(csv, { ...opts, framework });
        expect(result.issues.filter((issue) => !located(issue))).toEqual([]);
        if (!result.success) {
          expect(result.issues.length).toBeGreaterThan(0);
          return;
        }
        expect(result.rowsImported + result.rowsRejected).toBe(result.rowsRead);
        if (result.rowsRejected > 0) expect(result.issues.length).toBeGreaterThan(0);
        if (opts.mode === 'allOrNothing') expect(result.issues).toEqual([]);
        // What is imported is a framework the model accepts, references and all.
        expect(validateCompetencyFramework(result.data).success).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });
});
