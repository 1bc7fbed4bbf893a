import type { GroupSummaryTableMessages } from './messages.js';
import { statusText } from './groupSummaryCsv.js';
import { measureValue, type GroupMeasure, type SummaryRow } from './summaryRows.js';

/** Props of {@link GroupSummaryRow}. */
export interface GroupSummaryRowProps {
  /** The row: a group × competency cell. */
  readonly row: SummaryRow;
  /** Group names. */
  readonly groups: readonly string[];
  /** Competency names, for the competency column. */
  readonly competencies: readonly string[];
  /** Whether the table has a competency column (all competencies shown). */
  readonly competencyColumn: boolean;
  /** Columns, in order. */
  readonly measures: readonly GroupMeasure[];
  /** k of the disclosure rule. */
  readonly k: number;
  /** A measure's value in the reader's locale. */
  readonly format: (measure: GroupMeasure, value: number) => string;
  /** The widget's strings. */
  readonly messages: GroupSummaryTableMessages;
}

const gapMeasures: ReadonlySet<GroupMeasure> = new Set(['meanGap', 'shareBelowRequired']);

/**
 * One body row: the group (and competency) as row headers, then each measure. A withheld row
 * says why across all its measures; gap figures withheld on their own denominator, or missing
 * because no role sets a level, say so in their cells; a value that cannot be computed is a
 * dash read as "not available". Never a zero in place of a withheld number.
 */
export function GroupSummaryRow({
  row,
  groups,
  competencies,
  competencyColumn,
  measures,
  k,
  format,
  messages,
}: GroupSummaryRowProps) {
  const { group, competency, cell } = row;
  return (
    <tr
      data-state={cell?.status ?? 'empty'}
      data-reason={cell?.status === 'suppressed' ? cell.reason : undefined}
    >
      <th scope="row">{groups[group]}</th>
      {competencyColumn && <th scope="row">{competencies[competency]}</th>}
      {cell?.status === 'published' ? (
        measures.map((measure) => {
          const value = measureValue(cell, measure);
          if (value !== null) {
            return (
              <td key={measure} data-numeric="">
                {format(measure, value)}
              </td>
            );
          }
          if (gapMeasures.has(measure) && cell.gapStatus === 'withheld') {
            return (
              <td key={measure} data-state="withheld">
                {cell.gapReason === 'primary'
                  ? messages.withheldPrimary(k)
                  : messages.withheldComplementary}
              </td>
            );
          }
          if (gapMeasures.has(measure)) return <td key={measure}>{messages.notSet}</td>;
          return (
            <td key={measure} data-numeric="">
              <span aria-hidden="true">—</span>
              <span className="ck-visually-hidden">{messages.notAvailable}</span>
            </td>
          );
        })
      ) : (
        <td
          colSpan={measures.length}
          data-state={cell?.status === 'suppressed' ? 'withheld' : 'empty'}
        >
          {statusText(cell, k, messages)}
        </td>
      )}
    </tr>
  );
}
