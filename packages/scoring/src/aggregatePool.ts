// Over 400 lines: one class whose queue, dispatch and reply routing share its private state (busy
// workers, in-flight requests); the chunk planning, the copies and the protocol are modules of
// their own (poolChunks.ts, poolProtocol.ts).
import type { AggregateOptions, GroupPartials, Grouping } from './aggregateByGroup.js';
import type { BootstrapOptions, BootstrapResult } from './bootstrap.js';
import { hierarchyDepths, mergePartials } from './mergePartials.js';
import type { PairedResponses, RatingScale } from './pairedResponses.js';
import {
  allShared,
  checkColumns,
  chunkRows,
  copyRange,
  planChunks,
  setupRows,
  type Chunk,
} from './poolChunks.js';
import {
  abortError,
  expectKind,
  parseReply,
  type PoolReply,
  type PoolRequest,
} from './poolProtocol.js';
import {
  mergePublicationPartials,
  type PublicationAggregateOptions,
  type PublicationGroups,
  type PublicationPartials,
} from './publication.js';
import type { ResponseMatrix } from './responseMatrix.js';
import { assertCompiledScoringConfig, type CompiledScoringConfig } from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';

/**
 * The two ends of a worker as the pool needs them, so that one pool serves Node's
 * `worker_threads` and browsers' Web Workers alike (see `nodeWorkerPort` and
 * `browserWorkerPort`). `transfer` lists buffers the pool made for this message alone (a
 * chunk's copied rows): a port should transfer them rather than copy them again.
 */
export interface WorkerPort {
  post(request: PoolRequest, transfer: readonly ArrayBuffer[]): void;
  listen(handler: (reply: PoolReply) => void): void;
  terminate(): unknown;
}

/** How far a run has got: rows aggregated so far, of `total`. */
export interface PoolProgress {
  readonly done: number;
  readonly total: number;
}

/** How a pool run is carried out, apart from what it computes. */
export interface PoolRunOptions {
  /**
   * Cancels the run: it rejects at once with an error named `'AbortError'` (the signal's
   * reason when that is one, else an `Error` with the reason as `cause`). Chunks not yet sent
   * are dropped; a worker busy with one finishes it, and its late reply is ignored.
   */
  readonly signal?: AbortSignal;
  /**
   * Called each time a chunk's rows are done, with rows done and the total; for `bootstrap`,
   * about 20 times with the replicates done and B.
   */
  readonly onProgress?: (progress: PoolProgress) => void;
  /**
   * Rows per chunk. Workers take the next chunk as they free up, so more chunks than workers
   * balance the load and give finer progress, but each chunk costs a fixed setup besides its
   * rows (a tally of groups × roles × competencies per pass: about 20 ms for
   * `aggregatePublication` at 50 units × 8 roles × 10 competencies), so on idle cores one
   * chunk per worker is the fastest split.
   * @default one chunk per worker, up to 4 per worker where the rows are so many that the extra
   *   chunks' setup stays under a quarter of the work
   */
  readonly chunkRows?: number;
}

interface Job {
  settled: boolean;
  readonly fail: (error: unknown) => void;
}

type RequestBody = PoolRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'id'>
    : never
  : never;

interface Message {
  readonly request: RequestBody;
  readonly transfer: ArrayBuffer[];
}

interface Task {
  readonly job: Job;
  readonly message: () => Promise<Message>;
  readonly done: (reply: PoolReply) => void;
  /** For a worker's progress replies on this task (the bootstrap's replicates). */
  readonly progress?: (done: number, total: number) => void;
}

/**
 * Runs the engine on several workers at once. Aggregations are split into chunks of rows that
 * workers take as they free up, and the chunks' partials are merged in row order (exactly as
 * `mergePartials` merges; see its notes on rounding). Give the ratings and index columns
 * `SharedArrayBuffer`s and no row is copied; otherwise (a page that is not cross-origin
 * isolated has no `SharedArrayBuffer`) each worker is sent a copy of its chunk's rows only.
 * Errors name the row of the whole matrix either way.
 */
export class AggregatePool {
  readonly #ports: readonly WorkerPort[];
  readonly #busy: boolean[];
  readonly #inFlight = new Map<number, { readonly worker: number; readonly task: Task }>();
  #queue: Task[] = [];
  #nextId = 0;
  #closed = false;

