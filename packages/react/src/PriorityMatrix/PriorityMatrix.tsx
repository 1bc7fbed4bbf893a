// Over 400 lines: this widget predates the shared widget contract; splitting it into parts the
// way FrameworkBrowser/ is split (plot, quadrant key, table view) is the work of the
// widget-foundation issue (9).
import type {
  ImportancePerformanceQuadrant,
  ImportancePerformanceResult,
} from '@capkit/scoring/tna';
import { scaleLinear } from 'd3-scale';
import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure, type ChartFigureProps, type ChartView } from '../ChartFigure/index.js';
import {
  defaultPriorityMatrixMessages,
  quadrantOrder,
  type PriorityMatrixMessages,
  type PriorityMatrixSummaryText,
} from './messages.js';

/** The name of one item of the result, in column order. */
export interface PriorityMatrixLabel {
  /** Stable key, such as the item id; used for selection. */
  readonly id: string;
  /** Item text, already in the reader's language. */
  readonly label: string;
}

/** Props of {@link PriorityMatrix}. */
export interface PriorityMatrixProps {
  /** Title of the figure, also the chart's accessible name. */
  readonly title: string;
  /**
   * One or two sentences on what the chart shows, e.g. who answered and when.
   * @default undefined
   */
  readonly description?: string;
  /**
   * The importance–performance analysis to plot, from `importancePerformance` of
   * `@capkit/scoring/tna`; leave it out while it is being computed.
   * @default undefined
   */
  readonly result?: ImportancePerformanceResult;
  /** The name of each item, in the result's column order (`result.items[j]` ↔ `labels[j]`). */
  readonly labels: readonly PriorityMatrixLabel[];
  /**
   * Shows a loading message (announced politely) instead of the chart.
   * @default false
   */
  readonly loading?: boolean;
  /**
   * A human message saying what went wrong; shown as an alert instead of the chart.
   * @default undefined
   */
  readonly error?: string;
  /**
   * Axis range: the whole rating scale (`'scale'`), or the span of the points and cross-hairs
   * (`'data'`), which spreads out points that cluster in one part of the scale.
   * @default 'scale'
   */
  readonly domain?: 'scale' | 'data';
  /**
   * Id of the selected item (controlled); `null` for none.
   * @default undefined (uncontrolled)
   */
  readonly selectedId?: string | null;
  /**
   * Id of the item selected at first (uncontrolled).
   * @default null
   */
  readonly defaultSelectedId?: string | null;
  /**
   * Called with the newly selected item's id, or `null` when the selection is cleared.
   * @default undefined
   */
  readonly onSelectionChange?: (id: string | null) => void;
  /**
   * Shown view (controlled).
   * @default undefined (uncontrolled)
   */
  readonly view?: ChartView;
  /**
   * View shown at first (uncontrolled).
   * @default 'chart'
   */
  readonly defaultView?: ChartView;
  /**
   * Called when the reader switches between chart and table.
   * @default undefined
   */
  readonly onViewChange?: (view: ChartView) => void;
  /**
   * BCP 47 locale for numbers.
   * @default the nearest CapkitProvider's locale, else 'en'
   */
  readonly locale?: string;
  /**
   * Text direction; right-to-left mirrors the performance axis, so performance grows leftwards.
   * @default the CapkitProvider's direction, else the locale's
   */
  readonly dir?: 'ltr' | 'rtl';
  /**
   * Replacement strings, e.g. a translation; missing keys come from the CapkitProvider, then English.
   * @default defaultPriorityMatrixMessages
   */
  readonly messages?: Partial<PriorityMatrixMessages>;
  /**
   * Extra class name on the `<figure>`.
   * @default undefined
   */
  readonly className?: string;
}

interface PlottedPoint {
  readonly id: string;
  readonly label: string;
  readonly importance: number;
  readonly performance: number;
  readonly quadrant: ImportancePerformanceQuadrant;
  readonly onCrosshair: boolean;
  readonly cx: number;
  readonly cy: number;
}

