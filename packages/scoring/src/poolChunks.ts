import type { IndexColumn, RequiredLevels } from './aggregateByGroup.js';
import type { ResponseMatrix } from './responseMatrix.js';
import type { CompiledScoringConfig } from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';
import { cachedTallyLayout } from './tallyKernel.js';

// How the pool cuts a matrix into chunks and what it sends of each: the rows themselves over
// shared memory, copies of them otherwise.

export interface Chunk {
  readonly start: number;
  readonly end: number;
}

/** One pass of the kernel over a chunk: its groups, and the roles its tally is split by. */
export interface KernelPass {
  readonly groups: number;
  readonly roles: number;
}

// Mirrors aggregateByGroup: a tally larger than this falls back to float accumulation.
const maxTallyEntries = 1 << 24;
// Reading a tally entry costs about as much as reading 2.3 rating bytes (measured on Node 20:
// 21 ms per chunk of aggregatePublication's 5.9M entries at 50 units × 8 roles × 10
// competencies, against 188 ms for its three passes over 1,000,000 × 40 bytes).
const tallyEntryInBytes = 2.3;
const maxChunksPerWorker = 4;
// Extra chunks must not add more than this share of the rows' own work.
const setupShare = 0.25;

/**
 * Rows worth one chunk's fixed setup: each pass allocates a tally of groups × roles ×
 * competencies × codes entries and reads it all, whatever the rows (weighted items, and
 * tallies too large, take the float kernel, which has none).
 */
export function setupRows(config: CompiledScoringConfig, passes: readonly KernelPass[]): number {
  const layout = cachedTallyLayout(config);
  if (layout === undefined || passes.length === 0 || config.items === 0) return 0;
  let entries = 0;
  for (const { groups, roles } of passes) {
    const size = groups * roles * config.competencies * layout.codes;
    if (size <= maxTallyEntries) entries += size;
  }
  return Math.ceil((tallyEntryInBytes * entries) / (passes.length * config.items));
}

/**
 * The chunks of a run: `chunkRows` rows each, or by default one chunk per worker — the fastest
 * split, since every chunk pays a fixed setup (`setup`, in rows' worth of work) — and up to 4
 * per worker, for finer progress and balance, where the rows are so many that the extra
 * chunks' setup stays under a quarter of the work. One empty chunk for an empty matrix, so the
 * merged partials still have their shape.
 */
export function planChunks(
  respondents: number,
  workers: number,
  chunkRows?: number,
  setup = 0,
): readonly Chunk[] {
  if (chunkRows !== undefined && !(Number.isSafeInteger(chunkRows) && chunkRows >= 1)) {
    throw new CapkitScoringError(
      'run.chunkRows',
      `must be a whole number ≥ 1, got ${String(chunkRows)}`,
    );
  }
  // k chunks per worker cost each worker (k − 1) setups more than one chunk does.
  const perWorker = Math.floor(1 + (setupShare * respondents) / workers / Math.max(1, setup));
  const chunks = Math.min(workers * Math.min(maxChunksPerWorker, perWorker), respondents);
  const size = chunkRows ?? Math.ceil(respondents / Math.max(1, chunks));
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

// Copying 40 MB takes 20–30 ms in Chromium; pieces of 4 MB keep each task at a few ms.
const copyPieceBytes = 4 << 20;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A copy of elements `start`…`end − 1` of `view`, made a piece at a time with the event loop
 * let run between pieces, so that copying for a worker never holds a page's main thread long.
 */
export async function copyRange<T extends Uint8Array | IndexColumn>(
  view: T,
  start: number,
  end: number,
): Promise<T & { readonly buffer: ArrayBuffer }> {
  const Copy = view.constructor as new (length: number) => T & { readonly buffer: ArrayBuffer };
  const copy = new Copy(end - start);
  const piece = Math.max(1, Math.floor(copyPieceBytes / view.BYTES_PER_ELEMENT));
  for (let from = start; from < end; from += piece) {
    if (from > start) await nextTask();
    copy.set(view.subarray(from, Math.min(end, from + piece)), from - start);
  }
  return copy;
}

/**
 * What a chunk request carries of the rows: over shared memory the whole columns (views, no
 * copy); otherwise copies of the chunk's rows, listed for transfer.
 */
export async function chunkRows(matrix: ResponseMatrix, chunk: Chunk, shared: boolean) {
  const { items } = matrix;
  const { start, end } = chunk;
  const transfer: ArrayBuffer[] = [];
  const copy = async <T extends Uint8Array | IndexColumn>(view: T, from: number, to: number) => {
    const rows = await copyRange(view, from, to);
    transfer.push(rows.buffer);
    return rows;
  };
  return {
    fields: {
      items,
      firstRow: shared ? 0 : start,
      start,
      end,
      ratings: shared ? matrix.ratings : await copy(matrix.ratings, start * items, end * items),
    },
    column: async (column: IndexColumn): Promise<IndexColumn> =>
      shared ? column : copy(column, start, end),
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
