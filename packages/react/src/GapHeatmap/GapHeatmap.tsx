// Over 400 lines: this widget predates the shared widget contract; splitting it into parts the
// way FrameworkBrowser/ is split (grid navigation, legend, table view) is the work of the
// widget-foundation issue (9), done there for every widget at once.
import type { GroupSummary, SuppressionReason } from '@capkit/scoring';
import { scaleQuantize } from 'd3-scale';
import {
  memo,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type SyntheticEvent,
} from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure, type ChartView } from '../ChartFigure/index.js';
import { defaultGapHeatmapMessages, type GapHeatmapMessages } from './messages.js';

/** What colours the cells: the mean gap to the required level, or the share of people below it. */
export type GapMeasure = 'meanGap' | 'shareBelowRequired';

/**
 * Order of the heatmap's rows and columns. Indices are into `units` and `competencies` as given,
 * so a sort stays put when the data is re-ordered. `null` keeps the given order.
 */
export interface GapHeatmapSort {
  /** Rows (units) by unit name, or by their values in one competency’s column. */
  readonly rows: {
    readonly by: 'unit' | number;
    readonly direction: 'ascending' | 'descending';
  } | null;
  /** Columns (competencies) by their values in one unit’s row. */
  readonly columns: { readonly by: number; readonly direction: 'ascending' | 'descending' } | null;
}

/** Props of {@link GapHeatmap}. */
export interface GapHeatmapProps {
  /** Title of the figure, also the grid’s accessible name. */
  readonly title: string;
  /** One or two sentences on what the heatmap shows. */
  readonly description?: string;
  /**
   * Results from `summariseGroups`, one group per unit: `cells[unit * competencies + competency]`.
   * Leave out while loading.
   */
  readonly summary?: GroupSummary | undefined;
  /** Row labels: one unit name per group of `summary`, in its group order. */
  readonly units: readonly string[];
  /** Column labels: one competency name per competency of `summary`, in its order. */
  readonly competencies: readonly string[];
  /**
   * What colours the cells: mean gap in levels, or share of respondents below the required level.
   * @default 'meanGap'
   */
  readonly measure?: GapMeasure;
  /**
   * Values at the light and dark ends of the colour scale, to compare several heatmaps.
   * @default [0, 1] for shares; for gaps [0, the largest gap rounded up to five bands of a tenth]
   */
  readonly domain?: readonly [number, number];
  /**
   * `loading` shows a busy message, `error` shows `errorMessage`, in place of the heatmap.
   * @default 'ready'
   */
  readonly status?: 'ready' | 'loading' | 'error';
  /**
   * What went wrong, shown when `status` is `error`.
   * @default messages.error
   */
  readonly errorMessage?: string;
  /** Controlled order of rows and columns; pair with `onSortChange`. */
  readonly sort?: GapHeatmapSort;
  /**
   * Initial order when uncontrolled.
   * @default { rows: null, columns: null }
   */
  readonly defaultSort?: GapHeatmapSort;
  /** Called with the new order when the reader sorts by a unit or a competency. */
  readonly onSortChange?: (sort: GapHeatmapSort) => void;
  /** Controlled view: the coloured grid (`chart`) or a plain table. */
  readonly view?: ChartView;
  /**
   * Initial view when uncontrolled.
   * @default 'chart'
   */
  readonly defaultView?: ChartView;
  /** Called when the reader switches view. */
  readonly onViewChange?: (view: ChartView) => void;
  /**
   * BCP 47 locale for numbers and name order.
   * @default the nearest CapkitProvider’s, else 'en'
   */
  readonly locale?: string;
  /**
   * Text direction; right-to-left puts the unit names on the right and mirrors the arrow keys.
   * @default the locale’s direction
   */
  readonly dir?: 'ltr' | 'rtl';
  /** Replacement strings, e.g. a translation; missing keys fall back to the provider’s, then English. */
  readonly messages?: Partial<GapHeatmapMessages>;
  /** Extra class name on the `<figure>`. */
  readonly className?: string;
}

type SortDirection = 'ascending' | 'descending';
type CellKind = 'value' | 'suppressed' | 'empty' | 'unset';

/** What one cell shows, worked out once per summary, measure and locale. */
interface CellView {
  readonly kind: CellKind;
  /** The measure, for sorting; `null` unless `kind` is `value`. */
  readonly value: number | null;
  /** The formatted value, or the short mark of the other kinds. */
  readonly text: string;
  /** Colour band, 0 (lightest) to bands − 1; −1 unless `kind` is `value`. */
  readonly band: number;
  readonly reason: SuppressionReason | undefined;
}

