import type { ResponseMatrix } from '@capkit/scoring';
import type { PairedResponses } from '@capkit/scoring/tna';
import { decodeCsvBytes, detectEncoding, type CsvEncoding } from '../decode.js';
import { detectDelimiter, type CsvDelimiter } from '../sniff.js';
import { decodeWindows1252 } from '../windows1252.js';
import { interopIssue, InteropError, type InteropIssue } from '../../shared/interopIssue.js';
import type { ImportResult } from '../../shared/importMode.js';
import { interopLimits } from '../../shared/limits.js';
import { openByteSource, type ByteChunks, type CsvByteSource } from './byteSource.js';
import { CsvByteScanner } from './byteScanner.js';
import { planColumns } from './columnPlan.js';
import { MatrixBuilder, type CellDecoder } from './matrixBuilder.js';
import { csvMatrixOptionsSchema, type CsvMatrixOptions } from './streamOptions.js';

/** What a streamed CSV became. */
export interface CsvMatrix {
  /** One row per imported respondent, one column per `itemOrder` entry; 255 where missing. */
  readonly matrix: ResponseMatrix;
  /** Each matrix row's respondent id (the row number as text when no column holds ids). */
  readonly respondentIds: readonly string[];
  /** Both ratings of paired items, when `paired: true` (one array is `matrix.ratings`). */
  readonly paired?: PairedResponses;
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
}

// Bytes gathered before detecting the encoding and delimiter: detectEncoding's sample.
const sniffBytes = 64 * 1024;

/**
 * Streams a wide responses CSV (a row per respondent, a column per rating) into the scoring
 * engine's columnar matrix, without making an object per row: cells are parsed from the bytes
 * straight into one growing `Uint8Array`. Takes a Node `Readable`, a web `ReadableStream` or a
 * `Blob`/`File`, in any of the encodings of {@link CsvEncoding}; chunks may be cut anywhere.
 *
 * Rows with a cell that is not a whole number, is outside `scale`, a ragged row, an empty or
 * repeated respondent id are reported with their row and column. In `allOrNothing` mode (the
 * default) any such row fails the import; in `goodRows` mode the others are imported and the bad
 * ones reported. Never throws for bad input.
 *
 * @throws the signal's reason when `signal` aborts (reading stops and the source is released).
 */
