import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../columnMapping.js';
import { streamCsvToMatrix, streamCsvToMatrixOrThrow } from './streamCsvToMatrix.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

function chunksOf(bytes: Uint8Array, cuts: readonly number[]): Readable {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.slice(from, point));
    from = point;
  }
  return Readable.from(chunks.filter((chunk) => chunk.length > 0));
}

const koboMapping: ColumnMapping = {
  format: 'capkit.columnMapping',
  version: 1,
  target: 'responses',
  layout: 'wide',
  dialect: 'kobo',
  columns: [
    { header: 'profile/unit', to: { kind: 'field', field: 'unitId' } },
    { header: 'skills/c01_importance', to: { kind: 'rating', itemId: 'c01', part: 'importance' } },
    {
      header: 'skills/c01_performance',
      to: { kind: 'rating', itemId: 'c01', part: 'performance' },
    },
    { header: 'skills/c02_importance', to: { kind: 'rating', itemId: 'c02', part: 'importance' } },
    {
      header: 'skills/c02_performance',
      to: { kind: 'rating', itemId: 'c02', part: 'performance' },
    },
    { header: '_uuid', to: { kind: 'field', field: 'respondentId' } },
    { header: '_index', to: { kind: 'ignore' } },
  ],
};

const koboIds = [
  '5b0a7e2c-0d3f-4c1e-9a41-2f6c1d7e9b01',
  'c3e1f0a9-7b2d-4e55-8c10-6a9d3b2e4f02',
  '9f4d2c1b-3a5e-4f60-b7d8-1e2c3b4a5d03',
];

// A small generic file in which each test plants its own problem.
const simpleMapping: ColumnMapping = {
  format: 'capkit.columnMapping',
  version: 1,
  target: 'responses',
  columns: [
    { header: 'id', to: { kind: 'field', field: 'respondentId' } },
    { header: 'q1', to: { kind: 'rating', itemId: 'q1', part: 'value' } },
    { header: 'q2', to: { kind: 'rating', itemId: 'q2', part: 'value' } },
  ],
};
const simple = (text: string) => Readable.from([new TextEncoder().encode(text)]);
const simpleOptions = {
  mapping: simpleMapping,
  itemOrder: ['q1', 'q2'],
  scale: { min: 1, max: 5 },
};

