import type { ValidationIssue, Workspace } from '@capkit/model';
import type { z } from 'zod';
import type { WorkspaceOrigin } from './database.js';

// The contract between the page and the workspace worker. The worker owns the workspace: it
// builds the sample, keeps it in IndexedDB, runs every analysis, and hands the page only the small
// results a view needs, so no main-thread task has to touch the whole ministry's answers.

/** What a query or mutation can do while it runs. */
export interface RunContext {
  /** Reports progress; the page shows it in a progress bar. Cheap to call often. */
  readonly progress: (done: number, total: number) => void;
  /** Aborted when the page no longer wants the answer (it navigated away). */
  readonly signal: AbortSignal;
  /** Queries only: where the stored workspace came from and when it was last saved. */
  readonly saved?: { readonly origin: WorkspaceOrigin; readonly savedAt: string };
}

/** A read of the workspace, run in the worker. `args` is checked with `args` (a strict schema). */
export interface QueryDefinition<A, R> {
  readonly args: z.ZodType<A>;
  readonly run: (workspace: Workspace, args: A, context: RunContext) => R | Promise<R>;
}

/** What a mutation gives back: the next workspace, and what to tell the page. */
export interface MutationOutcome<R> {
  readonly workspace: Workspace;
  readonly result: R;
  /** Set by an import or a reset; an edit keeps the workspace's origin. */
  readonly origin?: WorkspaceOrigin;
  /**
   * True when `workspace` is what `validateWorkspace` returned for it. A change that checks only
   * the entry it touched leaves this out, and the next load checks the whole workspace once.
   */
  readonly validated?: boolean;
}

/** A change to the workspace: the worker stores the next workspace before it answers. */
export interface MutationDefinition<A, R> {
  readonly args: z.ZodType<A>;
  readonly run: (
    workspace: Workspace,
    args: A,
    context: RunContext,
  ) => MutationOutcome<R> | Promise<MutationOutcome<R>>;
}

export const defineQuery = <A, R>(definition: QueryDefinition<A, R>) => definition;
export const defineMutation = <A, R>(definition: MutationDefinition<A, R>) => definition;

/**
 * A failure the page can show: a sentence, and for bad input the located issues (which record,
 * which field, why). Thrown by queries and mutations; anything else thrown becomes a generic one.
 */
export class DemoError extends Error {
  readonly issues: readonly ValidationIssue[];
  constructor(message: string, issues: readonly ValidationIssue[] = []) {
    super(message);
    this.name = 'DemoError';
    this.issues = issues;
  }
}

/** Page → worker. */
export type WorkerRequest =
  | { readonly kind: 'query'; readonly id: number; readonly name: string; readonly args: unknown }
  | { readonly kind: 'mutate'; readonly id: number; readonly name: string; readonly args: unknown }
  | { readonly kind: 'cancel'; readonly id: number };

/** Worker → page. `changed` tells every view to read again after a mutation. */
export type WorkerReply =
  | {
      readonly kind: 'progress';
      readonly id: number;
      readonly done: number;
      readonly total: number;
    }
  | { readonly kind: 'result'; readonly id: number; readonly value: unknown }
  | {
      readonly kind: 'error';
      readonly id: number;
      readonly message: string;
      readonly issues: readonly ValidationIssue[];
    }
  | { readonly kind: 'changed'; readonly revision: number };
