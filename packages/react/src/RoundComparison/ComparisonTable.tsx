import { useId } from 'react';
import { useScrollRegion } from '../shared/useScrollRegion.js';
import type { ComparisonText } from './comparisonText.js';
import type { ComparisonGrid, ComparisonItem } from './roundGrid.js';

/** Props of {@link ComparisonTable}. */
export interface ComparisonTableProps {
  readonly grid: ComparisonGrid;
  readonly text: ComparisonText;
  readonly title: string;
}

/**
 * The grid itself, competency × unit (or unit × competency): in each cell the change in mean
 * level, its interval, the two round means and whether it is beyond noise. A wide grid scrolls
 * inside its own focusable region, never the page.
 */
export function ComparisonTable({ grid, text, title }: ComparisonTableProps) {
  const captionId = `${useId()}-caption`;
  const [scrollRef, scrolls] = useScrollRegion<HTMLDivElement>();
  const { messages } = text;
  const cell = (item: ComparisonItem | null, key: string) => {
    if (item === null) return <td key={key}>{messages.noResult}</td>;
    const { figures, reading } = item.words;
    return (
      <td key={key} data-reading={reading}>
        {figures === null || item.round1 === null || item.round2 === null ? (
          messages.reading('tooFewPeople')
        ) : (
          <>
            <span className="ck-round-comparison__change">{text.signed(figures.estimate)}</span>
            <span>
              {messages.interval(
                text.score(figures.lower),
                text.score(figures.upper),
                text.level(figures.level),
              )}
            </span>
            <span>{messages.means(text.score(item.round1), text.score(item.round2))}</span>
            <span className="ck-round-comparison__reading">{messages.reading(reading)}</span>
          </>
        )}
      </td>
    );
  };
  return (
    <div
      ref={scrollRef}
      className="ck-scroll"
      {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}
    >
      <table className="ck-table ck-round-comparison__table">
        <caption id={captionId}>{messages.tableCaption(title)}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.rowsHeading(grid.view)}</th>
            {grid.columns.map((column) => (
              <th key={column.id} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.groups.map((group) => (
            <tr key={group.id}>
              <th scope="row">{group.label}</th>
              {group.items.map((item, c) => cell(item, grid.columns[c]?.id ?? String(c)))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
