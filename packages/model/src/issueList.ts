import { isBefore, parseISO } from 'date-fns';
import type { IssueCode, IssueParams } from './issueMessages.js';
import { formatPath, makeIssue, type ValidationIssue } from './validationIssue.js';

/** A location in a document, as keys from the root. */
export type Path = readonly PropertyKey[];

/** How many issues a `validate…` function reports before it sums up the rest. @default 100 */
export const defaultMaxIssues = 100;

/** Options every `validate…` function takes. */
export interface ValidationOptions {
  /**
   * Most issues to list; past it, one last issue (code `validation.tooManyIssues`) says how many
   * more were found. A whole number of at least 1, or `Infinity` for all.
   * @default 100
   */
  readonly maxIssues?: number;
}

/**
 * Reads `maxIssues` from validation options.
 * @throws {RangeError} when it is not a whole number of at least 1 nor `Infinity`.
 */
export function maxIssuesOf(options: ValidationOptions = {}): number {
  const max = options.maxIssues ?? defaultMaxIssues;
  if (!(max === Number.POSITIVE_INFINITY || (Number.isInteger(max) && max >= 1))) {
    throw new RangeError(
      `maxIssues is ${String(max)}; give a whole number of at least 1, or Infinity`,
    );
  }
  return max;
}

// ISO dates and date-times compare by instant; parseISO reads both.
const before = (later: string, earlier: string) => isBefore(parseISO(later), parseISO(earlier));

/**
 * Collects issues up to a cap, so a document with millions of problems costs a bounded report:
 * past `maxIssues` it only counts, and {@link IssueList.result} ends with one summary issue.
 */
export class IssueList {
  private readonly listed: ValidationIssue[] = [];
  private omitted = 0;

  /** @param maxIssues Most issues to list. @default Infinity */
  constructor(readonly maxIssues: number = Number.POSITIVE_INFINITY) {}

  /** Number of issues found so far, listed or not. */
  get count(): number {
    return this.listed.length + this.omitted;
  }

  /** Adds a ready-made issue. */
  push(issue: ValidationIssue): void {
    if (this.listed.length < this.maxIssues) this.listed.push(issue);
    else this.omitted += 1;
  }

  /** Adds an issue with capkit's message for `code`. */
  add(path: Path, code: IssueCode, params: IssueParams = {}): void {
    if (this.listed.length < this.maxIssues) this.listed.push(makeIssue(path, code, params));
    else this.omitted += 1;
  }

  /** The listed issues, then a summary of the ones past the cap if there were any. */
  result(): ValidationIssue[] {
    if (this.omitted === 0) return [...this.listed];
    return [
      ...this.listed,
      makeIssue([], 'validation.tooManyIssues', {
        count: this.omitted,
        maxIssues: this.maxIssues,
      }),
    ];
  }

  /** Reports `id` when it is not in `known`. */
  resolve(
    known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
    id: string,
    path: Path,
    target: string,
  ): void {
    if (!known.has(id)) this.add(path, 'ref.unknown', { target, id });
  }

  /** Reports `later` when it falls before `earlier`. */
  ordered(
    earlier: { name: string; value: string },
    later: { name: string; value: string },
    path: Path,
  ): void {
    if (before(later.value, earlier.value)) {
      this.add(path, 'dates.outOfOrder', {
        earlier: earlier.name,
        earlierValue: earlier.value,
        later: later.name,
        laterValue: later.value,
      });
    }
  }

  /**
   * Indexes items by id, reporting each duplicate at its own `id` with the path of the first
   * item that used the id (`params.firstPath`).
   */
  index<T extends { readonly id: string }>(
    items: readonly T[] | undefined,
    path: Path,
  ): Map<string, T> {
    const byId = new Map<string, T>();
    const firstAt = new Map<string, number>();
    items?.forEach((item, index) => {
      const first = firstAt.get(item.id);
      if (first !== undefined)
        this.add([...path, index, 'id'], 'id.duplicate', {
          id: item.id,
          collection: formatPath(path),
          firstPath: formatPath([...path, first, 'id']),
        });
      else {
        byId.set(item.id, item);
        firstAt.set(item.id, index);
      }
    });
    return byId;
  }

  /** Reports a node that is its own ancestor through `parentId`. */
  acyclic(
    items: ReadonlyMap<string, { readonly parentId?: string | undefined }>,
    path: (id: string) => Path,
  ): void {
    const settled = new Set<string>();
    for (const start of items.keys()) {
      const chain = new Set<string>();
      let current: string | undefined = start;
      while (current !== undefined && !settled.has(current)) {
        if (chain.has(current)) {
          this.add(path(current), 'tree.cycle', { id: current });
          break;
        }
        chain.add(current);
        current = items.get(current)?.parentId;
      }
      for (const id of chain) settled.add(id);
    }
  }
}
