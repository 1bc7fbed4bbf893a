import {
  memo,
  useId,
  useMemo,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type SyntheticEvent,
} from 'react';
import { gridMove, useRovingFocus } from '../shared/rovingFocus.js';
import type { CellView } from './cellViews.js';
import { HeatmapLegend } from './HeatmapLegend.js';
import { inverse, type SortDirection } from './heatmapOrder.js';
import { sortAttributes, type HeatmapViewProps } from './heatmapView.js';

/** Rows that Page Up and Page Down move by. */
const pageRows = 10;

/** The active (focusable) cell: unit −1 is the header row, competency −1 the unit-name column. */
interface ActiveCell {
  readonly unit: number;
  readonly competency: number;
}

function SortMark({ direction }: { readonly direction: SortDirection | undefined }) {
  return (
    <span className="ck-sort-button__mark" aria-hidden="true" data-direction={direction ?? 'none'}>
      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
    </span>
  );
}

interface HeatmapRowProps {
  readonly unit: number;
  readonly label: string;
  readonly columnOrder: readonly number[];
  readonly cells: readonly CellView[];
  readonly competencies: number;
  /** The active cell's competency when it is in this row (−1: the unit name), else `null`. */
  readonly active: number | null;
  /** Direction when the columns are sorted by this row. */
  readonly sorted: SortDirection | undefined;
  readonly withheld: string;
  readonly withheldPrimary: string;
  readonly withheldComplementary: string;
}

// One memoised row: moving focus re-renders the one or two rows involved, not 10,000 cells.
const HeatmapRow = memo(function HeatmapRow({
  unit,
  label,
  columnOrder,
  cells,
  competencies,
  active,
  sorted,
  withheld,
  withheldPrimary,
  withheldComplementary,
}: HeatmapRowProps) {
  const base = unit * competencies;
  return (
    <div role="row" className="ck-gap-heatmap__row">
      <div role="rowheader" aria-sort={sorted} className="ck-gap-heatmap__unit">
        <button
          type="button"
          className="ck-sort-button ck-gap-heatmap__sort"
          tabIndex={active === -1 ? 0 : -1}
        >
          {label}
          <SortMark direction={sorted} />
        </button>
      </div>
      {columnOrder.map((competency) => {
        const cell = cells[base + competency];
        const tabIndex = active === competency ? 0 : undefined;
        if (cell === undefined) return null;
        switch (cell.kind) {
          case 'value':
            return (
              <div key={competency} role="gridcell" tabIndex={tabIndex} data-band={cell.band}>
                {cell.text}
              </div>
            );
          case 'withheld':
            return (
              <div
                key={competency}
                role="gridcell"
                tabIndex={tabIndex}
                data-state="withheld"
                data-reason={cell.reason}
              >
                <span className="ck-gap-heatmap__mark">{withheld}</span>
                <span className="ck-visually-hidden">
                  {`: ${cell.reason === 'primary' ? withheldPrimary : withheldComplementary}`}
                </span>
              </div>
            );
          case 'empty':
          case 'unset':
            return (
              <div key={competency} role="gridcell" tabIndex={tabIndex} data-state={cell.kind}>
                {cell.text}
              </div>
            );
          default:
            return cell.kind satisfies never;
        }
      })}
    </div>
  );
});

function indexIn(parent: Element | null, child: Element): number {
  return parent === null ? -1 : Array.prototype.indexOf.call(parent.children, child);
}

/** Row and column (0 = the headers) of the grid cell an event came from, if any. */
function cellPosition(target: EventTarget): { row: number; column: number } | undefined {
  if (!(target instanceof Element)) return undefined;
  const cell = target.closest('[role="gridcell"], [role="columnheader"], [role="rowheader"]');
  const row = cell?.parentElement;
  const group = row?.parentElement;
  if (cell == null || row == null || group == null) return undefined;
  const column = indexIn(row, cell);
  const rowIndex = group.classList.contains('ck-gap-heatmap__head') ? 0 : indexIn(group, row) + 1;
  return column < 0 || rowIndex < 0 ? undefined : { row: rowIndex, column };
}

/**
 * Width of a competency column: wide enough for its header's longest word, so that no header
 * breaks inside a word. Estimated from the text (bold, 0.875 of the body size), as a server can.
 */
function columnWidth(competencies: readonly string[]): string {
  let longest = 0;
  for (const name of competencies) {
    for (const word of name.split(/\s+/)) longest = Math.max(longest, word.length);
  }
  // Plus the padding, the gap and the sort mark beside the word.
  return `max(5rem, ${(longest * 0.62 * 0.875 + 2.5).toFixed(2)}rem)`;
}

/** Props of {@link HeatmapGrid}. */
export interface HeatmapGridProps extends HeatmapViewProps {
  readonly rtl: boolean;
  readonly bandLabels: readonly string[];
  readonly onSortRows: (by: 'unit' | number) => void;
  readonly onSortColumns: (by: number) => void;
}

/**
 * The coloured grid: key, help text and a WAI-ARIA grid with sort buttons in its headers. One
 * tab stop, moved by the shared roving-focus unit; it scrolls in its own region when it is wider
 * (or, with many units, taller) than the page allows, its headers kept in view.
 */
