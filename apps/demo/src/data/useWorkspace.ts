import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { WorkspaceError } from './workspaceClient.js';
import {
  onWorkspaceChanged,
  runMutation,
  runQuery,
  type MutationArgs,
  type MutationName,
  type MutationResult,
  type QueryArgs,
  type QueryName,
  type QueryResult,
} from './workspaceClient.js';

export interface Progress {
  readonly done: number;
  readonly total: number;
}

export type QueryState<R> =
  | { readonly status: 'loading'; readonly progress: Progress | undefined }
  | {
      readonly status: 'ready';
      readonly data: R;
      /** True while a newer answer is being worked out after a change. */
      readonly refreshing: boolean;
    }
  | { readonly status: 'error'; readonly error: WorkspaceError };

/**
 * Reads `name` from the workspace worker, again whenever the workspace changes. While a new
 * answer is on its way the previous one stays on screen, marked `refreshing`.
 */
export function useQuery<N extends QueryName>(
  name: N,
  args: QueryArgs<N>,
): QueryState<QueryResult<N>> {
  const key = JSON.stringify(args);
  const [state, setState] = useState<QueryState<QueryResult<N>>>({
    status: 'loading',
    progress: undefined,
  });
  const [revision, setRevision] = useState(0);
  useEffect(() => onWorkspaceChanged(setRevision), []);
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) =>
      previous.status === 'ready'
        ? { ...previous, refreshing: true }
        : { status: 'loading', progress: undefined },
    );
    runQuery(name, JSON.parse(key) as QueryArgs<N>, {
      signal: controller.signal,
      onProgress: (done, total) =>
        setState((previous) =>
          previous.status === 'loading'
            ? { status: 'loading', progress: { done, total } }
            : previous,
        ),
    }).then(
      // As a transition, React renders the answer in slices of a few milliseconds, yielding to
      // input between them: a page of 4,000 people is not drawn in one long task.
      (data) => startTransition(() => setState({ status: 'ready', data, refreshing: false })),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ status: 'error', error: error as WorkspaceError });
      },
    );
    return () => controller.abort();
  }, [name, key, revision]);
  return state;
}

export type MutationState<R> =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly progress: Progress | undefined }
  | { readonly status: 'done'; readonly result: R }
  | { readonly status: 'error'; readonly error: WorkspaceError };

/** A change to the workspace, run when `run` is called; the state says how it went. */
export function useMutation<N extends MutationName>(
  name: N,
): readonly [
  (args: MutationArgs<N>) => Promise<MutationResult<N> | undefined>,
  MutationState<MutationResult<N>>,
] {
  const [state, setState] = useState<MutationState<MutationResult<N>>>({ status: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(
    async (args: MutationArgs<N>) => {
      setState({ status: 'running', progress: undefined });
      try {
        const result = await runMutation(name, args, {
          onProgress: (done, total) => {
            if (mounted.current) setState({ status: 'running', progress: { done, total } });
          },
        });
        if (mounted.current) setState({ status: 'done', result });
        return result;
      } catch (error) {
        if (mounted.current) setState({ status: 'error', error: error as WorkspaceError });
        return undefined;
      }
    },
    [name],
  );
  return [run, state] as const;
}
