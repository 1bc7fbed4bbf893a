'use client';
import type { GroupSummary } from '@capkit/scoring/publication';
import { useMemo } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure } from '../ChartFigure/index.js';
import { useControllableState } from '../shared/useControllableState.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import type { LoadStateProps, LocaleProps, ViewProps } from '../shared/widgetProps.js';
import { bandCount, bandScale, cellViews, defaultDomain, type GapMeasure } from './cellViews.js';
import { HeatmapGrid } from './HeatmapGrid.js';
import { HeatmapSummary } from './HeatmapSummary.js';
import { HeatmapTable } from './HeatmapTable.js';
import {
  applicableSort,
  competencyOrder,
  nextSort,
  unitOrder,
  unsorted,
  type GapHeatmapSort,
} from './heatmapOrder.js';
import type { HeatmapViewProps } from './heatmapView.js';
import { defaultGapHeatmapMessages, type GapHeatmapMessages } from './messages.js';

export type { GapMeasure } from './cellViews.js';
export type { GapHeatmapSort } from './heatmapOrder.js';

/** Props of {@link GapHeatmap}. */
export interface GapHeatmapProps
  extends LocaleProps<GapHeatmapMessages>, LoadStateProps, ViewProps {
  /** Title of the figure, also the grid's accessible name. */
  readonly title: string;
  /** One or two sentences on what the heatmap shows. */
  readonly description?: string | undefined;
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
  readonly measure?: GapMeasure | undefined;
  /**
   * Values at the light (smallest need) and dark (largest need) ends of the colour scale, to
   * compare several heatmaps.
   * @default [0, 1] for shares; for gaps [0, the largest gap rounded up to five bands of a tenth]
   */
  readonly domain?: readonly [number, number] | undefined;
  /** Controlled order of rows and columns; pair with `onSortChange`. */
  readonly sort?: GapHeatmapSort | undefined;
  /**
   * Initial order when uncontrolled.
   * @default { rows: null, columns: null }
   */
  readonly defaultSort?: GapHeatmapSort | undefined;
  /** Called with the new order when the reader sorts by a unit or a competency. */
  readonly onSortChange?: ((sort: GapHeatmapSort) => void) | undefined;
}

/**
 * Heatmap of units × competencies, coloured by mean gap or share below the required level on a
 * sequential scale from light (small need) to dark (large need), so the largest needs draw the
 * eye, with every value printed in its cell. It opens with a sentence naming the competency and
 * units of the largest need (never a withheld group). Withheld cells are hatched and say so;
 * cells without data or without a required level are marked apart.
 *
 * The heatmap is a WAI-ARIA grid: one tab stop; arrow keys (mirrored right to left), Home/End,
 * Ctrl+Home/End and Page Up/Down move between cells; the header buttons sort the units by a
 * competency, the competencies by a unit, or the units by name. A plain table of the same
 * values, for reading in a screen reader's browse mode, is one button away.
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
  const [sort, setSort] = useControllableState({
    value: controlledSort,
    defaultValue: defaultSort,
    onChange: onSortChange,
    name: 'GapHeatmap sort',
  });

  const unitCount = units.length;
  const competencyCount = competencies.length;
  if (summary !== undefined && summary.cells.length !== unitCount * competencyCount) {
    throw new RangeError(
      `GapHeatmap: summary.cells has ${summary.cells.length} cells, expected ${unitCount} units × ${competencyCount} competencies`,
    );
  }
  const fitted = useMemo(() => defaultDomain(summary, measure), [summary, measure]);
  const [low, high] = domain ?? fitted;
  const scale = useMemo(
    () => bandScale(locale, measure, [low, high]),
    [locale, measure, low, high],
  );
  const bandLabels = Array.from({ length: bandCount }, (_, band) =>
    messages.band(scale.edges[band] ?? '', scale.edges[band + 1] ?? ''),
  );
  const { cells, kinds } = useMemo(
    () => cellViews(summary, measure, scale, { noData: messages.noData, notSet: messages.notSet }),
    [summary, measure, scale, messages.noData, messages.notSet],
  );

  const collator = useMemo(() => new Intl.Collator(locale), [locale]);
  const { rows: rowSort, columns: columnSort } = applicableSort(sort, unitCount, competencyCount);
  const rowOrder = useMemo(
    () => unitOrder(rowSort, units, cells, competencyCount, collator),
    // The sort's parts, not its object: a parent may pass a new object with the same sort.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rowSort?.by, rowSort?.direction, units, cells, competencyCount, collator],
  );
  const columnOrder = useMemo(
    () => competencyOrder(columnSort, cells, competencyCount),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [columnSort?.by, columnSort?.direction, cells, competencyCount],
  );

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
  const state = widgetState(status, empty);
  return (
    <ChartFigure
      title={title}
      description={description}
      summary={state === 'ready' ? <HeatmapSummary {...viewProps} locale={locale} /> : undefined}
      chart={
        <HeatmapGrid
          {...viewProps}
          rtl={dir === 'rtl'}
          bandLabels={bandLabels}
          onSortRows={(by) => {
            setSort({
              ...sort,
              rows: nextSort(rowSort, by, by === 'unit' ? 'ascending' : 'descending'),
            });
          }}
          onSortColumns={(by) => {
            setSort({ ...sort, columns: nextSort(columnSort, by, 'descending') });
          }}
        />
      }
      table={<HeatmapTable {...viewProps} />}
      view={view}
      defaultView={defaultView}
      onViewChange={onViewChange}
      messages={messages}
      dir={dir}
      className={['ck-gap-heatmap', className].filter(Boolean).join(' ')}
      status={
        state === 'ready' ? undefined : (
          <WidgetStatus
            status={status}
            empty={empty}
            messages={messages}
            errorMessage={errorMessage}
          />
        )
      }
      state={state}
    />
  );
}
