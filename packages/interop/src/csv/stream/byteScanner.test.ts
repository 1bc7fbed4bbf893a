import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvByteScanner } from './byteScanner.js';

const encoder = new TextEncoder();

// Cells as strings, records as arrays, and each malformed-quote report, from the scanner fed
// the given chunks.
function scan(chunks: readonly Uint8Array[], delimiter = ';') {
  const decoder = new TextDecoder();
  const records: string[][] = [];
  const problems: string[] = [];
  let record: string[] = [];
  const scanner = new CsvByteScanner(delimiter.charCodeAt(0), {
    cell: (bytes, start, end) => record.push(decoder.decode(bytes.subarray(start, end))),
    endRecord: () => {
      records.push(record);
      record = [];
    },
    malformedQuote: (kind) => problems.push(`${records.length}:${kind}`),
  });
  for (const chunk of chunks) scanner.push(chunk);
  scanner.finish();
  return { records, problems };
}

function splitAt(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const point of points) {
    chunks.push(bytes.slice(from, point));
    from = point;
  }
  chunks.push(bytes.slice(from));
  return chunks;
}

describe('CsvByteScanner', () => {
  it('reads quoted, unquoted, escaped and multi-line cells with CRLF', () => {
    const text = '"a";b;"c""d"\r\n"line\r\nbreak";;"é€"\r\n';
    expect(scan([encoder.encode(text)]).records).toEqual([
      ['a', 'b', 'c"d'],
      ['line\r\nbreak', '', 'é€'],
    ]);
  });

  it('gives the same cells whatever the chunk boundaries, down to one byte per chunk', () => {
    const bytes = encoder.encode('"a""";"x\r\ny"\r\nz;"€"\r\n"";\r\n"q"');
    const whole = scan([bytes]).records;
    const bytewise = scan([...bytes].map((byte) => new Uint8Array([byte]))).records;
    expect(bytewise).toEqual(whole);
    expect(whole).toEqual([['a"', 'x\r\ny'], ['z', '€'], ['', ''], ['q']]);
  });

  it('reports text after a closing quote and an unclosed quote, keeping the quoted text', () => {
    expect(scan([encoder.encode('"ab"cd;e\n"open;f\n')])).toEqual({
      records: [['ab', 'e'], ['open;f\n']],
      problems: ['0:textAfterClosingQuote', '1:unclosedQuote'],
    });
  });

  it('ends the last record without a final line end and keeps a trailing empty cell', () => {
    expect(scan([encoder.encode('a;b\nc;')]).records).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });

  // Well-formed CSV as RFC 4180 writes it: quotes where needed (or everywhere, as KoboToolbox),
  // one line ending throughout, UTF-8 text with multi-byte characters.
  const cellText = fc.string({
    unit: fc.constantFrom('a', '1', ' ', ';', ',', '\t', '"', '\n', '\r', 'é', '€', '𝄞', '\u00a0'),
    maxLength: 6,
  });
  const csvFile = fc.record({
    delimiter: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n'),
    quoteAll: fc.boolean(),
    rows: fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 8,
    }),
    finalNewline: fc.boolean(),
  });

  it('matches papaparse on random well-formed CSVs split at random chunk boundaries', () => {
    fc.assert(
      fc.property(
        csvFile,
        fc.array(fc.nat(), { maxLength: 6 }),
        ({ delimiter, newline, quoteAll, rows, finalNewline }, cuts) => {
          const text =
            rows
              .map((row) =>
                row
                  .map((cell) =>
                    quoteAll || /[",;\t\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell,
                  )
                  .join(delimiter),
              )
              .join(newline) + (finalNewline ? newline : '');
          const expected = Papa.parse<string[]>(text, {
            delimiter,
            newline,
            quoteChar: '"',
            skipEmptyLines: true,
          }).data;
          const got = scan(splitAt(encoder.encode(text), cuts), delimiter).records.filter(
            (record) => !(record.length === 1 && record[0] === ''),
          );
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
