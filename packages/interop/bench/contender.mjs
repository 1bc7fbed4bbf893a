// One contender of compare.mjs, alone in this process so that its peak memory is its own:
// `node bench/contender.mjs <name> <file> <rows>` prints one JSON line.
import { createReadStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { headers, itemIds, mapping } from './koboCsv.mjs';

const [name, file, rowsText] = process.argv.slice(2);
const expectedRows = Number(rowsText);
const items = itemIds.length;

// The rating columns of the header, for the papaparse contenders' matrix filling.
const ratingColumns = headers.flatMap((header, column) => {
  const match = /^competencies\/c(\d+)_(importance|performance)$/.exec(header);
  return match === null ? [] : [{ header, column, item: Number(match[1]) - 1, side: match[2] }];
});

function cellToRating(text) {
  if (text === '') return 255;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 5) throw new Error(`bad rating ${text}`);
  return value;
}

const contenders = {
  // This package: bytes straight into the matrix.
  async capkit(loaded) {
    const entry =
      process.env.BENCH_STREAM_ENTRY ?? new URL('../dist/csvStream.js', import.meta.url).href;
    const { streamCsvToMatrix } = await import(
      entry.startsWith('file:') ? entry : pathToFileURL(entry).href
    );
    loaded();
    const result = await streamCsvToMatrix(createReadStream(file), {
      mapping,
      itemOrder: itemIds,
      paired: true,
      scale: { min: 1, max: 5 },
    });
    if (!result.success) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    return result.data.matrix.respondents;
  },
  // papaparse's streaming (`chunk`), arrays of strings per row, parsed into the same matrix.
  async papaparseChunks(loaded) {
    loaded();
    let importance = new Uint8Array(1024 * items);
    let performance = new Uint8Array(1024 * items);
    let rows = 0;
    let header = true;
    await new Promise((resolve, reject) => {
      Papa.parse(createReadStream(file), {
        delimiter: ';',
        newline: '\r\n',
        chunk: (results) => {
          for (const row of results.data) {
            if (header) {
              header = false;
              continue;
            }
            if (row.length === 1 && row[0] === '') continue;
            if ((rows + 1) * items > importance.length) {
              const grow = (bytes) => {
                const next = new Uint8Array(bytes.length * 2);
                next.set(bytes);
                return next;
              };
              importance = grow(importance);
              performance = grow(performance);
            }
            for (const { column, item, side } of ratingColumns) {
              (side === 'importance' ? importance : performance)[rows * items + item] =
                cellToRating(row[column]);
            }
            rows += 1;
          }
        },
        complete: resolve,
        error: reject,
      });
    });
    return rows;
  },
  // The naive baseline: an object per row (`header: true`), then the matrix from the objects.
  async papaparseObjects(loaded) {
    loaded();
    const data = await new Promise((resolve, reject) => {
      Papa.parse(createReadStream(file), {
        delimiter: ';',
        newline: '\r\n',
        header: true,
        skipEmptyLines: true,
        complete: (results) => resolve(results.data),
        error: reject,
      });
    });
    const importance = new Uint8Array(data.length * items);
    const performance = new Uint8Array(data.length * items);
    data.forEach((row, r) => {
      for (const { header, item, side } of ratingColumns) {
        (side === 'importance' ? importance : performance)[r * items + item] = cellToRating(
          row[header],
        );
      }
    });
    return data.length;
  },
  // DuckDB's CSV reader into an in-memory table (it uses every core).
  async duckdb(loaded) {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:');
    loaded();
    const connection = await instance.connect();
    const path = file.replaceAll("'", "''");
    await connection.run(
      `CREATE TABLE responses AS SELECT * FROM read_csv('${path}', delim = ';', quote = '"', header = true)`,
    );
    const reader = await connection.runAndReadAll('SELECT count(*) FROM responses');
    const count = Number(reader.getRows()[0][0]);
    connection.closeSync();
    return count;
  },
};

const run = contenders[name];
if (run === undefined) throw new Error(`unknown contender ${name}`);
// Peak memory once the contender's code is loaded, before the file is opened: its fixed cost.
let loadedRssMb = 0;
const started = performance.now();
const rows = await run(() => {
  loadedRssMb = process.resourceUsage().maxRSS / 1024;
});
const ms = performance.now() - started;
if (rows !== expectedRows) throw new Error(`${name} read ${rows} rows, expected ${expectedRows}`);
// maxRSS is in KiB: the process's peak resident memory, whatever allocated it (JS heap,
// ArrayBuffers, DuckDB's buffer manager).
const { maxRSS } = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({ name, rows, ms, maxRssMb: maxRSS / 1024, loadedRssMb })}\n`,
);