  constructor(ports: readonly WorkerPort[]) {
    if (ports.length === 0)
      throw new CapkitScoringError('ports', 'give the pool at least one worker');
    this.#ports = ports;
    this.#busy = ports.map(() => false);
    ports.forEach((port) => port.listen((reply) => this.#receive(reply)));
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
    run: PoolRunOptions = {},
  ): Promise<GroupPartials> {
    assertCompiledScoringConfig(config);
    const { required } = options;
    checkColumns(matrix, config, grouping.groupOf, required);
    const shared = allShared([matrix.ratings, grouping.groupOf, required?.roleOf]);
    const levels = required?.levels.slice();
    const roles = required === undefined ? 1 : required.levels.length / config.competencies;
    const setup = setupRows(config, [{ groups: grouping.groups, roles }]);
    const parts = await this.#runChunks(matrix.respondents, run, setup, async (chunk) => {
      const rows = await chunkRows(matrix, chunk, shared);
      const groupOf = await rows.column(grouping.groupOf);
      const roleOf = required === undefined ? undefined : await rows.column(required.roleOf);
      const request: RequestBody = {
        kind: 'aggregate',
        ...rows.fields,
        config: config.config,
        configHash: config.hash,
        quantiles: options.quantiles ?? false,
        groupOf,
        groups: grouping.groups,
        ...(roleOf === undefined || levels === undefined ? {} : { roleOf, levels }),
      };
      return { request, transfer: rows.transfer };
    });
    return mergePartials(parts.map((reply) => expectKind(reply, 'aggregate').partials));
  }