export function HeatmapGrid(props: HeatmapGridProps) {
  const {
    title,
    units,
    competencies,
    cells,
    kinds,
    rowOrder,
    columnOrder,
    rowSort,
    columnSort,
    measure,
    k,
    messages,
    rtl,
    bandLabels,
    onSortRows,
    onSortColumns,
  } = props;
  const helpId = `${useId()}-help`;
  const { containerRef, focusTabStop } = useRovingFocus<HTMLDivElement>();
  const [active, setActive] = useState<ActiveCell>({ unit: -1, competency: -1 });
  const unitCount = units.length;
  const competencyCount = competencies.length;
  const rowPosition = useMemo(() => inverse(rowOrder), [rowOrder]);
  const columnPosition = useMemo(() => inverse(columnOrder), [columnOrder]);
  const width = useMemo(() => columnWidth(competencies), [competencies]);

  // The data may have shrunk since the reader last moved: fall back to the header.
  const activeUnit = active.unit < unitCount ? active.unit : -1;
  const activeCompetency = active.competency < competencyCount ? active.competency : -1;
  const activeRow = activeUnit === -1 ? 0 : (rowPosition[activeUnit] ?? 0) + 1;
  const activeColumn = activeCompetency === -1 ? 0 : (columnPosition[activeCompetency] ?? 0) + 1;

  const cellAt = (row: number, column: number): ActiveCell => ({
    unit: row === 0 ? -1 : (rowOrder[row - 1] ?? -1),
    competency: column === 0 ? -1 : (columnOrder[column - 1] ?? -1),
  });
  const activate = (next: ActiveCell, focus: boolean) => {
    if (next.unit === activeUnit && next.competency === activeCompetency) return;
    setActive(next);
    if (focus) focusTabStop();
  };
  const onFocus = (event: SyntheticEvent) => {
    const position = cellPosition(event.target);
    if (position !== undefined) activate(cellAt(position.row, position.column), false);
  };
  const onClick = (event: SyntheticEvent) => {
    const position = cellPosition(event.target);
    if (position === undefined) return;
    const { row, column } = position;
    const target = cellAt(row, column);
    const onButton = event.target instanceof Element && event.target.closest('button') !== null;
    if (onButton && row === 0) onSortRows(column === 0 ? 'unit' : target.competency);
    else if (onButton && column === 0) onSortColumns(target.unit);
    activate(target, !onButton);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = gridMove(
      event.key,
      event,
      { row: activeRow, column: activeColumn },
      { rows: unitCount + 1, columns: competencyCount + 1 },
      { rtl, pageRows },
    );
    if (next === undefined) return;
    event.preventDefault();
    activate(cellAt(next.row, next.column), true);
  };

  const measureName = messages[measure];
  const unitSort = rowSort?.by === 'unit' ? rowSort.direction : undefined;
  return (
    <div className="ck-gap-heatmap__view">
      <HeatmapLegend
        bandLabels={bandLabels}
        kinds={kinds}
        k={k}
        measure={measure}
        messages={messages}
      />
      <p id={helpId} className="ck-gap-heatmap__help">
        {messages.gridHelp}
      </p>
      {/* Not a tab stop of its own: the grid's cells are, and moving between them scrolls it. */}
      <div className="ck-scroll ck-gap-heatmap__scroller">
        <div
          ref={containerRef}
          role="grid"
          className="ck-gap-heatmap__grid"
          aria-label={`${title}: ${measureName}`}
          aria-describedby={helpId}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onFocus={onFocus}
          style={{ '--ck-gap-heatmap-cell-width': width } as CSSProperties}
          {...sortAttributes(props)}
        >
          <div role="rowgroup" className="ck-gap-heatmap__head">
            <div role="row" className="ck-gap-heatmap__row">
              <div role="columnheader" aria-sort={unitSort} className="ck-gap-heatmap__unit">
                <button
                  type="button"
                  className="ck-sort-button ck-gap-heatmap__sort"
                  tabIndex={activeRow === 0 && activeColumn === 0 ? 0 : -1}
                >
                  {messages.unit}
                  <SortMark direction={unitSort} />
                </button>
              </div>
              {columnOrder.map((competency) => {
                const direction = rowSort?.by === competency ? rowSort.direction : undefined;
                return (
                  <div key={competency} role="columnheader" aria-sort={direction}>
                    <button
                      type="button"
                      className="ck-sort-button ck-gap-heatmap__sort"
                      tabIndex={activeRow === 0 && activeCompetency === competency ? 0 : -1}
                    >
                      {competencies[competency]}
                      <SortMark direction={direction} />
                    </button>
                  </div>
                );
              })}
            </div>
          </div>
          <div role="rowgroup" className="ck-gap-heatmap__body">
            {rowOrder.map((unit) => (
              <HeatmapRow
                key={unit}
                unit={unit}
                label={units[unit] ?? ''}
                columnOrder={columnOrder}
                cells={cells}
                competencies={competencyCount}
                active={activeRow !== 0 && activeUnit === unit ? activeCompetency : null}
                sorted={columnSort?.by === unit ? columnSort.direction : undefined}
                withheld={messages.withheld}
                withheldPrimary={messages.withheldPrimary(k)}
                withheldComplementary={messages.withheldComplementary}
              />
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
