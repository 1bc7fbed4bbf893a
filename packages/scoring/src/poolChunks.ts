import type { IndexColumn, RequiredLevels } from './aggregateByGroup.js';
import type { ResponseMatrix } from './responseMatrix.js';
import type { CompiledScoringConfig } from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';

// How the pool cuts a matrix into chunks and what it sends of each: the rows themselves over
// shared memory, copies of them otherwise.

/** Below this, a chunk's fixed setup (allocating and reading its tally) outweighs its rows. */
const minimumDefaultChunkRows = 65_536;
const chunksPerWorker = 4;

export interface Chunk {
  readonly start: number;
  readonly end: number;
}

/**
 * The chunks of a run: `chunkRows` rows each, or by default 4 per worker but at least
 * {@link minimumDefaultChunkRows} rows; one empty chunk for an empty matrix, so the merged
 * partials still have their shape.
 */
export function planChunks(
  respondents: number,
  workers: number,
  chunkRows?: number,
): readonly Chunk[] {
  if (chunkRows !== undefined && !(Number.isSafeInteger(chunkRows) && chunkRows >= 1)) {
    throw new CapkitScoringError(
      'run.chunkRows',
      `must be a whole number ≥ 1, got ${String(chunkRows)}`,
    );
  }
  const chunks = Math.max(
    1,
    Math.min(chunksPerWorker * workers, Math.ceil(respondents / minimumDefaultChunkRows)),
  );
  const size = chunkRows ?? Math.ceil(respondents / chunks);
  const plan: Chunk[] = [];
  for (let start = 0; start < respondents; start += size)
    plan.push({ start, end: Math.min(respondents, start + size) });
  return plan.length === 0 ? [{ start: 0, end: 0 }] : plan;
}

export function allShared(views: readonly (ArrayBufferView | undefined)[]): boolean {
  // A page that is not cross-origin isolated has no SharedArrayBuffer at all.
  if (typeof SharedArrayBuffer === 'undefined') return false;
  return views.every((view) => view === undefined || view.buffer instanceof SharedArrayBuffer);
}

/**
 * What a chunk request carries of the rows: over shared memory the whole columns (views, no
 * copy); otherwise copies of the chunk's rows, listed for transfer.
 */
export function chunkRows(matrix: ResponseMatrix, chunk: Chunk, shared: boolean) {
  const { items } = matrix;
  const { start, end } = chunk;
  const transfer: ArrayBuffer[] = [];
  const copy = <T extends Uint8Array | IndexColumn>(rows: T): T => {
    transfer.push(rows.buffer as ArrayBuffer);
    return rows;
  };
  return {
    fields: {
      items,
      firstRow: shared ? 0 : start,
      start,
      end,
      ratings: shared ? matrix.ratings : copy(matrix.ratings.slice(start * items, end * items)),
    },
    column: (column: IndexColumn): IndexColumn =>
      shared ? column : copy(column.slice(start, end)),
    transfer,
  };
}

// The shape checks of aggregateByGroup that need the whole matrix, made before anything is sent,
// with the same paths and messages; the values are checked in the workers, row by row.
export function checkColumns(
  matrix: ResponseMatrix,
  config: CompiledScoringConfig,
  groupOf: IndexColumn,
  required: RequiredLevels | undefined,
): void {
  const { respondents, items, ratings } = matrix;
  if (!(Number.isSafeInteger(respondents) && respondents >= 0)) {
    throw new CapkitScoringError(
      'matrix.respondents',
      `must be a whole number ≥ 0, got ${String(respondents)}`,
    );
  }
  if (items !== config.items) {
    throw new CapkitScoringError(
      'matrix.items',
      `is ${items}, but the scoring config lists ${config.items} items`,
    );
  }
  if (ratings.length !== respondents * items) {
    throw new CapkitScoringError(
      'matrix.ratings',
      `has ${ratings.length} bytes, expected ${respondents} × ${items}`,
    );
  }
  const columns: [string, IndexColumn][] = [['grouping.groupOf', groupOf]];
  if (required !== undefined) {
    const roles = required.levels.length / config.competencies;
    if (!Number.isInteger(roles)) {
      throw new CapkitScoringError(
        'required.levels',
        `length ${required.levels.length} is not roles × ${config.competencies} competencies`,
      );
    }
    columns.push(['required.roleOf', required.roleOf]);
  }
  for (const [path, column] of columns) {
    if (column.length !== respondents) {
      throw new CapkitScoringError(
        path,
        `has ${column.length} entries, expected one per respondent (${respondents})`,
      );
    }
  }
}
