'use client';
import type { ImportancePerformanceResult } from '@capkit/scoring/tna';
import { useCallback, useId, useRef, useState } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure } from '../ChartFigure/index.js';
import { numberFormats } from '../shared/localeFormat.js';
import { useControllableState } from '../shared/useControllableState.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import type {
  LoadStateProps,
  LocaleProps,
  SelectionProps,
  ViewProps,
} from '../shared/widgetProps.js';
import { axisDomain, matrixFrame, plottedPoints } from './matrixLayout.js';
import { MatrixLegend } from './MatrixLegend.js';
import { MatrixPlot } from './MatrixPlot.js';
import { MatrixSummary } from './MatrixSummary.js';
import { MatrixTable, type MatrixTableRow } from './MatrixTable.js';
import {
  defaultPriorityMatrixMessages,
  quadrantOrder,
  type PriorityMatrixMessages,
  type PriorityMatrixSummaryText,
} from './messages.js';
import { quadrantName } from './quadrantName.js';

/** The name of one item of the result, in column order. */
export interface PriorityMatrixLabel {
  /** Stable key, such as the item id; used for selection. */
  readonly id: string;
  /** Item text, already in the reader's language. */
  readonly label: string;
}

/** Props of {@link PriorityMatrix}. */
export interface PriorityMatrixProps
  extends LocaleProps<PriorityMatrixMessages>, LoadStateProps, ViewProps, SelectionProps {
  /** Title of the figure, also the chart's accessible name. */
  readonly title: string;
  /** One or two sentences on what the chart shows, e.g. who answered and when. */
  readonly description?: string | undefined;
  /**
   * The importance–performance analysis to plot, from `importancePerformance` of
   * `@capkit/scoring/tna`; leave it out while it is being computed.
   */
  readonly result?: ImportancePerformanceResult | undefined;
  /** The name of each item, in the result's column order (`result.items[j]` ↔ `labels[j]`). */
  readonly labels: readonly PriorityMatrixLabel[];
  /**
   * Axis range: the whole rating scale (`'scale'`), or the span of the points and cross-hairs
   * (`'data'`), which spreads out points that cluster in one part of the scale.
   * @default 'scale'
   */
  readonly domain?: 'scale' | 'data' | undefined;
}

/** Measures the chart's width, so that its text keeps its size on a narrow screen. */
function useMeasuredWidth(): readonly [number | null, (element: HTMLDivElement | null) => void] {
  const [width, setWidth] = useState<number | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const measure = useCallback((element: HTMLDivElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.current.observe(element);
  }, []);
  return [width, measure];
}

/**
 * Importance–performance matrix (Martilla & James 1977): each item is a point at its mean
 * performance (across) and mean importance (upwards); cross-hairs at the grand means or the scale
 * midpoint split the grid into four quadrants, each named in words. It opens with a sentence
 * naming the items to concentrate on. Points are a listbox: Tab reaches them, arrow keys move
 * between them, Enter or Space selects one. A table view gives the same values.
 */