  /**
   * Same result as `aggregatePublication(matrix, config, groups, options)` — by unit, by role
   * and by unit × role — computed in parallel: each chunk's three passes run in one worker,
   * the chunks' partials merge with `mergePublicationPartials`. Publish them with
   * `summarisePublication`.
   *
   * @throws {CapkitScoringError} as `aggregatePublication` does, located in the whole matrix.
   */
  async aggregatePublication(
    matrix: ResponseMatrix,
    config: CompiledScoringConfig,
    groups: PublicationGroups,
    options: Omit<PublicationAggregateOptions, 'rows' | 'kernel'> = {},
    run: PoolRunOptions = {},
  ): Promise<PublicationPartials> {
    assertCompiledScoringConfig(config);
    const { units, roles } = groups;
    if (units.parentOf.length !== units.groups) {
      throw new CapkitScoringError(
        'groups.units.parentOf',
        `has ${units.parentOf.length} entries, expected one per unit (${units.groups})`,
      );
    }
    hierarchyDepths(units.parentOf);
    checkColumns(matrix, config, units.groupOf, roles);
    const shared = allShared([matrix.ratings, units.groupOf, roles.roleOf]);
    const parentOf = units.parentOf.slice();
    const levels = roles.levels.slice();
    const R = levels.length / config.competencies;
    const setup = setupRows(config, [
      { groups: units.groups + 1, roles: R },
      { groups: R, roles: R },
      { groups: units.groups * R, roles: R },
    ]);
    const parts = await this.#runChunks(matrix.respondents, run, setup, async (chunk) => {
      const rows = await chunkRows(matrix, chunk, shared);
      const unitOf = await rows.column(units.groupOf);
      const roleOf = await rows.column(roles.roleOf);
      const request: RequestBody = {
        kind: 'publication',
        ...rows.fields,
        config: config.config,
        configHash: config.hash,
        quantiles: options.quantiles ?? false,
        unitOf,
        units: units.groups,
        parentOf,
        roleOf,
        levels,
      };
      return { request, transfer: rows.transfer };
    });
    return mergePublicationPartials(
      parts.map((reply) => expectKind(reply, 'publication').partials),
    );
  }

  /**
   * Same result as `bootstrapMeanWeightedDiscrepancy(data, scale, options)`, bit for bit, run
   * in one worker; `options` reach it untouched. Without shared memory the two rating arrays
   * are copied to the worker once. A cancelled bootstrap rejects at once, but its worker stays
   * busy until the resampling ends (a running loop cannot be interrupted), and then serves again.
   *
   * @throws {CapkitScoringError} as `bootstrapMeanWeightedDiscrepancy` does.
   */
  async bootstrap(
    data: PairedResponses,
    scale: RatingScale,
    options: BootstrapOptions = {},
    run: Pick<PoolRunOptions, 'signal' | 'onProgress'> = {},
  ): Promise<BootstrapResult> {
    const shared = allShared([data.importance, data.performance]);
    const { onProgress } = run;
    const replicates = (done: number, total: number) => onProgress?.({ done, total });
    const steps = { ...(run.signal === undefined ? {} : { signal: run.signal }) };
    const [reply] = await this.#run(steps, [{ start: 0, end: 0 }], replicates, async () => {
      const whole = (side: Uint8Array) => copyRange(side, 0, side.length);
      const copies = shared
        ? undefined
        : [await whole(data.importance), await whole(data.performance)];
      const request: RequestBody = {
        kind: 'bootstrap',
        respondents: data.respondents,
        items: data.items,
        importance: copies?.[0] ?? data.importance,
        performance: copies?.[1] ?? data.performance,
        scale: { min: scale.min, max: scale.max },
        options,
      };
      return { request, transfer: copies?.map((copy) => copy.buffer) ?? [] };
    });
    return expectKind(reply as PoolReply, 'bootstrap').result;
  }

  /** Stops every worker; runs still going reject. */
  async close(): Promise<void> {
    this.#closed = true;
    const tasks = [...this.#queue, ...[...this.#inFlight.values()].map((flight) => flight.task)];
    const closed = new CapkitScoringError('pool', 'was closed before the run finished');
    tasks.forEach((task) => task.job.fail(closed));
    await Promise.all(this.#ports.map((port) => port.terminate()));
  }

  #runChunks(
    respondents: number,
    run: PoolRunOptions,
    setup: number,
    message: (chunk: Chunk) => Promise<Message>,
  ): Promise<PoolReply[]> {
    const chunks = planChunks(respondents, this.#ports.length, run.chunkRows, setup);
    return this.#run(run, chunks, undefined, message);
  }

  #run(
    run: PoolRunOptions,
    chunks: readonly Chunk[],
    progress: Task['progress'],
    message: (chunk: Chunk) => Promise<Message>,
  ): Promise<PoolReply[]> {
    const { signal, onProgress } = run;
    return new Promise<PoolReply[]>((resolve, reject) => {
      if (this.#closed) throw new CapkitScoringError('pool', 'is closed');
      if (signal?.aborted === true) throw abortError(signal.reason);
      const onAbort = () => job.fail(abortError(signal?.reason));
      const job: Job = {
        settled: false,
        fail: (error) => {
          if (job.settled) return;
          job.settled = true;
          signal?.removeEventListener('abort', onAbort);
          this.#queue = this.#queue.filter((task) => task.job !== job);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const replies: PoolReply[] = [];
      const total = chunks.reduce((sum, chunk) => sum + chunk.end - chunk.start, 0);
      let remaining = chunks.length;
      let done = 0;
      const tasks = chunks.map((chunk, index): Task => ({
        job,
        ...(progress === undefined ? {} : { progress }),
        message: () => message(chunk),
        done: (reply) => {
          replies[index] = reply;
          remaining -= 1;
          done += chunk.end - chunk.start;
          onProgress?.({ done, total });
          if (remaining > 0 || job.settled) return;
          job.settled = true;
          signal?.removeEventListener('abort', onAbort);
          resolve(replies);
        },
      }));
      this.#queue.push(...tasks);
      this.#pump();
    });
  }

  // Hands queued tasks to idle workers, one request in flight per worker, so that a cancelled
  // run's chunks are never sent and a later run's are not stuck behind them.
  #pump(): void {
    for (let worker = 0; worker < this.#ports.length && this.#queue.length > 0; worker += 1) {
      if (this.#busy[worker] === true) continue;
      this.#busy[worker] = true;
      void this.#dispatch(worker, this.#queue.shift() as Task);
    }
  }

  // Builds a task's message (copies are made a piece at a time, between other tasks) and posts
  // it, unless its run ended meanwhile.
  async #dispatch(worker: number, task: Task): Promise<void> {
    const free = () => {
      this.#busy[worker] = false;
      if (!this.#closed) this.#pump();
    };
    let built: Message;
    try {
      built = await task.message();
    } catch (error) {
      task.job.fail(error);
      free();
      return;
    }
    if (this.#closed)
      task.job.fail(new CapkitScoringError('pool', 'was closed before the run finished'));
    if (task.job.settled) {
      free();
      return;
    }
    const id = this.#nextId++;
    this.#inFlight.set(id, { worker, task });
    try {
      const request = { ...built.request, id } as PoolRequest;
      (this.#ports[worker] as WorkerPort).post(request, built.transfer);
    } catch (error) {
      // Nothing reached the worker (a value that cannot be cloned, say): it is free again.
      this.#inFlight.delete(id);
      task.job.fail(error);
      free();
    }
  }

  #receive(message: unknown): void {
    const id =
      typeof message === 'object' && message !== null && 'id' in message ? message.id : undefined;
    const flight = typeof id === 'number' ? this.#inFlight.get(id) : undefined;
    if (flight === undefined) return;
    if (
      typeof message === 'object' &&
      message !== null &&
      'kind' in message &&
      message.kind === 'progress'
    ) {
      // Not the answer: the worker is still busy with the task.
      if (flight.task.job.settled) return;
      try {
        const reply = parseReply(message);
        if (reply.kind === 'progress') flight.task.progress?.(reply.done, reply.total);
      } catch (error) {
        flight.task.job.fail(error);
      }
      return;
    }
    this.#inFlight.delete(id as number);
    this.#busy[flight.worker] = false;
    const { job, done } = flight.task;
    // A cancelled or failed run's late reply only frees its worker.
    if (!job.settled) {
      try {
        const reply = parseReply(message);
        if (reply.kind === 'error') {
          const { path, message: text } = reply.error;
          job.fail(path === '' ? new Error(text) : new CapkitScoringError(path, text));
        } else done(reply);
      } catch (error) {
        job.fail(error);
      }
    }
    if (!this.#closed) this.#pump();
  }
}
