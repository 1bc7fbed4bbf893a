/// <reference lib="webworker" />
import type { WorkerReply } from './contract.js';
import * as registry from './registry.js';
import { serveRequests } from './serveRequests.js';
import { WorkspaceStore } from './workspaceStore.js';

// The workspace worker's entry: one store, one request loop. See contract.ts.
declare const self: DedicatedWorkerGlobalScope;
const store = new WorkspaceStore({ checks: __CAPKIT_MODEL_CHECKS__ });
const serve = serveRequests(store, registry, (reply: WorkerReply) => self.postMessage(reply));
self.addEventListener('message', (event) => serve(event.data));
