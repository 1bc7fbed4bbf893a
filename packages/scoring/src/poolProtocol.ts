import { z } from 'zod';
import type { GroupPartials, IndexColumn } from './aggregateByGroup.js';
import type { BootstrapOptions, BootstrapResult } from './bootstrap.js';
import type { RatingScale } from './pairedResponses.js';
import type { PublicationPartials } from './publication.js';
import type { ScoringConfig } from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';
import { parseAt } from './zodIssue.js';

/**
 * The rows of one chunk as a request carries them. Over shared memory `ratings` and the index
 * columns are the whole matrix's (`firstRow` 0) and nothing is copied; otherwise they hold only
 * the chunk's rows, `firstRow` being the whole-matrix index of their first row. Either way
 * `start`…`end − 1` are whole-matrix row indices, so an error names the row of the whole matrix.
 */
interface ChunkFields {
  readonly id: number;
  readonly config: ScoringConfig;
  readonly configHash: string;
  readonly items: number;
  readonly ratings: Uint8Array;
  readonly firstRow: number;
  readonly start: number;
  readonly end: number;
  readonly quantiles: boolean;
}

/** Aggregate rows `start`…`end − 1` by one grouping (see `aggregateByGroup`). */
export interface AggregateRequest extends ChunkFields {
  readonly kind: 'aggregate';
  readonly groupOf: IndexColumn;
  readonly groups: number;
  readonly roleOf?: IndexColumn;
  readonly levels?: Float64Array;
}

/** Aggregate rows `start`…`end − 1` for a publication set (see `aggregatePublication`). */
export interface PublicationRequest extends ChunkFields {
  readonly kind: 'publication';
  readonly unitOf: IndexColumn;
  readonly units: number;
  readonly parentOf: Int32Array;
  readonly roleOf: IndexColumn;
  readonly levels: Float64Array;
}

/** Run `bootstrapMeanWeightedDiscrepancy` on the whole data, options passed through as given. */
export interface BootstrapRequest {
  readonly kind: 'bootstrap';
  readonly id: number;
  readonly respondents: number;
  readonly items: number;
  readonly importance: Uint8Array;
  readonly performance: Uint8Array;
  readonly scale: RatingScale;
  readonly options: BootstrapOptions;
}

/** What the pool asks a worker to do. */
export type PoolRequest = AggregateRequest | PublicationRequest | BootstrapRequest;

/** Where and why a worker's request failed: a `CapkitScoringError`'s path and message. */
export interface WorkerError {
  readonly path: string;
  readonly message: string;
}

/** A worker's answer to one request. */
export type PoolReply =
  | { readonly kind: 'aggregate'; readonly id: number; readonly partials: GroupPartials }
  | { readonly kind: 'publication'; readonly id: number; readonly partials: PublicationPartials }
  | { readonly kind: 'bootstrap'; readonly id: number; readonly result: BootstrapResult }
  | { readonly kind: 'error'; readonly id: number; readonly error: WorkerError }
  /** Not an answer: how far a bootstrap request has got, in replicates; more replies follow. */
  | {
      readonly kind: 'progress';
      readonly id: number;
      readonly done: number;
      readonly total: number;
    };

/** {@link PoolReply} under its earlier name, from when the pool only aggregated. */
export type AggregateReply = PoolReply;

const whole = z.number().int().nonnegative();
const indexColumn = z.union([
  z.instanceof(Uint8Array),
  z.instanceof(Uint16Array),
  z.instanceof(Uint32Array),
]);
const chunkFields = {
  id: whole,
  // Validated by compileScoringConfig, which reports the bad field.
  config: z.custom<ScoringConfig>((value) => typeof value === 'object' && value !== null),
  configHash: z.string(),
  items: whole,
  ratings: z.instanceof(Uint8Array),
  firstRow: whole,
  start: whole,
  end: whole,
  quantiles: z.boolean(),
};

const requestSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('aggregate'),
    ...chunkFields,
    groupOf: indexColumn,
    groups: whole,
    roleOf: indexColumn.optional(),
    levels: z.instanceof(Float64Array).optional(),
  }),
  z.strictObject({
    kind: z.literal('publication'),
    ...chunkFields,
    unitOf: indexColumn,
    units: whole,
    parentOf: z.instanceof(Int32Array),
    roleOf: indexColumn,
    levels: z.instanceof(Float64Array),
  }),
  z.strictObject({
    kind: z.literal('bootstrap'),
    id: whole,
    respondents: whole,
    items: whole,
    importance: z.instanceof(Uint8Array),
    performance: z.instanceof(Uint8Array),
    scale: z.strictObject({ min: z.number(), max: z.number() }),
    // Passed through untouched: bootstrapMeanWeightedDiscrepancy refuses what it does not know.
    options: z.custom<BootstrapOptions>(
      (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
      'must be an options object',
    ),
  }),
]);

/**
 * Checks a request as a worker receives it: the kind and every field, no unknown keys.
 *
 * @throws {CapkitScoringError} at the first bad field, e.g. `request.start`.
 */
export function parseRequest(message: unknown): PoolRequest {
  return parseAt(requestSchema, message, 'request') as PoolRequest;
}

const replySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('aggregate'), id: whole, partials: z.custom<GroupPartials>() }),
  z.strictObject({
    kind: z.literal('publication'),
    id: whole,
    partials: z.custom<PublicationPartials>(),
  }),
  z.strictObject({ kind: z.literal('bootstrap'), id: whole, result: z.custom<BootstrapResult>() }),
  z.strictObject({ kind: z.literal('progress'), id: whole, done: whole, total: whole }),
  z.strictObject({
    kind: z.literal('error'),
    id: whole,
    error: z.strictObject({ path: z.string(), message: z.string() }),
  }),
]);

/**
 * Checks a reply as the pool receives it.
 *
 * @throws {CapkitScoringError} at the first bad field, e.g. `reply.kind`.
 */
export function parseReply(message: unknown): PoolReply {
  return parseAt(replySchema, message, 'reply');
}

// The paths at which the engine names a row: a rating byte, a group or a role index.
const rowPath = /^(ratings\[row |grouping\.groupOf\[|required\.roleOf\[)(\d+)\]/;

/**
 * An error path of a chunk whose first row is row `offset` of the whole matrix, with the row
 * renumbered in the whole matrix: `ratings[row 3][item "a2"]` at offset 900 becomes
 * `ratings[row 903][item "a2"]`. Paths that name no row are returned as they are.
 */
export function rebaseRowPath(path: string, offset: number): string {
  return path.replace(rowPath, (_, prefix: string, row: string) => {
    return `${prefix}${Number(row) + offset}]`;
  });
}

/** The error a cancelled run rejects with: named `AbortError`, as `fetch` names its own. */
export function abortError(reason: unknown): Error {
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  const error = new Error('the pool run was cancelled', { cause: reason });
  error.name = 'AbortError';
  return error;
}

/** The reply of the kind a request asked for. */
export function expectKind<K extends PoolReply['kind']>(
  reply: PoolReply,
  kind: K,
): Extract<PoolReply, { kind: K }> {
  if (reply.kind !== kind)
    throw new CapkitScoringError('reply.kind', `is '${reply.kind}', expected '${kind}'`);
  return reply as Extract<PoolReply, { kind: K }>;
}
