import { aggregateByGroup, type AggregateOptions, type IndexColumn } from './aggregateByGroup.js';
import { bootstrapMeanWeightedDiscrepancy } from './bootstrap.js';
import {
  parseRequest,
  rebaseRowPath,
  type AggregateRequest,
  type PoolReply,
  type PublicationRequest,
} from './poolProtocol.js';
import { aggregatePublication } from './publication.js';
import { compileScoringConfig, type CompiledScoringConfig } from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';

/**
 * Answers the pool's requests inside a worker; `@capkit/scoring/worker-node` and
 * `@capkit/scoring/worker-browser` wire it to the platform. Every request is checked field by
 * field first (unknown keys refused). A compiled config cannot cross a thread (a structured
 * clone is a copy, and the engine runs only configs `compileScoringConfig` made), so each chunk
 * request carries the plain `ScoringConfig`, which the worker validates and compiles itself;
 * compiled configs are cached by hash, so a pool's later requests skip compilation and reuse
 * the generated kernel. A request whose config does not hash to its `configHash` is refused.
 * A bootstrap request runs `bootstrapMeanWeightedDiscrepancy` with its options as sent, and
 * reports its progress in `progress` replies before its answer.
 */
export function serveAggregateRequests(
  listen: (handler: (request: unknown) => void) => void,
  reply: (answer: PoolReply) => void,
): void {
  const compiled = new Map<string, CompiledScoringConfig>();
  const compile = (request: AggregateRequest | PublicationRequest) => {
    let config = compiled.get(request.configHash);
    if (config === undefined) {
      config = compileScoringConfig(request.config);
      if (config.hash !== request.configHash) {
        throw new CapkitScoringError(
          'request.configHash',
          `is ${request.configHash}, but the config sent hashes to ${config.hash}`,
        );
      }
      compiled.set(request.configHash, config);
    }
    return config;
  };
  listen((message: unknown) => {
    const id = idOf(message);
    let offset = 0;
    try {
      const request = parseRequest(message);
      if (request.kind === 'bootstrap') {
        const { respondents, items, importance, performance, scale, options } = request;
        const data = { respondents, items, importance, performance };
        const result = bootstrapMeanWeightedDiscrepancy(data, scale, options, (done, total) =>
          reply({ kind: 'progress', id, done, total }),
        );
        reply({ kind: 'bootstrap', id, result });
        return;
      }
      const config = compile(request);
      const chunk = chunkOf(request);
      offset = request.start;
      const rows = (column: IndexColumn) => column.subarray(chunk.from, chunk.to);
      if (request.kind === 'aggregate') {
        const { roleOf, levels } = request;
        if ((roleOf === undefined) !== (levels === undefined)) {
          throw new CapkitScoringError('request.levels', 'roleOf and levels come together');
        }
        const options: AggregateOptions = {
          quantiles: request.quantiles,
          ...(roleOf === undefined || levels === undefined
            ? {}
            : { required: { roleOf: rows(roleOf), levels } }),
        };
        const grouping = { groupOf: rows(request.groupOf), groups: request.groups };
        const partials = aggregateByGroup(chunk.matrix, config, grouping, options);
        reply({ kind: 'aggregate', id, partials });
        return;
      }
      const groups = {
        units: { groupOf: rows(request.unitOf), groups: request.units, parentOf: request.parentOf },
        roles: { roleOf: rows(request.roleOf), levels: request.levels },
      };
      const partials = aggregatePublication(chunk.matrix, config, groups, {
        quantiles: request.quantiles,
      });
      reply({ kind: 'publication', id, partials });
    } catch (error) {
      reply({ kind: 'error', id, error: workerError(error, offset) });
    }
  });
}

function idOf(message: unknown): number {
  const id: unknown =
    typeof message === 'object' && message !== null && 'id' in message ? message.id : undefined;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : -1;
}

/**
 * The chunk's rows as a matrix of their own, views into the bytes sent (no copy): the engine
 * then numbers rows from 0, and the caller adds `request.start` back to an error's row.
 */
function chunkOf(request: AggregateRequest | PublicationRequest) {
  const { items, ratings, firstRow, start, end } = request;
  const sentRows = items === 0 ? 0 : ratings.length / items;
  if (!Number.isInteger(sentRows)) {
    throw new CapkitScoringError(
      'request.ratings',
      `has ${ratings.length} bytes, not a whole number of rows of ${items} items`,
    );
  }
  if (!(firstRow <= start && start <= end && end <= firstRow + sentRows)) {
    throw new CapkitScoringError(
      'request.end',
      `rows ${start}–${end} are not within the ${sentRows} rows sent from row ${firstRow}`,
    );
  }
  const columns =
    request.kind === 'aggregate'
      ? { groupOf: request.groupOf, roleOf: request.roleOf }
      : { unitOf: request.unitOf, roleOf: request.roleOf };
  for (const [name, column] of Object.entries(columns)) {
    if (column !== undefined && column.length !== sentRows) {
      throw new CapkitScoringError(
        `request.${name}`,
        `has ${column.length} entries, expected one per row sent (${sentRows})`,
      );
    }
  }
  const from = start - firstRow;
  const to = end - firstRow;
  return {
    from,
    to,
    matrix: { respondents: to - from, items, ratings: ratings.subarray(from * items, to * items) },
  };
}

function workerError(error: unknown, offset: number) {
  if (error instanceof CapkitScoringError) {
    return {
      path: rebaseRowPath(error.path, offset),
      message: error.message.slice(error.path.length + 2),
    };
  }
  return { path: '', message: error instanceof Error ? error.message : String(error) };
}
