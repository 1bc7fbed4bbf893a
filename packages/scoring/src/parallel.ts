// `@capkit/scoring/parallel`: the engine on worker threads or Web Workers. The pool lives in
// aggregatePool.ts, the messages in poolProtocol.ts, the worker's side in serveAggregateRequests.ts.
import type { WorkerPort } from './aggregatePool.js';
import type { PoolReply } from './poolProtocol.js';

export {
  AggregatePool,
  type PoolProgress,
  type PoolRunOptions,
  type WorkerPort,
} from './aggregatePool.js';
export type {
  AggregateReply,
  AggregateRequest,
  BootstrapRequest,
  PoolReply,
  PoolRequest,
  PublicationRequest,
  WorkerError,
} from './poolProtocol.js';
export { serveAggregateRequests } from './serveAggregateRequests.js';

/** Node's `worker_threads` Worker, as far as the pool uses it. */
interface NodeWorker {
  postMessage(message: unknown, transfer?: readonly ArrayBuffer[]): void;
  on(event: string, listener: (message: PoolReply) => void): unknown;
  terminate(): Promise<number>;
}

/** Wraps a Node `worker_threads` Worker running `@capkit/scoring/worker-node`. */
export function nodeWorkerPort(worker: NodeWorker): WorkerPort {
  return {
    post: (request, transfer) => worker.postMessage(request, transfer),
    listen: (handler) => worker.on('message', handler),
    terminate: () => worker.terminate(),
  };
}

/** A browser Web Worker, as far as the pool uses it. */
interface BrowserWorker {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  addEventListener(type: 'message', listener: (event: { readonly data: never }) => void): void;
  terminate(): void;
}

/** Wraps a browser Web Worker running `@capkit/scoring/worker-browser`. */
export function browserWorkerPort(worker: BrowserWorker): WorkerPort {
  return {
    post: (request, transfer) => worker.postMessage(request, [...transfer]),
    listen: (handler) => worker.addEventListener('message', (event) => handler(event.data)),
    terminate: () => worker.terminate(),
  };
}
