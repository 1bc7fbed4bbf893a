// Worker entry for browsers: `new Worker(new URL('@capkit/scoring/worker-browser', import.meta.url), { type: 'module' })`.
import { serveAggregateRequests } from './serveAggregateRequests.js';

// The worker global, typed without pulling the WebWorker lib into the whole package.
declare const self: {
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  postMessage(message: unknown): void;
};

serveAggregateRequests(
  (handler) => self.addEventListener('message', (event) => handler(event.data)),
  (reply) => self.postMessage(reply),
);
