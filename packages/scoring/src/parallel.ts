import {
  aggregateByGroup,
  type AggregateOptions,
  type GroupPartials,
  type Grouping,
  type IndexColumn,
} from './aggregateByGroup.js';
import { mergePartials } from './mergePartials.js';
import type { ResponseMatrix } from './responseMatrix.js';
import {
  assertCompiledScoringConfig,
  compileScoringConfig,
  type CompiledScoringConfig,
  type ScoringConfig,
} from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';

/** What the pool asks a worker to do: aggregate rows `start`…`end − 1`. */
export interface AggregateRequest {
  readonly id: number;
  readonly config: ScoringConfig;
  readonly configHash: string;
  readonly respondents: number;
  readonly items: number;
  readonly ratings: Uint8Array;
  readonly groupOf: IndexColumn;
  readonly groups: number;
  readonly roleOf?: IndexColumn;
  readonly levels?: Float64Array;
  readonly quantiles: boolean;
  readonly start: number;
  readonly end: number;
}

/** A worker's answer: the partials of its rows, or the error it met. */
export type AggregateReply =
  | { readonly id: number; readonly partials: GroupPartials }
  | { readonly id: number; readonly error: { readonly path: string; readonly message: string } };

/**
 * The two ends of a worker as the pool needs them, so that one pool serves Node's
 * `worker_threads` and browsers' Web Workers alike (see {@link nodeWorkerPort} and
 * {@link browserWorkerPort}).
 */
export interface WorkerPort {
  post(request: AggregateRequest): void;
  listen(handler: (reply: AggregateReply) => void): void;
  terminate(): unknown;
}

/**
 * Answers aggregate requests inside a worker; `@capkit/scoring/worker-node` and
 * `@capkit/scoring/worker-browser` wire it to the platform. A compiled config cannot cross a
 * thread (a structured clone is a copy, and the engine runs only configs `compileScoringConfig`
 * made), so each request carries the plain `ScoringConfig`, which the worker validates and
 * compiles itself; compiled configs are cached by hash, so a pool's later requests skip
 * compilation and reuse the generated kernel. A request whose config does not hash to its
 * `configHash` is refused.
 */
export function serveAggregateRequests(
  listen: (handler: (request: AggregateRequest) => void) => void,
  reply: (answer: AggregateReply) => void,
): void {
  const compiled = new Map<string, CompiledScoringConfig>();
  listen((request) => {
    try {
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
      const matrix = {
        respondents: request.respondents,
        items: request.items,
        ratings: request.ratings,
      };
      const options: AggregateOptions = {
        quantiles: request.quantiles,
        rows: { start: request.start, end: request.end },
        ...(request.roleOf === undefined || request.levels === undefined
          ? {}
          : { required: { roleOf: request.roleOf, levels: request.levels } }),
      };
      reply({
        id: request.id,
        partials: aggregateByGroup(
          matrix,
          config,
          { groupOf: request.groupOf, groups: request.groups },
          options,
        ),
      });
    } catch (error) {
      const path = error instanceof CapkitScoringError ? error.path : '';
      const message =
        error instanceof CapkitScoringError ? error.message.slice(path.length + 2) : String(error);
      reply({ id: request.id, error: { path, message } });
    }
  });
}

/**
 * Runs `aggregateByGroup` on several workers at once, each on a slice of the rows, and merges
 * their partials (exactly, see `mergePartials`). Give the ratings and index columns
 * `SharedArrayBuffer`s and no byte is copied; ordinary buffers are copied to each worker.
 */
export class AggregatePool {
  readonly #ports: readonly WorkerPort[];
  readonly #pending = new Map<
    number,
    { resolve: (partials: GroupPartials) => void; reject: (error: Error) => void }
  >();
  #nextId = 0;

  constructor(ports: readonly WorkerPort[]) {
    if (ports.length === 0)
      throw new CapkitScoringError('ports', 'give the pool at least one worker');
    this.#ports = ports;
    for (const port of ports) {
      port.listen((reply) => {
        const pending = this.#pending.get(reply.id);
        if (pending === undefined) return;
        this.#pending.delete(reply.id);
        if ('error' in reply)
          pending.reject(new CapkitScoringError(reply.error.path, reply.error.message));
        else pending.resolve(reply.partials);
      });
    }
  }

  /** Number of workers. */
  get size(): number {
    return this.#ports.length;
  }

  /**
   * Same result as `aggregateByGroup(matrix, config, grouping, options)`, computed in parallel.
   *
   * @throws {CapkitScoringError} as `aggregateByGroup` does, located in the whole matrix; a
   *   config not made by `compileScoringConfig` is refused before any worker is asked.
   */
  async aggregate(
    matrix: ResponseMatrix,
    config: CompiledScoringConfig,
    grouping: Grouping,
    options: Omit<AggregateOptions, 'rows' | 'kernel'> = {},
  ): Promise<GroupPartials> {
    assertCompiledScoringConfig(config);
    const workers = this.#ports.length;
    const chunk = Math.ceil(matrix.respondents / workers);
    const parts = this.#ports.map((port, w) => {
      const start = Math.min(matrix.respondents, w * chunk);
      const end = Math.min(matrix.respondents, start + chunk);
      const id = this.#nextId++;
      const request: AggregateRequest = {
        id,
        config: config.config,
        configHash: config.hash,
        respondents: matrix.respondents,
        items: matrix.items,
        ratings: matrix.ratings,
        groupOf: grouping.groupOf,
        groups: grouping.groups,
        quantiles: options.quantiles ?? false,
        start,
        end,
        ...(options.required === undefined
          ? {}
          : { roleOf: options.required.roleOf, levels: options.required.levels }),
      };
      return new Promise<GroupPartials>((resolve, reject) => {
        this.#pending.set(id, { resolve, reject });
        port.post(request);
      });
    });
    return mergePartials(await Promise.all(parts));
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.#ports.map((port) => port.terminate()));
  }
}

/** Node's `worker_threads` Worker, as far as the pool uses it. */
interface NodeWorker {
  postMessage(message: unknown): void;
  on(event: string, listener: (message: AggregateReply) => void): unknown;
  terminate(): Promise<number>;
}

/** Wraps a Node `worker_threads` Worker running `@capkit/scoring/worker-node`. */
export function nodeWorkerPort(worker: NodeWorker): WorkerPort {
  return {
    post: (request) => worker.postMessage(request),
    listen: (handler) => worker.on('message', handler),
    terminate: () => worker.terminate(),
  };
}

/** A browser Web Worker, as far as the pool uses it. */
interface BrowserWorker {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { readonly data: never }) => void): void;
  terminate(): void;
}

/** Wraps a browser Web Worker running `@capkit/scoring/worker-browser`. */
export function browserWorkerPort(worker: BrowserWorker): WorkerPort {
  return {
    post: (request) => worker.postMessage(request),
    listen: (handler) => worker.addEventListener('message', (event) => handler(event.data)),
    terminate: () => worker.terminate(),
  };
}
