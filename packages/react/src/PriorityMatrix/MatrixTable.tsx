import type { ImportancePerformanceQuadrant } from '@capkit/scoring/tna';
import { useId } from 'react';
import type { NumberFormats } from '../shared/localeFormat.js';
import type { PriorityMatrixMessages, PriorityMatrixSummaryText } from './messages.js';
import { quadrantName } from './quadrantName.js';

/** One item as the table shows it. */
export interface MatrixTableRow {
  readonly id: string;
  readonly label: string;
  readonly meanImportance: number | null;
  readonly meanPerformance: number | null;
  readonly quadrant: ImportancePerformanceQuadrant | null;
  readonly onCrosshair: boolean;
  readonly withheld: boolean;
  readonly n: number | null;
}

/**
 * The same values as a table: item, both means, quadrant and n. Five columns are wider than a
 * phone: the table scrolls in its own named, focusable region.
 */
export function MatrixTable({
  title,
  rows,
  selectedId,
  minimum,
  summary,
  formats,
  messages,
}: {
  readonly title: string;
  readonly rows: readonly MatrixTableRow[];
  readonly selectedId: string | null;
  readonly minimum: string;
  readonly summary: PriorityMatrixSummaryText;
  readonly formats: NumberFormats;
  readonly messages: PriorityMatrixMessages;
}) {
  const captionId = `${useId()}-caption`;
  const mean = (value: number | null) => (value === null ? '—' : formats.twoDecimals.format(value));
  return (
    <div className="ck-priority-matrix__table-wrap">
      <div className="ck-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="ck-table ck-priority-matrix__table">
          <caption id={captionId}>{messages.tableCaption(title)}</caption>
          <thead>
            <tr>
              <th scope="col">{messages.item}</th>
              <th scope="col">{messages.meanImportance}</th>
              <th scope="col">{messages.meanPerformance}</th>
              <th scope="col">{messages.quadrant}</th>
              <th scope="col">{messages.n}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                data-quadrant={row.quadrant ?? 'none'}
                data-selected={row.id === selectedId}
                data-withheld={row.withheld}
              >
                <th scope="row">{row.label}</th>
                <td data-numeric="">{mean(row.meanImportance)}</td>
                <td data-numeric="">{mean(row.meanPerformance)}</td>
                <td>
                  {row.withheld
                    ? messages.withheld(minimum)
                    : row.quadrant === null
                      ? messages.notScored
                      : row.onCrosshair
                        ? `${quadrantName(row.quadrant, messages)} (${messages.onCrosshair})`
                        : quadrantName(row.quadrant, messages)}
                </td>
                <td data-numeric="">{row.n === null ? '—' : formats.count.format(row.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="ck-priority-matrix__note">{messages.tableNote(summary)}</p>
    </div>
  );
}