/** The active (focusable) cell: unit −1 is the header row, competency −1 the unit-name column. */
interface GridPosition {
  readonly unit: number;
  readonly competency: number;
}

const bands = 5;
const unsorted: GapHeatmapSort = { rows: null, columns: null };
const pageRows = 10;

/** Largest published value, rounded up to five bands each a multiple of a tenth wide. */
function defaultDomain(summary: GroupSummary | undefined, measure: GapMeasure): [number, number] {
  if (measure === 'shareBelowRequired') return [0, 1];
  let largest = 0;
  for (const cell of summary?.cells ?? []) {
    if (cell.status === 'published' && cell.meanGap !== null && cell.meanGap > largest)
      largest = cell.meanGap;
  }
  const bandWidth = Math.max(1, Math.ceil((largest / bands) * 10)) / 10;
  return [0, bandWidth * bands];
}

function flip(direction: SortDirection): SortDirection {
  return direction === 'ascending' ? 'descending' : 'ascending';
}

/** First press sorts (`first`), the second reverses, the third restores the given order. */
function nextSort<K>(
  current: { readonly by: K; readonly direction: SortDirection } | null,
  by: K,
  first: SortDirection,
): { readonly by: K; readonly direction: SortDirection } | null {
  if (current === null || current.by !== by) return { by, direction: first };
  return current.direction === first ? { by, direction: flip(first) } : null;
}

/** Indices 0…count − 1 ordered by value; cells without a value last, ties in the given order. */
function orderByValue(
  count: number,
  valueOf: (index: number) => number | null,
  direction: SortDirection,
): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return Array.from({ length: count }, (_, index) => index).sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
    return x === y ? a - b : x < y ? -sign : sign;
  });
}

function identity(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}

