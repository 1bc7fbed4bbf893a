import { CellKindKey } from './HeatmapLegend.js';
import { sortAttributes, withheldReason, type HeatmapViewProps } from './heatmapView.js';

/**
 * The same values as a plain data table, for reading in a screen reader's browse mode. A table
 * of many competencies is wider than a phone: it scrolls in its own named, focusable region.
 */
export function HeatmapTable(props: HeatmapViewProps) {
  const { title, units, competencies, cells, kinds, rowOrder, columnOrder, rowSort, columnSort } =
    props;
  const { measure, k, messages } = props;
  const caption = messages.tableCaption(title, messages[measure]);
  return (
    <div className="ck-gap-heatmap__view">
      <div
        className="ck-scroll ck-gap-heatmap__table-scroll"
        role="region"
        aria-label={caption}
        tabIndex={0}
      >
        <table className="ck-table ck-gap-heatmap__table" {...sortAttributes(props)}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={rowSort?.by === 'unit' ? rowSort.direction : undefined}>
                {messages.unit}
              </th>
              {columnOrder.map((competency) => (
                <th
                  key={competency}
                  scope="col"
                  aria-sort={rowSort?.by === competency ? rowSort.direction : undefined}
                >
                  {competencies[competency]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rowOrder.map((unit) => (
              <tr key={unit}>
                <th
                  scope="row"
                  aria-sort={columnSort?.by === unit ? columnSort.direction : undefined}
                >
                  {units[unit]}
                </th>
                {columnOrder.map((competency) => {
                  const cell = cells[unit * competencies.length + competency];
                  return (
                    <td
                      key={competency}
                      data-numeric={cell?.kind === 'value' ? '' : undefined}
                      data-state={cell?.kind}
                      data-reason={cell?.reason}
                    >
                      {cell?.kind === 'withheld'
                        ? `${messages.withheld}: ${withheldReason(cell.reason, k, messages)}`
                        : cell?.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CellKindKey kinds={kinds} k={k} messages={messages} />
    </div>
  );
}