export function PriorityMatrix({
  title,
  description,
  result,
  labels,
  status = 'ready',
  errorMessage,
  domain = 'scale',
  selectedId: controlledSelectedId,
  defaultSelectedId = null,
  onSelectionChange,
  view,
  defaultView,
  onViewChange,
  locale: ownLocale,
  dir: ownDir,
  messages: messageOverrides,
  className,
}: PriorityMatrixProps) {
  const summaryId = `${useId()}-summary`;
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages('PriorityMatrix', defaultPriorityMatrixMessages, messageOverrides);
  const rtl = dir === 'rtl';
  const [selectedId, setSelectedId] = useControllableState<string | null>({
    value: controlledSelectedId,
    defaultValue: defaultSelectedId,
    onChange: onSelectionChange,
    name: 'PriorityMatrix selectedId',
  });
  const [measuredWidth, measure] = useMeasuredWidth();
  const formats = numberFormats(locale);

  const rows: MatrixTableRow[] = (result?.items ?? []).map((item) => ({
    ...(labels[item.item] ?? {
      id: `item-${item.item + 1}`,
      label: messages.unlabelledItem(formats.count.format(item.item + 1)),
    }),
    meanImportance: item.meanImportance,
    meanPerformance: item.meanPerformance,
    quadrant: item.quadrant,
    onCrosshair: item.onImportanceCrosshair || item.onPerformanceCrosshair,
    withheld: item.withheld !== undefined,
    n: item.n,
  }));
  const scored = rows.flatMap((row) =>
    row.quadrant === null || row.meanImportance === null || row.meanPerformance === null
      ? []
      : [
          {
            id: row.id,
            label: row.label,
            importance: row.meanImportance,
            performance: row.meanPerformance,
            quadrant: row.quadrant,
            onCrosshair: row.onCrosshair,
          },
        ],
  );
  const crossImportance = result?.crosshair.importance ?? null;
  const crossPerformance = result?.crosshair.performance ?? null;
  const withheldCount = rows.filter((row) => row.withheld).length;
  const minimum = formats.count.format(result?.disclosure.k ?? 5);
  const empty =
    result === undefined ||
    scored.length === 0 ||
    crossImportance === null ||
    crossPerformance === null;
  const state = widgetState(status, empty);
  const frameProps = {
    title,
    description,
    view,
    defaultView,
    onViewChange,
    className: ['ck-priority-matrix', className].filter(Boolean).join(' '),
    messages,
    dir,
    state,
  };

  if (
    state !== 'ready' ||
    result === undefined ||
    crossImportance === null ||
    crossPerformance === null
  ) {
    return (
      <ChartFigure
        {...frameProps}
        chart={null}
        table={null}
        status={
          <WidgetStatus
            status={status}
            empty={empty}
            messages={{
              ...messages,
              empty: withheldCount > 0 ? messages.allWithheld(minimum) : messages.empty,
            }}
            errorMessage={errorMessage}
          />
        }
      />
    );
  }

  const means = scored.flatMap((item) => [item.importance, item.performance]);
  const lohi = axisDomain(domain, result.scale, [...means, crossImportance, crossPerformance]);
  const frame = matrixFrame(measuredWidth, rtl, lohi, domain);
  const { points, across } = plottedPoints(scored, frame);
  const unscored = rows.length - scored.length - withheldCount;
  const summary: PriorityMatrixSummaryText = {
    plotted: scored.length,
    plottedText: formats.count.format(scored.length),
    unscored,
    unscoredText: formats.count.format(unscored),
    withheld: withheldCount,
    withheldText: formats.count.format(withheldCount),
    minimum,
    crosshairs: result.crosshairs,
    importance: formats.twoDecimals.format(crossImportance),
    performance: formats.twoDecimals.format(crossPerformance),
    quadrants: quadrantOrder.map((quadrant) => ({
      name: quadrantName(quadrant, messages),
      count: formats.count.format(result.quadrantCounts[quadrant]),
    })),
  };

  return (
    <ChartFigure
      {...frameProps}
      summary={
        <MatrixSummary
          items={scored}
          withheld={withheldCount}
          minimum={minimum}
          locale={locale}
          messages={messages}
        />
      }
      chart={
        <div className="ck-priority-matrix__chart" ref={measure}>
          <MatrixPlot
            title={title}
            summaryId={summaryId}
            frame={frame}
            points={points}
            across={across}
            crossImportance={crossImportance}
            crossPerformance={crossPerformance}
            crosshairs={result.crosshairs}
            domain={domain}
            rtl={rtl}
            selectedId={selectedId}
            onSelect={setSelectedId}
            formats={formats}
            messages={messages}
          />
          <MatrixLegend crosshairs={result.crosshairs} messages={messages} />
          <p id={summaryId} className="ck-priority-matrix__summary">
            {messages.chartSummary(summary)}
          </p>
        </div>
      }
      table={
        <MatrixTable
          title={title}
          rows={rows}
          selectedId={selectedId}
          minimum={minimum}
          summary={summary}
          formats={formats}
          messages={messages}
        />
      }
    />
  );
}