export async function streamCsvToMatrix(
  source: CsvByteSource,
  options: CsvMatrixOptions,
): Promise<ImportResult<CsvMatrix>> {
  const parsed = csvMatrixOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) =>
      interopIssue({ path: ['options', ...issue.path] }, 'csv.invalidOptions', issue.message),
    );
    return { success: false, issues, rowsRead: 0 };
  }
  const settings = parsed.data;
  const { signal, onProgress, mapping } = settings;
  signal?.throwIfAborted();
  const chunks = openByteSource(source);
  if (chunks === undefined) {
    return {
      success: false,
      issues: [
        interopIssue(
          { path: ['source'] },
          'csv.invalidSource',
          'the source must be a Blob or File, a ReadableStream of bytes, or a Node Readable',
        ),
      ],
      rowsRead: 0,
    };
  }
  const cancel = () => void chunks.cancel().catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  let builder: MatrixBuilder | undefined;
  let bytesRead = 0;
  try {
    const prefix = await readPrefix(chunks);
    bytesRead = prefix.length;
    const detected = detectEncoding(prefix);
    const encoding = settings.encoding ?? mapping.encoding ?? detected.encoding;
    const toBytes = transcoder(encoding);
    const delimiter =
      settings.delimiter ??
      mapping.delimiter ??
      detectDelimiter(decodeCsvBytes(prefix, encoding).text);
    const decodeText: CellDecoder = encoding === 'windows-1252' ? decodeWindows1252 : utf8Decoder();
    const items = settings.itemOrder.length;
    const current = new MatrixBuilder({
      decodeText,
      decimalSeparator: (settings.decimalSeparator ?? mapping.decimalSeparator ?? '.').charCodeAt(
        0,
      ),
      scale: settings.scale ?? { min: 0, max: 254 },
      missingTexts: new Set([
        ...(mapping.missingValues ?? []),
        ...(mapping.notApplicableValues ?? []),
      ]),
      items,
      maxIssues: settings.maxIssues ?? interopLimits.maxIssues,
      planFor: (headers) => {
        const issues = mappingIssues(mapping);
        const planned = planColumns(
          headers,
          mapping,
          settings.itemOrder,
          settings.pairedRating ?? 'performance',
          settings.paired ?? false,
        );
        return { plan: planned.plan, issues: [...issues, ...planned.issues] };
      },
    });
    builder = current;
    const scanner = new CsvByteScanner(delimiter.charCodeAt(0), current);
    const skip = encoding === detected.encoding ? detected.byteOrderMarkLength : 0;
    scanner.push(toBytes(prefix.subarray(skip), false));
    onProgress?.(bytesRead, current.rowsRead);
    while (!current.stopped && signal?.aborted !== true) {
      const chunk = await chunks.next();
      if (chunk === undefined) break;
      bytesRead += chunk.length;
      scanner.push(toBytes(chunk, false));
      onProgress?.(bytesRead, current.rowsRead);
    }
    signal?.throwIfAborted();
    if (current.stopped) cancel();
    else {
      scanner.push(toBytes(new Uint8Array(0), true));
      scanner.finish();
      onProgress?.(bytesRead, current.rowsRead);
    }
    if (current.plan === undefined && current.issues.length === 0) {
      current.issues.push(
        interopIssue({ row: 1 }, 'csv.noHeader', 'the file is empty: no header row'),
      );
    }
    return resultOf(current, {
      encoding,
      delimiter,
      items,
      paired: settings.paired ?? false,
      pairedRating: settings.pairedRating ?? 'performance',
      mode: settings.mode ?? 'allOrNothing',
    });
  } catch (error) {
    signal?.throwIfAborted();
    const issues = [...(builder?.issues ?? [])];
    issues.push(
      interopIssue(
        { path: ['source'] },
        'csv.readFailed',
        `reading the source failed after ${bytesRead} bytes: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
    return { success: false, issues, rowsRead: builder?.rowsRead ?? 0 };
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

/**
 * {@link streamCsvToMatrix} for callers that want the matrix or an exception.
 *
 * @throws {InteropError} with every issue found (up to `maxIssues`) when the import fails.
 */
export async function streamCsvToMatrixOrThrow(
  source: CsvByteSource,
  options: CsvMatrixOptions,
): Promise<CsvMatrix> {
  const result = await streamCsvToMatrix(source, options);
  if (!result.success) throw new InteropError('The CSV could not be imported', result.issues);
  return result.data;
}

function mappingIssues(mapping: CsvMatrixOptions['mapping']): InteropIssue[] {
  if (mapping.target === 'responses' && mapping.layout !== 'long') return [];
  return [
    interopIssue(
      { path: ['options', 'mapping', mapping.target === 'responses' ? 'layout' : 'target'] },
      'csv.unsupportedMapping',
      'streaming into a matrix reads wide responses (a column per item); use readCsvTable for other mappings',
    ),
  ];
}

function resultOf(
  builder: MatrixBuilder,
  how: {
    encoding: CsvEncoding;
    delimiter: CsvDelimiter;
    items: number;
    paired: boolean;
    pairedRating: 'performance' | 'importance';
    mode: 'allOrNothing' | 'goodRows';
  },
): ImportResult<CsvMatrix> {
  const { issues, rowsRead } = builder;
  const failed =
    builder.plan === undefined ||
    builder.stopped ||
    (how.mode === 'allOrNothing' && issues.length > 0);
  if (failed) return { success: false, issues, rowsRead };
  const { matrix, paired } = builder.finish();
  const respondents = builder.rowsImported;
  const other = paired ?? new Uint8Array(respondents * how.items).fill(255);
  const data: CsvMatrix = {
    matrix: { respondents, items: how.items, ratings: matrix },
    respondentIds: builder.respondentIds,
    encoding: how.encoding,
    delimiter: how.delimiter,
    ...(how.paired
      ? {
          paired: {
            respondents,
            items: how.items,
            importance: how.pairedRating === 'importance' ? matrix : other,
            performance: how.pairedRating === 'importance' ? other : matrix,
          },
        }
      : {}),
  };
  return {
    success: true,
    data,
    rowsRead,
    rowsImported: respondents,
    rowsRejected: builder.rowsRejected,
    issues,
  };
}

async function readPrefix(chunks: ByteChunks): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  while (length < sniffBytes) {
    const chunk = await chunks.next();
    if (chunk === undefined) break;
    parts.push(chunk);
    length += chunk.length;
  }
  if (parts.length === 1) return parts[0] ?? new Uint8Array(0);
  const prefix = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    prefix.set(part, offset);
    offset += part.length;
  }
  return prefix;
}

// The scanner reads bytes in which delimiters are single bytes: UTF-16 is re-encoded as UTF-8
// (a streaming decoder keeps a character cut by a chunk boundary whole).
function transcoder(encoding: CsvEncoding): (chunk: Uint8Array, last: boolean) => Uint8Array {
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be') return (chunk) => chunk;
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  const encoder = new TextEncoder();
  return (chunk, last) => encoder.encode(decoder.decode(chunk, { stream: !last }));
}

function utf8Decoder(): CellDecoder {
  const decoder = new TextDecoder('utf-8');
  return (bytes) => decoder.decode(bytes);
}
