import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../columnMapping.js';
import { streamCsvToMatrix } from './streamCsvToMatrix.js';

const mapping: ColumnMapping = {
  format: 'capkit.columnMapping',
  version: 1,
  target: 'responses',
  columns: [
    { header: '_uuid', to: { kind: 'field', field: 'respondentId' } },
    { header: 'c1_importance', to: { kind: 'rating', itemId: 'c1', part: 'importance' } },
    { header: 'c1_performance', to: { kind: 'rating', itemId: 'c1', part: 'performance' } },
    { header: 'c2', to: { kind: 'rating', itemId: 'c2', part: 'value' } },
  ],
};

const valid = new TextEncoder().encode(
  '"_uuid";"c1_importance";"c1_performance";"c2";"note"\r\n' +
    '"a1";"4";"3";"5";"fine"\r\n"a2";"2";"";"1";"two\r\nlines"\r\n"a3";"5";"5";"4";"Zoë"\r\n',
);

// Cheap malformations of a valid export: bytes replaced, inserted or deleted, drawn from the
// characters that matter to a CSV reader (quotes, delimiters, line ends, digits, a lone UTF-8
// lead byte, a byte order mark's first byte), then the result cut into random chunks.
const special = [
  0x22, 0x3b, 0x2c, 0x09, 0x0d, 0x0a, 0x30, 0x39, 0x2d, 0x2e, 0x61, 0xc3, 0xff, 0xef,
];
const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'insert', 'delete'),
  byte: fc.constantFrom(...special),
});

function malformed(edits: readonly { at: number; kind: string; byte: number }[]): Uint8Array {
  const bytes = [...valid];
  for (const { at, kind, byte } of edits) {
    const position = at % (bytes.length + 1);
    if (kind === 'insert') bytes.splice(position, 0, byte);
    else if (kind === 'delete') bytes.splice(position, 1);
    else bytes[position] = byte;
  }
  return new Uint8Array(bytes);
}

async function* chunks(bytes: Uint8Array, size: number) {
  for (let offset = 0; offset < bytes.length; offset += size) {
    await Promise.resolve();
    yield bytes.subarray(offset, offset + size);
  }
}

describe('streamCsvToMatrix fuzzing', () => {
  it('never throws on 10,000 malformed exports, and locates every problem', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 64 }),
        fc.constantFrom('allOrNothing' as const, 'goodRows' as const),
        async (edits, chunkSize, mode) => {
          const result = await streamCsvToMatrix(chunks(malformed(edits), chunkSize), {
            mapping,
            itemOrder: ['c1', 'c2'],
            paired: true,
            scale: { min: 1, max: 5 },
            mode,
            delimiter: ';',
          });
          for (const issue of result.issues) {
            expect(issue.row !== undefined || issue.path !== '').toBe(true);
            expect(issue.message.length).toBeGreaterThan(0);
          }
          if (!result.success) {
            expect(result.issues.length).toBeGreaterThan(0);
            return;
          }
          const { matrix, respondentIds, paired } = result.data;
          expect(matrix.ratings.length).toBe(matrix.respondents * 2);
          expect(paired?.importance.length).toBe(matrix.respondents * 2);
          expect(respondentIds.length).toBe(matrix.respondents);
          expect(new Set(respondentIds).size).toBe(respondentIds.length);
          expect(result.rowsImported + result.rowsRejected).toBe(result.rowsRead);
          // Each rejected row has at least one issue of its own.
          expect(new Set(result.issues.map((issue) => issue.row)).size).toBeGreaterThanOrEqual(
            result.rowsRejected,
          );
          if (mode === 'allOrNothing') expect(result.issues).toEqual([]);
          for (const rating of matrix.ratings)
            expect(rating === 255 || (rating >= 1 && rating <= 5)).toBe(true);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
