import { useId } from 'react';
import { useScrollRegion } from '../shared/useScrollRegion.js';
import type { RankPartProps } from './RankChart.js';

/**
 * The same ranking as a table: rank, name (a toggle button that selects the entity, so the
 * table is operable by keyboard too), score, level, median rank, the 5–95 % interval and the
 * score on each top-level dimension.
 */
export function RankTable({
  rows,
  kind,
  text,
  selectedId,
  onSelect,
  title,
}: RankPartProps & { readonly title: string }) {
  const captionId = `${useId()}-caption`;
  const [scrollRef, scrolls] = useScrollRegion<HTMLDivElement>();
  const { messages } = text;
  const dimensions = rows[0]?.dimensions ?? [];
  const hasIntervals = rows.some((row) => row.interval !== null);
  return (
    <div
      ref={scrollRef}
      className="ck-scroll"
      {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}
    >
      <table className="ck-table ck-maturity__table">
        <caption id={captionId}>{messages.tableCaption(title)}</caption>
        <thead>
          <tr>
            <th scope="col" data-numeric="">
              {messages.rankHeading}
            </th>
            <th scope="col">{messages.entityHeading(kind)}</th>
            <th scope="col" data-numeric="">
              {messages.scoreHeading}
            </th>
            <th scope="col">{messages.levelHeading}</th>
            {hasIntervals && (
              <>
                <th scope="col" data-numeric="">
                  {messages.medianHeading}
                </th>
                <th scope="col">{messages.intervalHeading}</th>
              </>
            )}
            {dimensions.map((dimension) => (
              <th
                key={dimension.id}
                scope="col"
                data-numeric=""
                lang={text.lang(dimension.name.lang)}
              >
                {dimension.name.text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const selected = row.id === selectedId;
            return (
              <tr key={row.id} data-selected={selected}>
                <td data-numeric="">
                  {row.rank === null ? messages.notRanked : text.rank(row.rank)}
                </td>
                <th scope="row">
                  <button
                    type="button"
                    className="ck-maturity__select"
                    aria-pressed={selected}
                    lang={text.lang(row.name.lang)}
                    onClick={() => onSelect(row.id)}
                  >
                    {row.name.text}
                  </button>
                </th>
                <td data-numeric="">{text.score(row.score)}</td>
                <td>{row.level?.name.text ?? messages.noLevel}</td>
                {hasIntervals && (
                  <>
                    <td data-numeric="">
                      {row.interval === null ? '–' : text.rank(row.interval.median)}
                    </td>
                    <td>
                      {row.interval === null
                        ? '–'
                        : messages.interval(
                            text.rank(row.interval.lower),
                            text.rank(row.interval.upper),
                          )}
                    </td>
                  </>
                )}
                {row.dimensions.map((dimension) => (
                  <td key={dimension.id} data-numeric="">
                    {text.score(dimension.score)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