describe('streamCsvToMatrix on golden files', () => {
  it('reads a KoboToolbox export (quoted, ;, CRLF, multi-line text) with both paired ratings', async () => {
    const result = await streamCsvToMatrixOrThrow(Readable.from([fixture('kobo-paired.csv')]), {
      mapping: koboMapping,
      itemOrder: ['c01', 'c02'],
      paired: true,
      scale: { min: 1, max: 5 },
    });
    expect(result.delimiter).toBe(';');
    expect(result.encoding).toBe('utf-8');
    expect(result.respondentIds).toEqual(koboIds);
    expect(result.matrix).toEqual({
      respondents: 3,
      items: 2,
      ratings: new Uint8Array([3, 255, 4, 2, 2, 1]),
    });
    expect([...(result.paired?.importance ?? [])]).toEqual([5, 4, 4, 5, 3, 5]);
    expect(result.paired?.performance).toBe(result.matrix.ratings);
  });

  it('puts importance in the matrix when asked', async () => {
    const result = await streamCsvToMatrixOrThrow(Readable.from([fixture('kobo-paired.csv')]), {
      mapping: koboMapping,
      itemOrder: ['c01', 'c02'],
      pairedRating: 'importance',
    });
    expect([...result.matrix.ratings]).toEqual([5, 4, 4, 5, 3, 5]);
    expect(result.paired).toBeUndefined();
  });

  it('reads a LimeSurvey export with a byte order mark, ; and a decimal comma', async () => {
    const mapping: ColumnMapping = {
      format: 'capkit.columnMapping',
      version: 1,
      target: 'responses',
      dialect: 'limesurvey',
      decimalSeparator: ',',
      columns: [
        { header: 'id', to: { kind: 'field', field: 'respondentId' } },
        { header: 'Q1[SQ001]', to: { kind: 'rating', itemId: 'sq1', part: 'value' } },
        { header: 'Q1[SQ002]', to: { kind: 'rating', itemId: 'sq2', part: 'value' } },
        { header: 'Q1[SQ003]', to: { kind: 'rating', itemId: 'sq3', part: 'value' } },
      ],
    };
    const result = await streamCsvToMatrixOrThrow(new Blob([fixture('limesurvey-bom.csv')]), {
      mapping,
      itemOrder: ['sq1', 'sq2', 'sq3'],
    });
    expect(result.delimiter).toBe(';');
    expect(result.respondentIds).toEqual(['11', '12', '13']);
    expect([...result.matrix.ratings]).toEqual([4, 2, 5, 4, 255, 1, 3, 3, 255]);
  });

  it('reads a Windows-1252 Excel file, accents and € in the ids intact', async () => {
    const mapping: ColumnMapping = {
      format: 'capkit.columnMapping',
      version: 1,
      target: 'responses',
      columns: [
        { header: 'Agent', to: { kind: 'field', field: 'respondentId' } },
        { header: 'Valeur A', to: { kind: 'rating', itemId: 'a', part: 'value' } },
        { header: 'Valeur B', to: { kind: 'rating', itemId: 'b', part: 'value' } },
      ],
    };
    const result = await streamCsvToMatrixOrThrow(
      Readable.from([fixture('excel-windows1252.csv')]),
      {
        mapping,
        itemOrder: ['a', 'b'],
      },
    );
    expect(result.encoding).toBe('windows-1252');
    expect(result.delimiter).toBe(',');
    expect(result.respondentIds).toEqual(['Hélène Dupré', 'José Muñoz', 'François €uro']);
    expect([...result.matrix.ratings]).toEqual([3, 4, 2, 5, 1, 255]);
  });

  it('reads UTF-16LE with a byte order mark, tab-separated, cut between the two bytes of a unit', async () => {
    const mapping: ColumnMapping = {
      format: 'capkit.columnMapping',
      version: 1,
      target: 'responses',
      columns: [
        { header: 'person', to: { kind: 'field', field: 'respondentId' } },
        { header: 'q1', to: { kind: 'rating', itemId: 'q1', part: 'value' } },
        { header: 'q2', to: { kind: 'rating', itemId: 'q2', part: 'value' } },
      ],
    };
    const bytes = fixture('excel-utf16le.txt');
    const result = await streamCsvToMatrixOrThrow(chunksOf(bytes, [1, 5, 21, 33]), {
      mapping,
      itemOrder: ['q1', 'q2'],
    });
    expect(result.encoding).toBe('utf-16le');
    expect(result.delimiter).toBe('\t');
    expect(result.respondentIds).toEqual(['Р-001', 'Р-002']);
    expect([...result.matrix.ratings]).toEqual([2, 3, 5, 4]);
  });

  it('gives the same matrix and ids whatever the chunk boundaries', async () => {
    const bytes = fixture('kobo-paired.csv');
    const options = { mapping: koboMapping, itemOrder: ['c01', 'c02'], paired: true };
    const whole = await streamCsvToMatrixOrThrow(Readable.from([bytes]), options);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), async (cuts) => {
        const cut = await streamCsvToMatrixOrThrow(chunksOf(bytes, cuts), options);
        expect(cut.respondentIds).toEqual(whole.respondentIds);
        expect(cut.matrix).toEqual(whole.matrix);
        expect(cut.paired).toEqual(whole.paired);
      }),
      { numRuns: 300 },
    );
  });
});

