import type { GroupSummary } from '@capkit/scoring/publication';
import { useId, useMemo } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { localizedCount, numberFormats } from '../shared/localeFormat.js';
import { useControllableState } from '../shared/useControllableState.js';
import { useScrollRegion } from '../shared/useScrollRegion.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import type { LoadStateProps, LocaleProps } from '../shared/widgetProps.js';
import { groupFindings } from './groupFindings.js';
import { groupSummaryCsv, saveFile } from './groupSummaryCsv.js';
import { GroupSummaryRow } from './GroupSummaryRow.js';
import { defaultGroupSummaryTableMessages, type GroupSummaryTableMessages } from './messages.js';
import {
  checkShape,
  groupMeasures,
  nextSort,
  sortRows,
  summaryRows,
  type GroupMeasure,
  type GroupSummaryContent,
  type GroupSummaryTableSort,
} from './summaryRows.js';

export {
  groupMeasures,
  type GroupMeasure,
  type GroupSummaryContent,
  type GroupSummaryTableSort,
} from './summaryRows.js';
export { groupSummaryCsv } from './groupSummaryCsv.js';

/** Props of {@link GroupSummaryTable}. */
export interface GroupSummaryTableProps
  extends
    Omit<GroupSummaryContent, 'summary' | 'sort' | 'locale' | 'messages'>,
    LocaleProps<GroupSummaryTableMessages>,
    LoadStateProps {
  /** Caption of the table. */
  readonly title: string;
  /** One or two sentences on what the table shows. */
  readonly description?: string | undefined;
  /** Results from `summariseGroups`; leave out while loading. */
  readonly summary?: GroupSummary | undefined;
  /** Controlled row order (`null`: the summary’s order); pair with `onSortChange`. */
  readonly sort?: GroupSummaryTableSort | null | undefined;
  /**
   * Initial row order when uncontrolled.
   * @default null
   */
  readonly defaultSort?: GroupSummaryTableSort | null | undefined;
  /** Called with the new order when the reader sorts by a column. */
  readonly onSortChange?: ((sort: GroupSummaryTableSort | null) => void) | undefined;
  /**
   * Name of the downloaded CSV file.
   * @default 'group-summary.csv'
   */
  readonly csvFileName?: string | undefined;
}

function SortMark({ direction }: { readonly direction: 'ascending' | 'descending' | undefined }) {
  return (
    <span className="ck-sort-button__mark" aria-hidden="true" data-direction={direction ?? 'none'}>
      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
    </span>
  );
}