function SortMark({ direction }: { readonly direction: SortDirection | undefined }) {
  return (
    <span className="ck-heatmap__sort-mark" aria-hidden="true" data-direction={direction ?? 'none'}>
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
  /** The active cell’s competency when it is in this row (−1: the unit name), else `null`. */
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
    <div role="row" className="ck-heatmap__row">
      <div role="rowheader" aria-sort={sorted} className="ck-heatmap__unit">
        <button type="button" className="ck-heatmap__sort" tabIndex={active === -1 ? 0 : -1}>
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
          case 'suppressed':
            return (
              <div
                key={competency}
                role="gridcell"
                tabIndex={tabIndex}
                data-state="suppressed"
                data-reason={cell.reason}
              >
                <span className="ck-heatmap__mark">{withheld}</span>
                <span className="ck-heatmap__hidden">
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
  const rowIndex = group.classList.contains('ck-heatmap__head') ? 0 : indexIn(group, row) + 1;
  return column < 0 || rowIndex < 0 ? undefined : { row: rowIndex, column };
}

/** What both views of the heatmap draw from, worked out once in {@link GapHeatmap}. */
interface HeatmapViewProps {
  readonly title: string;
  readonly units: readonly string[];
  readonly competencies: readonly string[];
  readonly cells: readonly CellView[];
  readonly kinds: ReadonlySet<CellKind>;
  readonly rowOrder: readonly number[];
  readonly columnOrder: readonly number[];
  readonly rowSort: GapHeatmapSort['rows'];
  readonly columnSort: GapHeatmapSort['columns'];
  readonly measure: GapMeasure;
  readonly k: number;
  readonly messages: GapHeatmapMessages;
}

function sortAttributes({ measure, rowSort, columnSort }: HeatmapViewProps) {
  return {
    'data-measure': measure,
    'data-sort-rows': rowSort === null ? 'none' : String(rowSort.by),
    'data-sort-rows-direction': rowSort?.direction ?? 'none',
    'data-sort-columns': columnSort === null ? 'none' : String(columnSort.by),
    'data-sort-columns-direction': columnSort?.direction ?? 'none',
  };
}

/** Legend entries for the kinds of cell other than values, when the heatmap has any. */
function CellKeys({ kinds, k, messages }: Pick<HeatmapViewProps, 'kinds' | 'k' | 'messages'>) {
  const entries = [
    ['suppressed', messages.withheldKey(k)],
    ['empty', messages.noDataKey],
    ['unset', messages.notSetKey],
  ] as const;
  if (!entries.some(([kind]) => kinds.has(kind))) return null;
  return (
    <ul className="ck-heatmap__keys">
      {entries.map(
        ([kind, text]) =>
          kinds.has(kind) && (
            <li key={kind} className="ck-heatmap__key">
              <span className="ck-heatmap__swatch" data-state={kind} aria-hidden="true" />
              {text}
            </li>
          ),
      )}
    </ul>
  );
}

function reasonText(
  reason: SuppressionReason | undefined,
  k: number,
  messages: GapHeatmapMessages,
) {
  return reason === 'primary' ? messages.withheldPrimary(k) : messages.withheldComplementary;
}

/** The coloured grid: legend, help text and a WAI-ARIA grid with sort buttons in its headers. */
function HeatmapGrid(
  props: HeatmapViewProps & {
    readonly rtl: boolean;
    readonly bandLabels: readonly string[];
    readonly onSortRows: (by: 'unit' | number) => void;
    readonly onSortColumns: (by: number) => void;
  },
) {
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
  const gridRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const [active, setActive] = useState<GridPosition>({ unit: -1, competency: -1 });
  const unitCount = units.length;
  const competencyCount = competencies.length;
  const rowPosition = useMemo(() => inverse(rowOrder), [rowOrder]);
  const columnPosition = useMemo(() => inverse(columnOrder), [columnOrder]);

  // After a keyboard move or a click on a cell, focus follows the one element with tabindex 0.
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    gridRef.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
  });

  // The data may have shrunk since the reader last moved: fall back to the header.
  const activeUnit = active.unit < unitCount ? active.unit : -1;
  const activeCompetency = active.competency < competencyCount ? active.competency : -1;
  const activeRow = activeUnit === -1 ? 0 : (rowPosition[activeUnit] ?? 0) + 1;
  const activeColumn = activeCompetency === -1 ? 0 : (columnPosition[activeCompetency] ?? 0) + 1;

  const positionAt = (row: number, column: number): GridPosition => ({
    unit: row === 0 ? -1 : (rowOrder[row - 1] ?? -1),
    competency: column === 0 ? -1 : (columnOrder[column - 1] ?? -1),
  });
  const activate = (next: GridPosition, focus: boolean) => {
    if (next.unit === activeUnit && next.competency === activeCompetency) return;
    focusPending.current = focus;
    setActive(next);
  };
  const onFocus = (event: SyntheticEvent) => {
    const position = cellPosition(event.target);
    if (position !== undefined) activate(positionAt(position.row, position.column), false);
  };
  const onClick = (event: SyntheticEvent) => {
    const position = cellPosition(event.target);
    if (position === undefined) return;
    const { row, column } = position;
    const target = positionAt(row, column);
    const onButton = event.target instanceof Element && event.target.closest('button') !== null;
    if (onButton && row === 0) onSortRows(column === 0 ? 'unit' : target.competency);
    else if (onButton && column === 0) onSortColumns(target.unit);
    activate(target, !onButton);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const forward = rtl ? -1 : 1;
    const toCorner = event.ctrlKey || event.metaKey;
    let row = activeRow;
    let column = activeColumn;
    switch (event.key) {
      case 'ArrowRight':
        column += forward;
        break;
      case 'ArrowLeft':
        column -= forward;
        break;
      case 'ArrowDown':
        row += 1;
        break;
      case 'ArrowUp':
        row -= 1;
        break;
      case 'PageDown':
        row += pageRows;
        break;
      case 'PageUp':
        row -= pageRows;
        break;
      case 'Home':
        column = 0;
        if (toCorner) row = 0;
        break;
      case 'End':
        column = competencyCount;
        if (toCorner) row = unitCount;
        break;
      default:
        return;
    }
    event.preventDefault();
    row = Math.min(unitCount, Math.max(0, row));
    column = Math.min(competencyCount, Math.max(0, column));
    activate(positionAt(row, column), true);
  };

  const measureName = messages[measure];
  const unitSort = rowSort?.by === 'unit' ? rowSort.direction : undefined;
  return (
    <div className="ck-heatmap__view">
      <div className="ck-heatmap__legend">
        <p className="ck-heatmap__legend-title">{`${messages.legend}: ${measureName}`}</p>
        <ul className="ck-heatmap__bands">
          {bandLabels.map((label, band) => (
            <li key={band} className="ck-heatmap__key">
              <span className="ck-heatmap__swatch" data-band={band} aria-hidden="true" />
              {label}
            </li>
          ))}
        </ul>
        <CellKeys kinds={kinds} k={k} messages={messages} />
      </div>
      <p id={helpId} className="ck-heatmap__help">
        {messages.gridHelp}
      </p>
      <div className="ck-heatmap__scroller">
        <div
          ref={gridRef}
          role="grid"
          className="ck-heatmap__grid"
          aria-label={`${title}: ${measureName}`}
          aria-describedby={helpId}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onFocus={onFocus}
          {...sortAttributes(props)}
        >
          <div role="rowgroup" className="ck-heatmap__head">
            <div role="row" className="ck-heatmap__row">
              <div role="columnheader" aria-sort={unitSort} className="ck-heatmap__unit">
                <button
                  type="button"
                  className="ck-heatmap__sort"
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
                      className="ck-heatmap__sort"
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
          <div role="rowgroup" className="ck-heatmap__body">
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

/** The same values as a plain data table, for reading in a screen reader’s browse mode. */
function HeatmapTable(props: HeatmapViewProps) {
  const { title, units, competencies, cells, kinds, rowOrder, columnOrder, rowSort, columnSort } =
    props;
  const { measure, k, messages } = props;
  const caption = messages.tableCaption(title, messages[measure]);
  return (
    <div className="ck-heatmap__view">
      <div className="ck-heatmap__scroller" role="region" aria-label={caption} tabIndex={0}>
        <table className="ck-heatmap__table" {...sortAttributes(props)}>
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
                    <td key={competency} data-state={cell?.kind} data-reason={cell?.reason}>
                      {cell?.kind === 'suppressed'
                        ? `${messages.withheld}: ${reasonText(cell.reason, k, messages)}`
                        : cell?.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CellKeys kinds={kinds} k={k} messages={messages} />
    </div>
  );
}

/**
 * Heatmap of units × competencies, coloured by mean gap or share below the required level on a
 * colour-blind-safe sequential scale, with every value printed in its cell. Withheld cells are
 * hatched and say so; cells without data or without a required level are marked apart.
 *
 * The heatmap is a WAI-ARIA grid: one tab stop; arrow keys (mirrored right to left), Home/End,
 * Ctrl+Home/End and Page Up/Down move between cells; the header buttons sort the units by a
 * competency, the competencies by a unit, or the units by name. A plain table of the same
 * values, for reading in a screen reader’s browse mode, is one button away.
 *
 * @throws {RangeError} when `summary` does not have `units.length × competencies.length` cells.
 */
export function GapHeatmap({
  title,
  description,
  summary,
  units,
  competencies,
  measure = 'meanGap',
  domain,
  status = 'ready',
  errorMessage,
  sort: controlledSort,
  defaultSort = unsorted,
  onSortChange,
  view,
  defaultView,
  onViewChange,
  locale: ownLocale,
  dir: ownDir,
  messages: ownMessages,
  className,
}: GapHeatmapProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages('GapHeatmap', defaultGapHeatmapMessages, ownMessages);
  const [ownSort, setOwnSort] = useState(defaultSort);
  const sort = controlledSort ?? ownSort;

  const unitCount = units.length;
  const competencyCount = competencies.length;
  if (summary !== undefined && summary.cells.length !== unitCount * competencyCount) {
    throw new RangeError(
      `GapHeatmap: summary.cells has ${summary.cells.length} cells, expected ${unitCount} units × ${competencyCount} competencies`,
    );
  }
  const fitted = useMemo(() => defaultDomain(summary, measure), [summary, measure]);
  const [low, high] = domain ?? fitted;

  const { format, bandOf, bandLabels } = useMemo(() => {
    const formatter =
      measure === 'meanGap'
        ? new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
        : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const scale = scaleQuantize().domain([low, high]).range(identity(bands));
    const edges = [low, ...scale.thresholds(), high];
    // Values print to a tenth or a whole percent, so a few dozen strings serve 10,000 cells.
    const step = measure === 'meanGap' ? 10 : 100;
    const printed = new Map<number, string>();
    return {
      format: (value: number) => {
        const rounded = Math.round(value * step);
        let text = printed.get(rounded);
        if (text === undefined) {
          text = formatter.format(rounded / step);
          printed.set(rounded, text);
        }
        return text;
      },
      // Band the value as printed, so that a cell reading “0.6” has the colour of “0.6 to 1.2”.
      bandOf: (value: number) => scale(Math.round(value * step) / step),
      bandLabels: identity(bands).map((band) =>
        messages.band(
          formatter.format(edges[band] ?? low),
          formatter.format(edges[band + 1] ?? high),
        ),
      ),
    };
  }, [locale, measure, low, high, messages]);

  const { cells, kinds } = useMemo(() => {
    const views: CellView[] = [];
    const present = new Set<CellKind>();
    for (const cell of summary?.cells ?? []) {
      let view: CellView;
      if (cell.status === 'suppressed') {
        view = { kind: 'suppressed', value: null, text: '', band: -1, reason: cell.reason };
      } else if (cell.status === 'empty') {
        view = { kind: 'empty', value: null, text: messages.noData, band: -1, reason: undefined };
      } else if (cell.gapStatus === 'withheld') {
        // The gap figures rest on fewer people than the scores (those whose role sets a level).
        view = { kind: 'suppressed', value: null, text: '', band: -1, reason: cell.gapReason };
      } else {
        const value = cell[measure];
        view =
          value === null
            ? { kind: 'unset', value: null, text: messages.notSet, band: -1, reason: undefined }
            : { kind: 'value', value, text: format(value), band: bandOf(value), reason: undefined };
      }
      present.add(view.kind);
      views.push(view);
    }
    return { cells: views, kinds: present };
  }, [summary, measure, format, bandOf, messages.noData, messages.notSet]);

  const collator = useMemo(() => new Intl.Collator(locale), [locale]);
  // A sort by a unit or competency that is not (or no longer) there keeps the given order.
  const rowBy =
    sort.rows !== null &&
    (sort.rows.by === 'unit' || (sort.rows.by >= 0 && sort.rows.by < competencyCount))
      ? sort.rows.by
      : undefined;
  const rowDirection = sort.rows?.direction ?? 'ascending';
  const columnBy =
    sort.columns !== null && sort.columns.by >= 0 && sort.columns.by < unitCount
      ? sort.columns.by
      : undefined;
  const columnDirection = sort.columns?.direction ?? 'descending';
  const rowSort = rowBy === undefined ? null : { by: rowBy, direction: rowDirection };
  const columnSort = columnBy === undefined ? null : { by: columnBy, direction: columnDirection };

  const rowOrder = useMemo(() => {
    if (rowBy === undefined) return identity(unitCount);
    if (rowBy === 'unit') {
      const sign = rowDirection === 'ascending' ? 1 : -1;
      return identity(unitCount).sort(
        (a, b) => sign * collator.compare(units[a] ?? '', units[b] ?? '') || a - b,
      );
    }
    return orderByValue(
      unitCount,
      (unit) => cells[unit * competencyCount + rowBy]?.value ?? null,
      rowDirection,
    );
  }, [rowBy, rowDirection, unitCount, competencyCount, units, cells, collator]);
  const columnOrder = useMemo(() => {
    if (columnBy === undefined) return identity(competencyCount);
    return orderByValue(
      competencyCount,
      (competency) => cells[columnBy * competencyCount + competency]?.value ?? null,
      columnDirection,
    );
  }, [columnBy, columnDirection, competencyCount, cells]);

  const changeSort = (next: GapHeatmapSort) => {
    if (controlledSort === undefined) setOwnSort(next);
    onSortChange?.(next);
  };
  const viewProps: HeatmapViewProps = {
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
    k: summary?.k ?? 5,
    messages,
  };

  const empty = summary === undefined || unitCount === 0 || competencyCount === 0;
  const state = status === 'ready' && empty ? 'empty' : status;
  const statusMessage =
    status === 'loading' ? (
      <p className="ck-heatmap__status" role="status">
        {messages.loading}
      </p>
    ) : status === 'error' ? (
      <p className="ck-heatmap__status" role="alert">
        {errorMessage ?? messages.error}
      </p>
    ) : empty ? (
      <p className="ck-heatmap__status">{messages.empty}</p>
    ) : undefined;

  return (
    <ChartFigure
      title={title}
      {...(description === undefined ? {} : { description })}
      chart={
        <HeatmapGrid
          {...viewProps}
          rtl={dir === 'rtl'}
          bandLabels={bandLabels}
          onSortRows={(by) =>
            changeSort({
              ...sort,
              rows: nextSort(rowSort, by, by === 'unit' ? 'ascending' : 'descending'),
            })
          }
          onSortColumns={(by) =>
            changeSort({ ...sort, columns: nextSort(columnSort, by, 'descending') })
          }
        />
      }
      table={<HeatmapTable {...viewProps} />}
      {...(view === undefined ? {} : { view })}
      {...(defaultView === undefined ? {} : { defaultView })}
      {...(onViewChange === undefined ? {} : { onViewChange })}
      messages={{
        viewChart: messages.gridView,
        viewTable: messages.tableView,
        viewGroup: messages.viewGroup,
      }}
      dir={dir}
      className={['ck-heatmap', className].filter(Boolean).join(' ')}
      status={statusMessage}
      state={state}
    />
  );
}

function inverse(order: readonly number[]): Int32Array {
  const position = new Int32Array(order.length);
  order.forEach((index, at) => {
    position[index] = at;
  });
  return position;
}