describe('streamCsvToMatrix row errors', () => {
  const bad = 'id,q1,q2\nA,1,2\nB,x,2\nC,1,9\nD,1\nA,3,3\nE,2.5,1\n,1,1\nF,5,5\n';

  it('locates every bad row with its row number, column and reason, and imports nothing', async () => {
    const result = await streamCsvToMatrix(simple(bad), simpleOptions);
    expect(result.success).toBe(false);
    expect(result.rowsRead).toBe(8);
    expect(result.issues.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 3, column: 'q1', code: 'csv.notANumber' },
      { row: 4, column: 'q2', code: 'csv.outOfRange' },
      { row: 5, column: 'q2', code: 'csv.raggedRow' },
      { row: 6, column: 'id', code: 'csv.duplicateRespondent' },
      { row: 7, column: 'q1', code: 'csv.notAWholeNumber' },
      { row: 8, column: 'id', code: 'csv.missingRespondentId' },
    ]);
    expect(result.issues[3]?.message).toBe(
      'respondent "A" is already in row 2: each person counts once',
    );
    expect(result.issues[1]?.message).toBe('"9" is outside the scale\'s range, 1 to 5');
  });

  it('imports the good rows and reports the others in goodRows mode', async () => {
    const result = await streamCsvToMatrix(simple(bad), { ...simpleOptions, mode: 'goodRows' });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.rowsImported).toBe(2);
    expect(result.rowsRejected).toBe(6);
    expect(result.data.respondentIds).toEqual(['A', 'F']);
    expect([...result.data.matrix.ratings]).toEqual([1, 2, 5, 5]);
    expect(result.issues).toHaveLength(6);
  });

  it('reports a row with more cells than the header without a column', async () => {
    const result = await streamCsvToMatrix(simple('id,q1,q2\nA,1,2,3\n'), simpleOptions);
    expect(result.issues).toEqual([
      {
        path: 'rows[0]',
        code: 'csv.raggedRow',
        message: 'the row has 4 cells but the header has 3',
        row: 2,
      },
    ]);
  });

  it('counts a quoted line break as part of the record, not a new row', async () => {
    const result = await streamCsvToMatrix(simple('id,q1,q2\n"A\nB",1,2\nC,0,2\n'), simpleOptions);
    expect(result.issues.map(({ row, column }) => ({ row, column }))).toEqual([
      { row: 3, column: 'q1' },
    ]);
  });

  it('reports a mapped header missing from the file and stops before the rows', async () => {
    const result = await streamCsvToMatrix(simple('id,q1,Q2\nA,1,2\n'), simpleOptions);
    expect(result).toEqual({
      success: false,
      rowsRead: 0,
      issues: [
        {
          path: 'mapping.columns[2]',
          code: 'csv.missingColumn',
          message: 'the mapping names this column but the file has no such header',
          row: 1,
          column: 'q2',
        },
      ],
    });
  });

  it('stops at maxIssues', async () => {
    const text = `id,q1,q2\n${Array.from({ length: 50 }, (_, i) => `p${i},x,1`).join('\n')}\n`;
    const result = await streamCsvToMatrix(simple(text), { ...simpleOptions, maxIssues: 5 });
    expect(result.success).toBe(false);
    expect(result.issues.map((issue) => [issue.row, issue.code])).toEqual([
      [2, 'csv.notANumber'],
      [3, 'csv.notANumber'],
      [4, 'csv.notANumber'],
      [5, 'csv.notANumber'],
      [6, 'csv.notANumber'],
      [6, 'import.tooManyIssues'],
    ]);
  });

  it('treats the mapping\u2019s missing values as missing ratings', async () => {
    const result = await streamCsvToMatrixOrThrow(simple('id,q1,q2\nA,n/a,99\n'), {
      ...simpleOptions,
      mapping: { ...simpleMapping, missingValues: ['99'], notApplicableValues: ['n/a'] },
    });
    expect([...result.matrix.ratings]).toEqual([255, 255]);
  });

  it('reports bad options and a bad source as located issues instead of throwing', async () => {
    const options = await streamCsvToMatrix(simple('id\n'), {
      ...simpleOptions,
      itemOrder: ['q1', 'q1'],
    });
    expect(options.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'options.itemOrder', code: 'csv.invalidOptions' },
    ]);
    const source = await streamCsvToMatrix('id,q1\n' as unknown as Blob, simpleOptions);
    expect(source.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'source', code: 'csv.invalidSource' },
    ]);
    const strings = await streamCsvToMatrix(Readable.from(['id,q1,q2\n']), simpleOptions);
    expect(strings.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'source', code: 'csv.readFailed' },
    ]);
  });

  it('reports an empty file', async () => {
    const result = await streamCsvToMatrix(simple(''), simpleOptions);
    expect(result.issues.map(({ row, code }) => ({ row, code }))).toEqual([
      { row: 1, code: 'csv.noHeader' },
    ]);
  });
});

