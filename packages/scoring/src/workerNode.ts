// Worker entry for Node's worker_threads: `new Worker(require.resolve('@capkit/scoring/worker-node'))`.
import { parentPort } from 'node:worker_threads';
import { serveAggregateRequests } from './serveAggregateRequests.js';

const port = parentPort;
if (port === null) throw new Error('@capkit/scoring/worker-node runs inside a worker thread');
serveAggregateRequests(
  (handler) => port.on('message', (request: unknown) => handler(request)),
  (reply) => port.postMessage(reply),
);