// Width drawn before the chart can be measured (on the server, and in the first client render).
const defaultWidth = 640;
const margin = { top: 36, bottom: 60, axisSide: 72, farSide: 24 } as const;
const fontSize = 14;
const lineHeight = 16;
const pointRadius = 6;
// Invisible circle around each point: a pointer target of 24 × 24.
const hitRadius = 12;

function clamp(value: number, lowest: number, highest: number): number {
  return Math.min(Math.max(value, lowest), highest);
}

/**
 * Rough width of a line of text: enough to wrap and place labels without measuring, which a
 * server cannot do.
 */
function textWidth(text: string, bold: boolean): number {
  return text.length * fontSize * (bold ? 0.6 : 0.54);
}

/** Breaks text into lines no wider than `maxWidth` (roughly), at spaces. */
function wrapText(text: string, maxWidth: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Anchor that makes SVG text run towards the physical right (or left) of `x`, in either direction. */
function anchorTowards(side: 'left' | 'right', rtl: boolean): 'start' | 'end' {
  return (side === 'right') !== rtl ? 'start' : 'end';
}

function quadrantName(quadrant: ImportancePerformanceQuadrant, messages: PriorityMatrixMessages) {
  switch (quadrant) {
    case 'concentrateHere':
      return messages.concentrateHere;
    case 'keepUpTheGoodWork':
      return messages.keepUpTheGoodWork;
    case 'lowPriority':
      return messages.lowPriority;
    case 'possibleOverkill':
      return messages.possibleOverkill;
    default:
      return quadrant satisfies never;
  }
}

/**
 * Importance–performance matrix (Martilla & James 1977): each item is a point at its mean
 * performance (across) and mean importance (upwards); cross-hairs at the grand means or the scale
 * midpoint split the grid into four quadrants, each named in words. Points are a listbox: Tab
 * reaches them, arrow keys move between them, Enter or Space selects one. A table view gives the
 * same values.
 */
export function PriorityMatrix({
  title,
  description,
  result,
  labels,
  loading = false,
  error,
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
  const id = useId();
  const summaryId = `${id}-summary`;
  const captionId = `${id}-caption`;
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages('PriorityMatrix', defaultPriorityMatrixMessages, messageOverrides);
  const rtl = dir === 'rtl';
  const [uncontrolledSelectedId, setUncontrolledSelectedId] = useState<string | null>(
    defaultSelectedId,
  );
  const selectedId =
    controlledSelectedId === undefined ? uncontrolledSelectedId : controlledSelectedId;
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // The chart is drawn at its real width, so that text keeps its size on a narrow screen.
  const [measuredWidth, setMeasuredWidth] = useState<number | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const measure = useCallback((element: HTMLDivElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setMeasuredWidth(measured);
    });
    observer.current.observe(element);
  }, []);

  const format = useMemo(
    () => ({
      mean: new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      tick: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
      count: new Intl.NumberFormat(locale),
    }),
    [locale],
  );

  const labelOf = (item: number): PriorityMatrixLabel =>
    labels[item] ?? {
      id: `item-${item + 1}`,
      label: messages.unlabelledItem(format.count.format(item + 1)),
    };

  const rows = (result?.items ?? []).map((item) => ({ ...item, ...labelOf(item.item) }));
  const crossImportance = result?.crosshair.importance ?? null;
  const crossPerformance = result?.crosshair.performance ?? null;
  const scored = rows.filter((row) => row.quadrant !== null);
  const withheldCount = rows.filter((row) => row.withheld !== undefined).length;
  const minimum = format.count.format(result?.disclosure.k ?? 5);

  const state =
    error !== undefined
      ? 'error'
      : loading
        ? 'loading'
        : result === undefined ||
            scored.length === 0 ||
            crossImportance === null ||
            crossPerformance === null
          ? 'empty'
          : 'ready';

  const frame = {
    title,
    ...(description === undefined ? {} : { description }),
    ...(view === undefined ? {} : { view }),
    ...(defaultView === undefined ? {} : { defaultView }),
    ...(onViewChange === undefined ? {} : { onViewChange }),
    className: ['ck-priority-matrix', className].filter(Boolean).join(' '),
    messages,
    dir,
    state,
  } satisfies Partial<ChartFigureProps>;

  if (
    state !== 'ready' ||
    result === undefined ||
    crossImportance === null ||
    crossPerformance === null
  ) {
    const status =
      state === 'error' ? (
        <div className="ck-priority-matrix__status" role="alert">
          <p className="ck-priority-matrix__error">
            {messages.error} {error}
          </p>
        </div>
      ) : state === 'loading' ? (
        <div className="ck-priority-matrix__status">
          <div className="ck-priority-matrix__skeleton" aria-hidden="true" />
          <p role="status">{messages.loading}</p>
        </div>
      ) : (
        <div className="ck-priority-matrix__status">
          <p className="ck-priority-matrix__empty">
            {withheldCount > 0 ? messages.allWithheld(minimum) : messages.empty}
          </p>
        </div>
      );
    return <ChartFigure {...frame} chart={null} table={null} status={status} />;
  }

  const { min: scaleMin, max: scaleMax } = result.scale;
  const [lo, hi] = axisDomain(
    domain,
    scaleMin,
    scaleMax,
    scored,
    crossImportance,
    crossPerformance,
  );
  const width = clamp(measuredWidth ?? defaultWidth, 280, 960);
  const height = Math.round(clamp(width * 0.75, 320, 560));
  const plotLeft = rtl ? margin.farSide : margin.axisSide;
  const plotRight = width - (rtl ? margin.axisSide : margin.farSide);
  const plotTop = margin.top;
  const plotBottom = height - margin.bottom;
  const x = scaleLinear()
    .domain([lo, hi])
    .range(rtl ? [plotRight, plotLeft] : [plotLeft, plotRight]);
  const y = scaleLinear().domain([lo, hi]).range([plotBottom, plotTop]);
  // Whole points on the full scale; halves too when zoomed in on the data.
  const ticks = x.ticks(Math.min(8, Math.ceil(hi - lo) * (domain === 'data' ? 2 : 1)));
  const axisX = rtl ? plotRight : plotLeft;

  const points: PlottedPoint[] = scored
    .map((row) => {
      const importance = row.meanImportance ?? 0;
      const performance = row.meanPerformance ?? 0;
      return {
        id: row.id,
        label: row.label,
        importance,
        performance,
        quadrant: row.quadrant ?? 'lowPriority',
        onCrosshair: row.onImportanceCrosshair || row.onPerformanceCrosshair,
        cx: x(performance),
        cy: y(importance),
      };
    })
    // Top to bottom on screen, so that Down moves down and the listbox order matches the picture.
    .sort((a, b) => b.importance - a.importance || a.performance - b.performance);
  // Left to right on screen, for Left and Right.
  const acrossOrder = [...points].sort((a, b) => a.cx - b.cx || a.cy - b.cy);

  const summary: PriorityMatrixSummaryText = {
    plotted: scored.length,
    plottedText: format.count.format(scored.length),
    unscored: rows.length - scored.length - withheldCount,
    unscoredText: format.count.format(rows.length - scored.length - withheldCount),
    withheld: withheldCount,
    withheldText: format.count.format(withheldCount),
    minimum,
    crosshairs: result.crosshairs,
    importance: format.mean.format(crossImportance),
    performance: format.mean.format(crossPerformance),
    quadrants: quadrantOrder.map((quadrant) => ({
      name: quadrantName(quadrant, messages),
      count: format.count.format(result.quadrantCounts[quadrant]),
    })),
  };
  const crosshairName =
    result.crosshairs === 'grandMean' ? messages.grandMean : messages.scaleMidpoint;

  const isKnown = (candidate: string | null) =>
    candidate !== null && points.some((point) => point.id === candidate);
  // Roving tab stop: the point last moved to, else the selected one, else the top one.
  const tabStopId = isKnown(activeId)
    ? activeId
    : isKnown(selectedId)
      ? selectedId
      : (points[0]?.id ?? null);

  const select = (next: string | null) => {
    if (next === selectedId) return;
    if (controlledSelectedId === undefined) setUncontrolledSelectedId(next);
    onSelectionChange?.(next);
  };

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const current = points.findIndex((point) => point.id === tabStopId);
    const across = acrossOrder.findIndex((point) => point.id === tabStopId);
    let target: PlottedPoint | undefined;
    switch (event.key) {
      case 'ArrowDown':
        target = points[Math.min(current + 1, points.length - 1)];
        break;
      case 'ArrowUp':
        target = points[Math.max(current - 1, 0)];
        break;
      case 'ArrowRight':
        target = acrossOrder[Math.min(across + 1, acrossOrder.length - 1)];
        break;
      case 'ArrowLeft':
        target = acrossOrder[Math.max(across - 1, 0)];
        break;
      case 'Home':
        target = points[0];
        break;
      case 'End':
        target = points[points.length - 1];
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        select(tabStopId === selectedId ? null : tabStopId);
        return;
      case 'Escape':
        if (selectedId !== null) {
          event.preventDefault();
          select(null);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    if (target === undefined) return;
    setActiveId(target.id);
    event.currentTarget
      .querySelector<SVGGElement>(`[data-index="${String(points.indexOf(target))}"]`)
      ?.focus();
  };

  const quadrantCorners: readonly {
    readonly quadrant: ImportancePerformanceQuadrant;
    readonly performance: number;
    readonly importance: number;
  }[] = [
    { quadrant: 'concentrateHere', performance: lo, importance: hi },
    { quadrant: 'keepUpTheGoodWork', performance: hi, importance: hi },
    { quadrant: 'lowPriority', performance: lo, importance: lo },
    { quadrant: 'possibleOverkill', performance: hi, importance: lo },
  ];
  const concentrateArea = {
    x: Math.min(x(lo), x(crossPerformance)),
    y: y(hi),
    width: Math.abs(x(crossPerformance) - x(lo)),
    height: y(crossImportance) - y(hi),
  };
  const callouts = points.filter((point) => point.id === selectedId || point.id === focusedId);
  const plotMiddle = (plotLeft + plotRight) / 2;
  const performanceCrosshairText = messages.crosshairLabel(crosshairName, summary.performance);

  const chart = (
    <div className="ck-priority-matrix__chart" ref={measure}>
      <svg
        className="ck-priority-matrix__plot"
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={title}
        aria-describedby={summaryId}
        data-crosshairs={result.crosshairs}
        data-domain={domain}
      >
        <g aria-hidden="true">
          <rect className="ck-priority-matrix__priority-area" {...concentrateArea} />
          {ticks.map((tick) => (
            <g key={tick} className="ck-priority-matrix__tick">
              <line x1={x(tick)} x2={x(tick)} y1={plotTop} y2={plotBottom} />
              <line x1={plotLeft} x2={plotRight} y1={y(tick)} y2={y(tick)} />
              <text x={x(tick)} y={plotBottom + 20} textAnchor="middle">
                {format.tick.format(tick)}
              </text>
              <text
                x={rtl ? axisX + 8 : axisX - 8}
                y={y(tick)}
                dy="0.35em"
                textAnchor={anchorTowards(rtl ? 'right' : 'left', rtl)}
              >
                {format.tick.format(tick)}
              </text>
            </g>
          ))}
          <rect
            className="ck-priority-matrix__frame"
            x={plotLeft}
            y={plotTop}
            width={plotRight - plotLeft}
            height={plotBottom - plotTop}
          />
          <text
            className="ck-priority-matrix__axis-title"
            x={(plotLeft + plotRight) / 2}
            y={height - 14}
            textAnchor="middle"
          >
            {messages.performanceAxis}
          </text>
          <text
            className="ck-priority-matrix__axis-title"
            transform={`translate(${rtl ? width - 16 : 16} ${(plotTop + plotBottom) / 2}) rotate(${rtl ? 90 : -90})`}
            textAnchor="middle"
            dy="0.35em"
          >
            {messages.importanceAxis}
          </text>
          {quadrantCorners.map(({ quadrant, performance, importance }) => {
            const cornerX = x(performance);
            const onLeft = cornerX < plotMiddle;
            const textX = onLeft ? cornerX + 8 : cornerX - 8;
            const room = Math.abs(x(crossPerformance) - cornerX) - 12;
            const lines = wrapText(quadrantName(quadrant, messages), room, true);
            const firstY =
              importance === hi ? plotTop + 20 : plotBottom - 10 - (lines.length - 1) * lineHeight;
            return (
              <text
                key={quadrant}
                className="ck-priority-matrix__quadrant-label"
                data-quadrant={quadrant}
                x={textX}
                y={firstY}
                textAnchor={anchorTowards(onLeft ? 'right' : 'left', rtl)}
              >
                {lines.map((line, index) => (
                  <tspan key={index} x={textX} dy={index === 0 ? 0 : lineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
            );
          })}
          <g className="ck-priority-matrix__crosshair" data-axis="performance">
            <line
              x1={x(crossPerformance)}
              x2={x(crossPerformance)}
              y1={plotTop - 6}
              y2={plotBottom}
            />
            <text
              x={centredWithin(x(crossPerformance), performanceCrosshairText, false, width)}
              y={plotTop - 12}
              textAnchor="middle"
            >
              {performanceCrosshairText}
            </text>
          </g>
          <g className="ck-priority-matrix__crosshair" data-axis="importance">
            <line x1={plotLeft} x2={plotRight} y1={y(crossImportance)} y2={y(crossImportance)} />
            <text
              x={rtl ? plotLeft + 6 : plotRight - 6}
              y={y(crossImportance) - 8}
              textAnchor={anchorTowards(rtl ? 'right' : 'left', rtl)}
            >
              {messages.crosshairLabel(crosshairName, summary.importance)}
            </text>
          </g>
        </g>
        <g role="listbox" aria-label={messages.pointsLabel} onKeyDown={onKeyDown}>
          {points.map((point, index) => {
            const selected = point.id === selectedId;
            return (
              <g
                key={point.id}
                role="option"
                className="ck-priority-matrix__point"
                data-index={index}
                data-id={point.id}
                data-quadrant={point.quadrant}
                data-selected={selected}
                aria-selected={selected}
                aria-label={messages.pointLabel({
                  label: point.label,
                  importance: format.mean.format(point.importance),
                  performance: format.mean.format(point.performance),
                  quadrant: quadrantName(point.quadrant, messages),
                  onCrosshair: point.onCrosshair,
                })}
                tabIndex={point.id === tabStopId ? 0 : -1}
                onFocus={() => {
                  setActiveId(point.id);
                  setFocusedId(point.id);
                }}
                onBlur={() => setFocusedId((current) => (current === point.id ? null : current))}
                onClick={() => {
                  setActiveId(point.id);
                  select(selected ? null : point.id);
                }}
              >
                <circle
                  className="ck-priority-matrix__hit"
                  cx={point.cx}
                  cy={point.cy}
                  r={hitRadius}
                />
                <circle
                  className="ck-priority-matrix__focus-ring"
                  cx={point.cx}
                  cy={point.cy}
                  r={pointRadius + 6}
                />
                <circle
                  className="ck-priority-matrix__marker"
                  cx={point.cx}
                  cy={point.cy}
                  r={pointRadius}
                />
              </g>
            );
          })}
        </g>
        <g aria-hidden="true">
          {callouts.map((point) => {
            // Above the point (below it near the top), centred, and kept inside the chart.
            const labelLines = wrapText(point.label, width - 8, true);
            const valueLines = wrapText(
              messages.pointValues(
                format.mean.format(point.importance),
                format.mean.format(point.performance),
              ),
              width - 8,
              false,
            );
            const lines = [
              ...labelLines.map((text) => ({ text, bold: true })),
              ...valueLines.map((text) => ({ text, bold: false })),
            ];
            const blockHeight = lines.length * lineHeight;
            const above = point.cy - pointRadius - 8 - blockHeight > 0;
            const firstY = above
              ? point.cy - pointRadius - 8 - blockHeight + fontSize
              : point.cy + pointRadius + 8 + fontSize;
            const widest = lines.reduce(
              (most, line) => Math.max(most, textWidth(line.text, line.bold)),
              0,
            );
            const textX = clamp(point.cx, widest / 2 + 4, width - widest / 2 - 4);
            return (
              <g
                key={point.id}
                className="ck-priority-matrix__callout"
                data-selected={point.id === selectedId}
              >
                <circle cx={point.cx} cy={point.cy} r={pointRadius + 3} />
                <rect
                  x={textX - widest / 2 - 6}
                  y={firstY - fontSize - 3}
                  width={widest + 12}
                  height={blockHeight + 8}
                  rx={3}
                />
                <text x={textX} y={firstY} textAnchor="middle">
                  {lines.map((line, index) => (
                    <tspan
                      key={index}
                      x={textX}
                      dy={index === 0 ? 0 : lineHeight}
                      className={line.bold ? 'ck-priority-matrix__callout-label' : undefined}
                    >
                      {line.text}
                    </tspan>
                  ))}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <ul className="ck-priority-matrix__legend" aria-hidden="true">
        <li data-quadrant="concentrateHere">
          <svg width="16" height="16">
            <circle className="ck-priority-matrix__marker" cx={8} cy={8} r={pointRadius} />
          </svg>
          {messages.concentrateHere}
        </li>
        <li>
          <svg width="16" height="16">
            <circle className="ck-priority-matrix__marker" cx={8} cy={8} r={pointRadius} />
          </svg>
          {messages.otherQuadrants}
        </li>
        <li>
          <svg width="24" height="16" className="ck-priority-matrix__crosshair">
            <line x1={0} x2={24} y1={8} y2={8} />
          </svg>
          {messages.crosshairsLegend(result.crosshairs)}
        </li>
      </ul>
      <p id={summaryId} className="ck-priority-matrix__summary">
        {messages.chartSummary(summary)}
      </p>
    </div>
  );

  const table = (
    <div className="ck-priority-matrix__table-wrap">
      <div
        className="ck-priority-matrix__table-scroll"
        role="region"
        aria-labelledby={captionId}
        // Focusable so that a keyboard can scroll a table wider than a narrow screen.
        tabIndex={0}
      >
        <table className="ck-priority-matrix__table">
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
                data-withheld={row.withheld !== undefined}
              >
                <th scope="row">{row.label}</th>
                <td>
                  {row.meanImportance === null ? '—' : format.mean.format(row.meanImportance)}
                </td>
                <td>
                  {row.meanPerformance === null ? '—' : format.mean.format(row.meanPerformance)}
                </td>
                <td>
                  {row.withheld !== undefined
                    ? messages.withheld(minimum)
                    : row.quadrant === null
                      ? messages.notScored
                      : row.onImportanceCrosshair || row.onPerformanceCrosshair
                        ? `${quadrantName(row.quadrant, messages)} (${messages.onCrosshair})`
                        : quadrantName(row.quadrant, messages)}
                </td>
                <td>{row.n === null ? '—' : format.count.format(row.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="ck-priority-matrix__note">{messages.tableNote(summary)}</p>
    </div>
  );

  return <ChartFigure {...frame} chart={chart} table={table} />;
}

/** The shared range of both axes: the rating scale, or a tidy span around the data. */
function axisDomain(
  domain: 'scale' | 'data',
  scaleMin: number,
  scaleMax: number,
  scored: readonly {
    readonly meanImportance: number | null;
    readonly meanPerformance: number | null;
  }[],
  crossImportance: number,
  crossPerformance: number,
): [number, number] {
  if (domain === 'scale') return [scaleMin, scaleMax];
  const values = [crossImportance, crossPerformance];
  for (const row of scored) {
    if (row.meanImportance !== null) values.push(row.meanImportance);
    if (row.meanPerformance !== null) values.push(row.meanPerformance);
  }
  const pad = (scaleMax - scaleMin) * 0.05;
  const [lo = scaleMin, hi = scaleMax] = scaleLinear()
    .domain([Math.min(...values) - pad, Math.max(...values) + pad])
    .nice()
    .domain();
  return [Math.max(scaleMin, lo), Math.min(scaleMax, hi)];
}

/** An x at which text centred there stays inside the chart. */
function centredWithin(x: number, text: string, bold: boolean, width: number): number {
  const half = textWidth(text, bold) / 2;
  return clamp(x, half + 4, width - half - 4);
}