describe('streamCsvToMatrix progress and cancellation', () => {
  const big = () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `p${i},${1 + (i % 5)},${1 + (i % 3)}`);
    return new TextEncoder().encode(`id,q1,q2\n${rows.join('\n')}\n`);
  };

  it('reports progress that never goes back and ends at the file size and row count', async () => {
    const bytes = big();
    const progress: [number, number][] = [];
    const result = await streamCsvToMatrix(
      chunksOf(
        bytes,
        Array.from({ length: 60 }, (_, i) => i * 4099),
      ),
      {
        ...simpleOptions,
        onProgress: (bytesRead, rowsRead) => progress.push([bytesRead, rowsRead]),
      },
    );
    expect(result.success).toBe(true);
    expect(progress.length).toBeGreaterThan(10);
    progress.forEach(([bytesRead, rowsRead], i) => {
      const [previousBytes, previousRows] = progress[i - 1] ?? [0, 0];
      expect(bytesRead).toBeGreaterThanOrEqual(previousBytes);
      expect(rowsRead).toBeGreaterThanOrEqual(previousRows);
    });
    expect(progress.at(-1)).toEqual([bytes.length, 20_000]);
  });

  it('stops reading and rejects with the reason when the signal aborts', async () => {
    const bytes = big();
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    let chunksPulled = 0;
    async function* source() {
      for (let offset = 0; offset < bytes.length; offset += 4096) {
        chunksPulled += 1;
        await Promise.resolve();
        yield bytes.subarray(offset, offset + 4096);
      }
    }
    const run = streamCsvToMatrix(source(), {
      ...simpleOptions,
      signal: controller.signal,
      onProgress: (bytesRead) => {
        if (bytesRead > 100_000) controller.abort(reason);
      },
    });
    await expect(run).rejects.toBe(reason);
    expect(chunksPulled).toBeLessThan(Math.ceil(bytes.length / 4096));
  });

  it('rejects at once with an already aborted signal', async () => {
    const reason = new Error('too late');
    await expect(
      streamCsvToMatrix(simple('id\n'), { ...simpleOptions, signal: AbortSignal.abort(reason) }),
    ).rejects.toBe(reason);
  });

  it('reads a web ReadableStream and a Blob like a Node stream', async () => {
    const bytes = fixture('kobo-paired.csv');
    const options = { mapping: koboMapping, itemOrder: ['c01', 'c02'] };
    const fromNode = await streamCsvToMatrixOrThrow(Readable.from([bytes]), options);
    const fromWeb = await streamCsvToMatrixOrThrow(new Blob([bytes]).stream(), options);
    const fromBlob = await streamCsvToMatrixOrThrow(new Blob([bytes]), options);
    expect(fromWeb.matrix).toEqual(fromNode.matrix);
    expect(fromBlob.matrix).toEqual(fromNode.matrix);
  });
});

describe('streamCsvToMatrix duplicate rows', () => {
  it('names the earlier row of a repeated person past rejected rows and empty lines', async () => {
    const text = 'id,q1,q2\nA,1,2\n\nB,x,1\nC,1,1\n\nD,2,2\nC,3,3\n';
    const result = await streamCsvToMatrix(simple(text), { ...simpleOptions, mode: 'goodRows' });
    expect(result.issues.map(({ row, message }) => ({ row, message }))).toEqual([
      { row: 4, message: '"x" is not a number (ratings run from 1 to 5)' },
      { row: 8, message: 'respondent "C" is already in row 5: each person counts once' },
    ]);
  });
});
