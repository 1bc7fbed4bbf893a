import { fromZodIssue } from '@capkit/model';
import { DemoError, type RunContext, type WorkerReply, type WorkerRequest } from './contract.js';
import type { Mutations, Queries } from './registry.js';
import { requestSchema } from './requestSchema.js';
import type { WorkspaceStore } from './workspaceStore.js';

type AnyQuery = Queries[keyof Queries];
type AnyMutation = Mutations[keyof Mutations];

// Progress is posted at most this often, so a tight loop cannot flood the page with messages.
const progressIntervalMs = 50;
// Recent answers, so that going back to a page does not run its analysis again.
const cacheSize = 24;

/**
 * Answers the page's requests against `store`: checks each message's shape, runs the named query
 * or mutation, posts progress, results and located errors, and tells every view when the
 * workspace changed. Mutations run one at a time, in the order they came.
 */
export function serveRequests(
  store: WorkspaceStore,
  registry: { readonly queries: Queries; readonly mutations: Mutations },
  post: (reply: WorkerReply) => void,
): (message: unknown) => void {
  const running = new Map<number, AbortController>();
  const cache = new Map<string, unknown>();
  let mutations: Promise<unknown> = Promise.resolve();

  const contextFor = (id: number, controller: AbortController): RunContext => {
    let last = 0;
    return {
      signal: controller.signal,
      progress(done, total) {
        const now = performance.now();
        if (done < total && now - last < progressIntervalMs) return;
        last = now;
        post({ kind: 'progress', id, done, total });
      },
    };
  };

  const parseArgs = (name: string, definition: AnyQuery | AnyMutation, args: unknown) => {
    const parsed = definition.args.safeParse(args);
    if (!parsed.success)
      throw new DemoError(
        `The request "${name}" is not valid.`,
        parsed.error.issues.map((issue) => fromZodIssue(issue)),
      );
    return parsed.data;
  };

  async function runQuery(request: Extract<WorkerRequest, { kind: 'query' }>, context: RunContext) {
    const definition = (registry.queries as Record<string, AnyQuery | undefined>)[request.name];
    if (definition === undefined) throw new DemoError(`There is no query "${request.name}".`);
    const args = parseArgs(request.name, definition, request.args);
    const stored = await store.current();
    const key = `${stored.revision}\u0000${request.name}\u0000${JSON.stringify(args)}`;
    if (cache.has(key)) return cache.get(key);
    const value = await (definition.run as (...a: unknown[]) => unknown)(stored.workspace, args, {
      ...context,
      saved: { origin: stored.origin, savedAt: stored.savedAt },
    });
    cache.set(key, value);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
    return value;
  }

  async function runMutation(
    request: Extract<WorkerRequest, { kind: 'mutate' }>,
    context: RunContext,
  ) {
    const definition = (registry.mutations as Record<string, AnyMutation | undefined>)[
      request.name
    ];
    if (definition === undefined) throw new DemoError(`There is no change "${request.name}".`);
    const args = parseArgs(request.name, definition, request.args);
    const stored = await store.current();
    const outcome = await (definition.run as (...a: unknown[]) => ReturnType<AnyMutation['run']>)(
      stored.workspace,
      args,
      context,
    );
    const saved = await store.replace(outcome.workspace, {
      origin: outcome.origin,
      validated: outcome.validated === true,
    });
    cache.clear();
    post({ kind: 'changed', revision: saved.revision });
    return outcome.result;
  }

  return (message) => {
    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) {
      const id = (message as { id?: unknown } | null)?.id;
      post({
        kind: 'error',
        id: typeof id === 'number' ? id : -1,
        message: 'The worker received a message it does not understand.',
        issues: parsed.error.issues.map((issue) => fromZodIssue(issue)),
      });
      return;
    }
    const request = parsed.data;
    if (request.kind === 'cancel') {
      running.get(request.id)?.abort();
      return;
    }
    const controller = new AbortController();
    running.set(request.id, controller);
    const context = contextFor(request.id, controller);
    const work =
      request.kind === 'query'
        ? runQuery(request, context)
        : (mutations = mutations.then(
            () => runMutation(request, context),
            () => runMutation(request, context),
          ));
    work
      .then(
        (value) => post({ kind: 'result', id: request.id, value }),
        (error: unknown) =>
          post({
            kind: 'error',
            id: request.id,
            message:
              error instanceof DemoError
                ? error.message
                : `Something went wrong: ${error instanceof Error ? error.message : String(error)}`,
            issues: error instanceof DemoError ? error.issues : [],
          }),
      )
      .finally(() => running.delete(request.id));
  };
}
