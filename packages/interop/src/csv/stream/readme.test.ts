import { createReadStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it, vi } from 'vitest';
// README: import { describeIssue } from '@capkit/interop';
import { describeIssue } from '../../shared/interopIssue.js';
// README: import { columnMappingSchema } from '@capkit/interop/csv';
import { columnMappingSchema } from '../columnMapping.js';
// README: import { streamCsvToMatrix } from '@capkit/interop/csv/stream';
import { streamCsvToMatrix } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const mappingFile = fixture('kobo-mapping.json');
const exportFile = fixture('kobo-row-errors.csv');

it('README: streaming a KoboToolbox export into the matrix with a saved mapping', async () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  // ---- README example start ----
  // The mapping saved when the form was first imported (header → item and rating).
  const mapping = columnMappingSchema.parse(JSON.parse(readFileSync(mappingFile, 'utf8')));

  const result = await streamCsvToMatrix(createReadStream(exportFile), {
    mapping,
    itemOrder: ['c01', 'c02'], // the matrix's columns
    paired: true, // importance and performance both
    scale: { min: 1, max: 5 },
    mode: 'goodRows', // import the good rows, report the others
    onProgress: (bytesRead, rowsRead) => console.log(`${rowsRead} rows, ${bytesRead} bytes`),
  });

  for (const issue of result.issues) console.log(describeIssue(issue));
  // Row 3, column "skills/c02_importance": "five" is not a number (ratings run from 1 to 5)
  // Row 5, column "_uuid": respondent "9f4d…5d03" is already in row 4: each person counts once

  if (result.success) {
    const { matrix, paired, respondentIds } = result.data;
    console.log(matrix.respondents, matrix.items); // 2 2
    console.log(paired?.importance, matrix.ratings); // [5, 4, 3, 5] [3, 255, 2, 1] (255 = skipped)
    console.log(respondentIds); // ['5b0a7e2c-…', '9f4d2c1b-…']
  }
  // ---- README example end ----

  log.mockRestore();
  expect(result.issues.map(describeIssue)).toEqual([
    'Row 3, column "skills/c02_importance": "five" is not a number (ratings run from 1 to 5)',
    'Row 5, column "_uuid": respondent "9f4d2c1b-3a5e-4f60-b7d8-1e2c3b4a5d03" is already in row 4: each person counts once',
  ]);
  expect(result.success).toBe(true);
  if (!result.success) return;
  expect(result.rowsRead).toBe(4);
  expect(result.rowsRejected).toBe(2);
  expect(result.data.matrix).toEqual({
    respondents: 2,
    items: 2,
    ratings: new Uint8Array([3, 255, 2, 1]),
  });
  expect([...(result.data.paired?.importance ?? [])]).toEqual([5, 4, 3, 5]);
  expect(result.data.respondentIds).toEqual([
    '5b0a7e2c-0d3f-4c1e-9a41-2f6c1d7e9b01',
    '9f4d2c1b-3a5e-4f60-b7d8-1e2c3b4a5d03',
  ]);
});