/**
 * Results by group (unit or role) for one competency or all. It opens with a sentence a
 * director can act on: which published group is furthest below the required level, and how
 * many groups are withheld (never which). Then the table: respondents, mean, standard
 * deviation, median, mean gap and share below the required level, with numbers in the reader’s
 * locale. Withheld rows say so and why (too few respondents, or to protect a smaller group), and
 * are never shown as zeros. Every column sorts (`aria-sort`); a button downloads the rows, in
 * the order shown, as a formula-safe CSV file. The table scrolls sideways in its own focusable,
 * named region only when it is wider than the page allows.
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
  const [scrollRef, scrolls] = useScrollRegion<HTMLDivElement>();
  const [sort, setSort] = useControllableState({
    value: controlledSort,
    defaultValue: defaultSort,
    onChange: onSortChange,
    name: 'GroupSummaryTable sort',
  });

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
          groupHeading,
        };
  if (content !== undefined) checkShape(content);

  const formats = numberFormats(locale);
  const format = (measure: GroupMeasure, value: number) =>
    measure === 'count'
      ? formats.count.format(value)
      : measure === 'shareBelowRequired'
        ? formats.percent.format(value)
        : formats.twoDecimals.format(value);
  const collator = useMemo(() => new Intl.Collator(locale), [locale]);
  const shownRows = useMemo(
    () => (summary === undefined ? [] : summaryRows({ summary, groups, competencies, competency })),
    [summary, groups, competencies, competency],
  );
  const rows = useMemo(
    () => sortRows(shownRows, sort, { groups, competencies }, collator),
    [shownRows, sort, groups, competencies, collator],
  );

  const empty = summary === undefined || rows.length === 0;
  const classes = ['ck-group-summary-table', className].filter(Boolean).join(' ');
  if (status !== 'ready' || content === undefined || empty) {
    return (
      <div
        className={classes}
        dir={dir}
        data-state={widgetState(status, empty)}
        aria-busy={status === 'loading' ? true : undefined}
      >
        <p className="ck-group-summary-table__title">{title}</p>
        <WidgetStatus
          status={status}
          empty={empty}
          messages={messages}
          errorMessage={errorMessage}
        />
      </div>
    );
  }

  const k = content.summary.k;
  const competencyColumn = competency === 'all';
  const directionOf = (by: GroupSummaryTableSort['by']) =>
    sort?.by === by ? sort.direction : undefined;
  const header = (by: GroupSummaryTableSort['by'], label: string, numeric: boolean) => (
    <th key={by} scope="col" aria-sort={directionOf(by)} data-numeric={numeric ? '' : undefined}>
      <button type="button" className="ck-sort-button" onClick={() => setSort(nextSort(sort, by))}>
        {label}
        <SortMark direction={directionOf(by)} />
      </button>
    </th>
  );
  const hasWithheld = rows.some((row) => row.cell?.status === 'suppressed');
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;

  const findings = groupFindings(shownRows);
  const furthestCell = findings.furthest?.cell;
  const sentences = [
    findings.furthest !== undefined && furthestCell?.status === 'published'
      ? messages.summaryFurthest({
          group: groups[findings.furthest.group] ?? '',
          competency: competencies[findings.furthest.competency] ?? '',
          meanGap: formats.twoDecimals.format(furthestCell.meanGap ?? 0),
          share: formats.percent.format(furthestCell.shareBelowRequired ?? 0),
        })
      : findings.anyGap
        ? messages.summaryNoneBelow
        : undefined,
    findings.tooSmall + findings.protecting > 0
      ? messages.summaryWithheld({
          tooSmall: localizedCount(locale, findings.tooSmall),
          protecting: localizedCount(locale, findings.protecting),
          k: localizedCount(locale, k),
        })
      : undefined,
  ].filter((sentence) => sentence !== undefined);

  return (
    <div className={classes} dir={dir} data-state="ready">
      {sentences.length > 0 && <p className="ck-summary">{sentences.join(' ')}</p>}
      <div
        ref={scrollRef}
        className="ck-scroll"
        {...(scrolls ? { role: 'region', 'aria-labelledby': titleId, tabIndex: 0 } : {})}
      >
        <table
          className="ck-table ck-group-summary-table__table"
          aria-labelledby={titleId}
          aria-describedby={description === undefined ? undefined : descriptionId}
          data-sort-by={sort?.by ?? 'none'}
          data-sort-direction={sort?.direction ?? 'none'}
          data-competency={String(competency)}
        >
          <caption>
            <span id={titleId} className="ck-group-summary-table__title">
              {title}
            </span>
            {description !== undefined && (
              <span id={descriptionId} className="ck-group-summary-table__description">
                {description}
              </span>
            )}
          </caption>
          <thead>
            <tr>
              {header('group', groupHeading ?? messages.group, false)}
              {competencyColumn && header('competency', messages.competency, false)}
              {measures.map((measure) => header(measure, messages[measure], true))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <GroupSummaryRow
                key={`${String(row.group)}:${String(row.competency)}`}
                row={row}
                groups={groups}
                competencies={competencies}
                competencyColumn={competencyColumn}
                measures={measures}
                k={k}
                format={format}
                messages={messages}
              />
            ))}
          </tbody>
        </table>
      </div>
      {hasWithheld && <p className="ck-group-summary-table__note">{messages.withheldNote(k)}</p>}
      <button
        type="button"
        className="ck-group-summary-table__download"
        onClick={() => saveFile(groupSummaryCsv(content), csvFileName, 'text/csv;charset=utf-8')}
      >
        {messages.download}
      </button>
    </div>
  );
}
