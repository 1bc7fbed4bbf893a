// Over 400 lines: this widget predates the shared widget contract; splitting it into parts the
// way FrameworkBrowser/ is split is the work of the widget-foundation issue (9).
import { toCsv, type CsvValue } from '@capkit/model/csv';
import type { GroupSummary, GroupSummaryCell } from '@capkit/scoring';
import { useId, useMemo, useState } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { usableLocale } from '../CapkitProvider/usableLocale.js';
import { defaultGroupSummaryTableMessages, type GroupSummaryTableMessages } from './messages.js';

/** A column of the table: a statistic of each group’s competency scores. */
export type GroupMeasure = 'count' | 'mean' | 'sd' | 'median' | 'meanGap' | 'shareBelowRequired';

/** Every {@link GroupMeasure}, in the table’s default column order. */
export const groupMeasures: readonly GroupMeasure[] = [
  'count',
  'mean',
  'sd',
  'median',
  'meanGap',
  'shareBelowRequired',
];

/** Row order of a {@link GroupSummaryTable}: by a name column or a measure. */
export interface GroupSummaryTableSort {
  readonly by: 'group' | 'competency' | GroupMeasure;
  readonly direction: 'ascending' | 'descending';
}

/** What the table shows; shared by {@link GroupSummaryTable} and {@link groupSummaryCsv}. */
export interface GroupSummaryContent {
  /** Results from `summariseGroups`: `cells[group * competencies + competency]`. */
  readonly summary: GroupSummary;
  /** Row labels: one name per group of `summary` (units or roles), in its group order. */
  readonly groups: readonly string[];
  /** One name per competency of `summary`, in its order. */
  readonly competencies: readonly string[];
  /**
   * Index of the one competency to show, or `'all'` for a row per group × competency.
   * @default 'all'
   */
  readonly competency?: number | 'all';
  /**
   * Columns to show, in order.
   * @default groupMeasures (all six)
   */
  readonly measures?: readonly GroupMeasure[];
  /**
   * Header of the group column, e.g. “Unit” or “Role”.
   * @default messages.group
   */
  readonly groupHeading?: string;
  /**
   * Row order; `null` keeps the summary’s order.
   * @default null
   */
  readonly sort?: GroupSummaryTableSort | null;
  /**
   * BCP 47 locale, for the order of names.
   * @default 'en'
   */
  readonly locale?: string;
  /** Replacement strings; missing keys fall back to English. */
  readonly messages?: Partial<GroupSummaryTableMessages>;
}

/** Props of {@link GroupSummaryTable}. */
export interface GroupSummaryTableProps extends Omit<
  GroupSummaryContent,
  'summary' | 'sort' | 'locale' | 'messages'
> {
  /** Caption of the table. */
  readonly title: string;
  /** One or two sentences on what the table shows. */
  readonly description?: string;
  /** Results from `summariseGroups`; leave out while loading. */
  readonly summary?: GroupSummary | undefined;
  /**
   * `loading` shows a busy message, `error` shows `errorMessage`, in place of the table.
   * @default 'ready'
   */
  readonly status?: 'ready' | 'loading' | 'error';
  /**
   * What went wrong, shown when `status` is `error`.
   * @default messages.error
   */
  readonly errorMessage?: string;
  /** Controlled row order (`null`: the summary’s order); pair with `onSortChange`. */
  readonly sort?: GroupSummaryTableSort | null;
  /**
   * Initial row order when uncontrolled.
   * @default null
   */
  readonly defaultSort?: GroupSummaryTableSort | null;
  /** Called with the new order when the reader sorts by a column. */
  readonly onSortChange?: (sort: GroupSummaryTableSort | null) => void;
  /**
   * Name of the downloaded CSV file.
   * @default 'group-summary.csv'
   */
  readonly csvFileName?: string;
  /**
   * BCP 47 locale for numbers and the order of names.
   * @default the nearest CapkitProvider’s, else 'en'
   */
  readonly locale?: string;
  /**
   * Text direction; right-to-left puts the group names on the right.
   * @default the locale’s direction
   */
  readonly dir?: 'ltr' | 'rtl';
  /** Replacement strings, e.g. a translation; missing keys fall back to the provider’s, then English. */
  readonly messages?: Partial<GroupSummaryTableMessages>;
  /** Extra class name on the outer element. */
  readonly className?: string;
}

