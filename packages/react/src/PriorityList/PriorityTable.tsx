import { useId } from 'react';
import { useScrollRegion } from '../shared/useScrollRegion.js';
import { rowState } from './PriorityChart.js';
import type { PriorityRow } from './priorityRows.js';
import type { PriorityText } from './priorityText.js';

/** Props of {@link PriorityTable}. */
export interface PriorityTableProps {
  /** Title of the figure, for the caption. */
  readonly title: string;
  /** The ranked units, in the list's order. */
  readonly rows: readonly PriorityRow[];
  /** k of "in the top k". */
  readonly topK: number;
  /** Numbers and phrases in the reader's locale. */
  readonly text: PriorityText;
}

/**
 * The list's values as a table: rank, name, score, interval, rank probabilities and n. Seven
 * columns cannot reflow into a phone's width: there the table scrolls in its own region,
 * focusable and named by the caption so that a keyboard can scroll it. Where it fits, it is a
 * plain table with no extra tab stop.
 */
export function PriorityTable({ title, rows, topK, text }: PriorityTableProps) {
  const captionId = `${useId()}-caption`;
  const [scrollRef, scrolls] = useScrollRegion<HTMLDivElement>();
  const { messages, by, level, k } = text;
  return (
    <div
      ref={scrollRef}
      className="ck-scroll"
      {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}
    >
      <table className="ck-table ck-priority-list__table">
        <caption id={captionId}>{messages.tableCaption(title)}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.rankHeading}</th>
            <th scope="col">{messages.unitHeading(by)}</th>
            <th scope="col">{messages.mwdsHeading}</th>
            <th scope="col">{messages.intervalHeading(level)}</th>
            <th scope="col">{messages.rankHoldsHeading}</th>
            <th scope="col">{messages.topKHeading(k)}</th>
            <th scope="col">{messages.nHeading(by)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { unit } = row;
            const state = rowState(row);
            return (
              <tr
                key={row.id}
                data-rank={unit.rank ?? 'none'}
                data-tied={row.tied}
                data-top={unit.rank !== null && unit.rank <= topK}
                data-state={state}
              >
                <td>{text.rank(row)}</td>
                <th scope="row">{row.label}</th>
                {state === 'withheld' ? (
                  <td data-state="withheld">{messages.withheld(text.minimum, by)}</td>
                ) : (
                  <td data-numeric="">
                    {unit.meanWeightedDiscrepancy === null
                      ? '—'
                      : text.score(unit.meanWeightedDiscrepancy)}
                  </td>
                )}
                <td data-numeric="">
                  {unit.lower === null || unit.upper === null
                    ? '—'
                    : messages.interval(text.score(unit.lower), text.score(unit.upper))}
                </td>
                <td data-numeric="">{text.share(unit.rankHoldsProbability)}</td>
                <td data-numeric="">{text.share(unit.topKProbability)}</td>
                <td data-numeric="">{unit.n === null ? '—' : text.count(unit.n)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
