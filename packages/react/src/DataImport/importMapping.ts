import type {
  ImportColumnTarget,
  ImportIssue,
  ImportMappingShape,
  ImportTarget,
} from './importTypes.js';

/** The column chosen for each target, by {@link targetKey}; `null` is "not in this file". */
export type ColumnChoices = Readonly<Record<string, string | null>>;

/** A problem with the user's choices, found before the importer runs. */
export type ChoiceProblem =
  | { readonly kind: 'missing'; readonly key: string }
  | { readonly kind: 'chosenTwice'; readonly key: string; readonly header: string };

/**
 * One string per target, equal for equal targets: the key interop's `validateColumnMapping`
 * uses for "mapped twice" (`field:x`, `item:id:part`), so that the widget's notion of "the same
 * target" is the importer's.
 */
export function targetKey(to: ImportColumnTarget): string {
  switch (to.kind) {
    case 'ignore':
      return 'ignore';
    case 'field':
      return `field:${to.field}`;
    case 'rating':
      return `item:${to.itemId}:${to.part}`;
    default:
      return to satisfies never;
  }
}

/** The column the mapping sends to each target (the first, should it send two). */
export function choicesOf(
  mapping: ImportMappingShape,
  targets: readonly ImportTarget[],
): ColumnChoices {
  const choices: Record<string, string | null> = {};
  for (const target of targets) {
    const key = targetKey(target.to);
    choices[key] = mapping.columns.find((column) => targetKey(column.to) === key)?.header ?? null;
  }
  return choices;
}

/**
 * The user's choices checked before anything runs, in the targets' order: a required target
 * with no column, and a column chosen for a second target (a column fills one field).
 */
export function choiceProblems(
  choices: ColumnChoices,
  targets: readonly ImportTarget[],
): ChoiceProblem[] {
  const problems: ChoiceProblem[] = [];
  const seen = new Set<string>();
  for (const target of targets) {
    const key = targetKey(target.to);
    const header = choices[key] ?? null;
    if (header === null) {
      if (target.required === true) problems.push({ kind: 'missing', key });
    } else if (seen.has(header)) {
      problems.push({ kind: 'chosenTwice', key, header });
    } else {
      seen.add(header);
    }
  }
  return problems;
}

/**
 * The mapping with the user's choices applied: a chosen column goes to its target; a column
 * that went to one of `targets` and was not chosen for it is ignored; any other column keeps
 * what the suggestion said (a target the widget does not list is not the user's to lose).
 * Headers, their order and every other property of the mapping are kept.
 */
export function applyChoices<M extends ImportMappingShape>(
  mapping: M,
  targets: readonly ImportTarget<M['columns'][number]['to']>[],
  choices: ColumnChoices,
): M {
  const byHeader = new Map<string, M['columns'][number]['to']>();
  const listed = new Set<string>();
  for (const target of targets) {
    const key = targetKey(target.to);
    listed.add(key);
    const header = choices[key] ?? null;
    if (header !== null && !byHeader.has(header)) byHeader.set(header, target.to);
  }
  const columns = mapping.columns.map((column) => {
    const to = byHeader.get(column.header);
    if (to !== undefined) return { ...column, to };
    if (listed.has(targetKey(column.to))) return { ...column, to: { kind: 'ignore' as const } };
    return column;
  });
  return { ...mapping, columns };
}

/** One page of the issue list: a thousand problems are shown a page at a time. */
export interface IssuePage {
  readonly issues: readonly ImportIssue[];
  /** 0-based page shown (clamped to the pages there are). */
  readonly page: number;
  readonly pages: number;
  /** 1-based position of the first and last issue shown; 0 and 0 when there is none. */
  readonly from: number;
  readonly to: number;
}

/** Page `page` (0-based, clamped) of `issues`, `size` to a page. */
export function issuePage(issues: readonly ImportIssue[], page: number, size: number): IssuePage {
  const perPage = Math.max(1, Math.floor(size));
  const pages = Math.max(1, Math.ceil(issues.length / perPage));
  const shown = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const start = shown * perPage;
  const slice = issues.slice(start, start + perPage);
  return {
    issues: slice,
    page: shown,
    pages,
    from: slice.length === 0 ? 0 : start + 1,
    to: start + slice.length,
  };
}

/** Whether the bytes read are a known share of the file, as 0–1; `undefined` when the size is unknown. */
export function shareRead(bytesRead: number, size: number): number | undefined {
  if (!(size > 0) || !Number.isFinite(bytesRead)) return undefined;
  return Math.min(1, Math.max(0, bytesRead / size));
}