type SortDirection = 'ascending' | 'descending';

/** One row of the table: a group × competency cell of the summary. */
interface SummaryRow {
  readonly group: number;
  readonly competency: number;
  readonly cell: GroupSummaryCell | undefined;
}

function measureValue(cell: GroupSummaryCell | undefined, measure: GroupMeasure): number | null {
  if (cell?.status !== 'published') return null;
  switch (measure) {
    case 'count':
      return cell.count;
    case 'mean':
      return cell.mean;
    case 'sd':
      return cell.sd;
    case 'median': {
      const median = cell.quantiles.get(0.5);
      return median === undefined || Number.isNaN(median) ? null : median;
    }
    case 'meanGap':
      return cell.meanGap;
    case 'shareBelowRequired':
      return cell.shareBelowRequired;
    default:
      return measure satisfies never;
  }
}

function checkShape(content: GroupSummaryContent): void {
  const { summary, groups, competencies, competency = 'all' } = content;
  if (summary.cells.length !== groups.length * competencies.length) {
    throw new RangeError(
      `GroupSummaryTable: summary.cells has ${summary.cells.length} cells, expected ${groups.length} groups × ${competencies.length} competencies`,
    );
  }
  if (
    competency !== 'all' &&
    !(Number.isInteger(competency) && competency >= 0 && competency < competencies.length)
  ) {
    throw new RangeError(
      `GroupSummaryTable: competency is ${competency}, expected 'all' or 0 to ${competencies.length - 1}`,
    );
  }
}

/** The rows to show, in the summary’s order: groups, and within each the competencies. */
function summaryRows(content: GroupSummaryContent): SummaryRow[] {
  const { summary, groups, competencies, competency = 'all' } = content;
  const count = competencies.length;
  const shown = competency === 'all' ? competencies.map((_, index) => index) : [competency];
  return groups.flatMap((_, group) =>
    shown.map((c) => ({ group, competency: c, cell: summary.cells[group * count + c] })),
  );
}

/** Rows ordered by `sort`: rows without a value (withheld, empty, not set) last, ties as given. */
function sortRows(
  rows: readonly SummaryRow[],
  sort: GroupSummaryTableSort | null,
  content: GroupSummaryContent,
  collator: Intl.Collator,
): readonly SummaryRow[] {
  if (sort === null) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const indexed = rows.map((row, index) => ({ row, index }));
  const { by } = sort;
  if (by === 'group' || by === 'competency') {
    const names = by === 'group' ? content.groups : content.competencies;
    const nameOf = (row: SummaryRow) => names[by === 'group' ? row.group : row.competency] ?? '';
    indexed.sort(
      (a, b) => sign * collator.compare(nameOf(a.row), nameOf(b.row)) || a.index - b.index,
    );
  } else {
    indexed.sort((a, b) => {
      const x = measureValue(a.row.cell, by);
      const y = measureValue(b.row.cell, by);
      if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
      return x === y ? a.index - b.index : x < y ? -sign : sign;
    });
  }
  return indexed.map(({ row }) => row);
}

