import type { ValidationIssue } from '@capkit/model';
import type { WorkerReply, WorkerRequest } from '../worker/contract.js';
import type { Mutations, Queries } from '../worker/registry.js';

// The page's side of the workspace worker. Only types come from the worker's modules, so that
// zod, the sample generator and the engine stay out of the page's JavaScript.

export type QueryName = Extract<keyof Queries, string>;
export type MutationName = Extract<keyof Mutations, string>;
type ArgsOf<D> = D extends { readonly args: { readonly _output: infer A } } ? A : never;
type RunResultOf<D> = D extends { readonly run: (...args: never[]) => infer R }
  ? Awaited<R>
  : never;
type OutcomeResultOf<D> = RunResultOf<D> extends { readonly result: infer M } ? M : never;
export type QueryArgs<N extends QueryName> = ArgsOf<Queries[N]>;
export type QueryResult<N extends QueryName> = RunResultOf<Queries[N]>;
export type MutationArgs<N extends MutationName> = ArgsOf<Mutations[N]>;
export type MutationResult<N extends MutationName> = OutcomeResultOf<Mutations[N]>;

/** A request the worker refused or failed, with the located issues when the input was bad. */
export class WorkspaceError extends Error {
  readonly issues: readonly ValidationIssue[];
  constructor(message: string, issues: readonly ValidationIssue[] = []) {
    super(message);
    this.name = 'WorkspaceError';
    this.issues = issues;
  }
}

export interface RunOptions {
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: WorkspaceError) => void;
  readonly onProgress: RunOptions['onProgress'];
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();
const changeListeners = new Set<(revision: number) => void>();

function receive(reply: WorkerReply): void {
  if (reply.kind === 'changed') {
    for (const listener of changeListeners) listener(reply.revision);
    return;
  }
  const waiting = pending.get(reply.id);
  if (waiting === undefined) return;
  if (reply.kind === 'progress') {
    waiting.onProgress?.(reply.done, reply.total);
    return;
  }
  pending.delete(reply.id);
  if (reply.kind === 'result') waiting.resolve(reply.value);
  else waiting.reject(new WorkspaceError(reply.message, reply.issues));
}

function connect(): Worker {
  if (worker !== undefined) return worker;
  const started = new Worker(new URL('../worker/workspace.worker.ts', import.meta.url), {
    type: 'module',
    name: 'capkit-workspace',
  });
  started.addEventListener('message', (event: MessageEvent<WorkerReply>) => receive(event.data));
  started.addEventListener('error', (event) => {
    // A worker that fails to start or crashes answers nothing more: fail every wait, and start
    // a fresh worker on the next request.
    event.preventDefault();
    const error = new WorkspaceError(
      `The workspace worker stopped: ${event.message || 'unknown error'}`,
    );
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    started.terminate();
    worker = undefined;
  });
  worker = started;
  return started;
}

function send(
  kind: 'query' | 'mutate',
  name: string,
  args: unknown,
  options: RunOptions,
): Promise<unknown> {
  const id = nextId++;
  const target = connect();
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted === true) {
      reject(new WorkspaceError('Cancelled'));
      return;
    }
    pending.set(id, { resolve, reject, onProgress: options.onProgress });
    options.signal?.addEventListener(
      'abort',
      () => {
        if (!pending.delete(id)) return;
        target.postMessage({ kind: 'cancel', id } satisfies WorkerRequest);
        reject(new WorkspaceError('Cancelled'));
      },
      { once: true },
    );
    const request: WorkerRequest =
      kind === 'query' ? { kind, id, name, args } : { kind, id, name, args };
    target.postMessage(request);
  });
}

/** Runs a read of the workspace in the worker. */
export function runQuery<N extends QueryName>(
  name: N,
  args: QueryArgs<N>,
  options: RunOptions = {},
): Promise<QueryResult<N>> {
  return send('query', name, args, options) as Promise<QueryResult<N>>;
}

/** Runs a change of the workspace in the worker; it is stored before the promise settles. */
export function runMutation<N extends MutationName>(
  name: N,
  args: MutationArgs<N>,
  options: RunOptions = {},
): Promise<MutationResult<N>> {
  return send('mutate', name, args, options) as Promise<MutationResult<N>>;
}

/** Calls `listener` with the new revision whenever a change to the workspace is stored. */
export function onWorkspaceChanged(listener: (revision: number) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}