function statusText(
  cell: GroupSummaryCell | undefined,
  k: number,
  messages: GroupSummaryTableMessages,
): string {
  if (cell === undefined || cell.status === 'empty') return messages.noResponses;
  if (cell.status === 'published') return messages.published;
  return cell.reason === 'primary' ? messages.withheldPrimary(k) : messages.withheldComplementary;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function csvRecords(
  rows: readonly SummaryRow[],
  content: GroupSummaryContent,
  messages: GroupSummaryTableMessages,
): CsvValue[][] {
  const { summary, groups, competencies, measures = groupMeasures } = content;
  const header: CsvValue[] = [
    content.groupHeading ?? messages.group,
    messages.competency,
    messages.status,
    ...measures.map((measure) =>
      measure === 'shareBelowRequired'
        ? messages.percentColumn(messages[measure])
        : messages[measure],
    ),
  ];
  return [
    header,
    ...rows.map((row): CsvValue[] => [
      groups[row.group],
      competencies[row.competency],
      statusText(row.cell, summary.k, messages),
      ...measures.map((measure) => {
        const value = measureValue(row.cell, measure);
        if (value === null) return null;
        if (measure === 'count') return value;
        return measure === 'shareBelowRequired' ? round(value * 100, 2) : round(value, 4);
      }),
    ]),
  ];
}

/**
 * The table’s rows as CSV, as the download button saves them: one record per group ×
 * competency with its status (published, or why withheld) and the measures as plain numbers
 * (shares as percentages), formula-safe, RFC 4180, with a UTF-8 byte order mark.
 *
 * @throws {RangeError} when `summary` does not have `groups.length × competencies.length` cells.
 */
export function groupSummaryCsv(content: GroupSummaryContent): string {
  checkShape(content);
  const messages = { ...defaultGroupSummaryTableMessages, ...content.messages };
  const collator = new Intl.Collator(usableLocale(content.locale ?? 'en'));
  const rows = sortRows(summaryRows(content), content.sort ?? null, content, collator);
  return toCsv(csvRecords(rows, content, messages));
}

function SortMark({ direction }: { readonly direction: SortDirection | undefined }) {
  return (
    <span
      className="ck-summary-table__sort-mark"
      aria-hidden="true"
      data-direction={direction ?? 'none'}
    >
      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
    </span>
  );
}

/** Saves text as a file: a Blob URL on a temporary link, made and revoked inside the click. */
function saveFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns: revoke it on the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Results by group (unit or role) for one competency or all: respondents, mean, standard
 * deviation, median, mean gap and share below the required level, with numbers in the
 * reader’s locale. Withheld rows say so and why (too few respondents, or to protect a smaller
 * group), and are never shown as zeros. Every column sorts (`aria-sort`); a button downloads
 * the rows, in the order shown, as a formula-safe CSV file.
 *
 * @throws {RangeError} when `summary` does not have `groups.length × competencies.length` cells,
 *   or `competency` is not one of them.
 */
export function GroupSummaryTable({
  title,
  description,
  summary,
  groups,
  competencies,
  competency = 'all',
  measures = groupMeasures,
  groupHeading,
  status = 'ready',
  errorMessage,
  sort: controlledSort,
  defaultSort = null,
  onSortChange,
  csvFileName = 'group-summary.csv',
  locale: ownLocale,
  dir: ownDir,
  messages: ownMessages,
  className,
}: GroupSummaryTableProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages('GroupSummaryTable', defaultGroupSummaryTableMessages, ownMessages);
  const id = useId();
  const [ownSort, setOwnSort] = useState(defaultSort);
  const sort = controlledSort === undefined ? ownSort : controlledSort;

  const content: GroupSummaryContent | undefined =
    summary === undefined
      ? undefined
      : {
          summary,
          groups,
          competencies,
          competency,
          measures,
          sort,
          locale,
          messages,
          ...(groupHeading === undefined ? {} : { groupHeading }),
        };
  if (content !== undefined) checkShape(content);

  const formats = useMemo(() => {
    const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const score = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    return (measure: GroupMeasure, value: number) =>
      measure === 'count'
        ? count.format(value)
        : measure === 'shareBelowRequired'
          ? percent.format(value)
          : score.format(value);
  }, [locale]);
  const collator = useMemo(() => new Intl.Collator(locale), [locale]);
  const rows = useMemo(() => {
    if (summary === undefined) return [];
    const shown = { summary, groups, competencies, competency };
    return sortRows(summaryRows(shown), sort, shown, collator);
  }, [summary, groups, competencies, competency, sort, collator]);

  const empty = summary === undefined || rows.length === 0;
  const state = status === 'ready' && empty ? 'empty' : status;
  const classes = ['ck-summary-table', className].filter(Boolean).join(' ');
  if (status !== 'ready' || content === undefined || empty) {
    return (
      <div className={classes} dir={dir} data-state={state}>
        <p className="ck-summary-table__title">{title}</p>
        {status === 'loading' ? (
          <p className="ck-summary-table__status" role="status">
            {messages.loading}
          </p>
        ) : status === 'error' ? (
          <p className="ck-summary-table__status" role="alert">
            {errorMessage ?? messages.error}
          </p>
        ) : (
          <p className="ck-summary-table__status">{messages.empty}</p>
        )}
      </div>
    );
  }

  const k = content.summary.k;
  const allCompetencies = competency === 'all';
  const changeSort = (by: GroupSummaryTableSort['by']) => {
    const first: SortDirection = by === 'group' || by === 'competency' ? 'ascending' : 'descending';
    const next: GroupSummaryTableSort | null =
      sort === null || sort.by !== by
        ? { by, direction: first }
        : sort.direction === first
          ? { by, direction: first === 'ascending' ? 'descending' : 'ascending' }
          : null;
    if (controlledSort === undefined) setOwnSort(next);
    onSortChange?.(next);
  };
  const directionOf = (by: GroupSummaryTableSort['by']) =>
    sort?.by === by ? sort.direction : undefined;
  const header = (by: GroupSummaryTableSort['by'], label: string, numeric: boolean) => (
    <th key={by} scope="col" aria-sort={directionOf(by)} data-numeric={numeric || undefined}>
      <button type="button" className="ck-summary-table__sort" onClick={() => changeSort(by)}>
        {label}
        <SortMark direction={directionOf(by)} />
      </button>
    </th>
  );
  const hasWithheld = rows.some((row) => row.cell?.status === 'suppressed');
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;

  return (
    <div className={classes} dir={dir} data-state={state}>
      <div
        className="ck-summary-table__scroller"
        role="region"
        aria-labelledby={titleId}
        tabIndex={0}
      >
        <table
          className="ck-summary-table__table"
          aria-labelledby={titleId}
          aria-describedby={description === undefined ? undefined : descriptionId}
          data-sort-by={sort?.by ?? 'none'}
          data-sort-direction={sort?.direction ?? 'none'}
          data-competency={String(competency)}
        >
          <caption>
            <span id={titleId} className="ck-summary-table__title">
              {title}
            </span>
            {description !== undefined && (
              <span id={descriptionId} className="ck-summary-table__description">
                {description}
              </span>
            )}
          </caption>
          <thead>
            <tr>
              {header('group', groupHeading ?? messages.group, false)}
              {allCompetencies && header('competency', messages.competency, false)}
              {measures.map((measure) => header(measure, messages[measure], true))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ group, competency: c, cell }) => (
              <tr
                key={`${group}:${c}`}
                data-state={cell?.status ?? 'empty'}
                data-reason={cell?.status === 'suppressed' ? cell.reason : undefined}
              >
                <th scope="row">{groups[group]}</th>
                {allCompetencies && <th scope="row">{competencies[c]}</th>}
                {cell?.status === 'published' ? (
                  measures.map((measure) => {
                    const value = measureValue(cell, measure);
                    return (
                      <td key={measure} data-numeric>
                        {value !== null ? (
                          formats(measure, value)
                        ) : (measure === 'meanGap' || measure === 'shareBelowRequired') &&
                          cell.gapStatus === 'withheld' ? (
                          cell.gapReason === 'primary' ? (
                            messages.withheldPrimary(k)
                          ) : (
                            messages.withheldComplementary
                          )
                        ) : measure === 'meanGap' || measure === 'shareBelowRequired' ? (
                          messages.notSet
                        ) : (
                          <>
                            <span aria-hidden="true">—</span>
                            <span className="ck-summary-table__hidden">
                              {messages.notAvailable}
                            </span>
                          </>
                        )}
                      </td>
                    );
                  })
                ) : (
                  <td colSpan={measures.length} className="ck-summary-table__withheld">
                    {statusText(cell, k, messages)}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hasWithheld && <p className="ck-summary-table__note">{messages.withheldNote(k)}</p>}
      <button
        type="button"
        className="ck-summary-table__download"
        onClick={() => saveFile(groupSummaryCsv(content), csvFileName, 'text/csv;charset=utf-8')}
      >
        {messages.download}
      </button>
    </div>
  );
}
