import type { Crosshairs } from '@capkit/scoring/tna';
import { useState, type KeyboardEvent } from 'react';
import { gridMove, useRovingFocus } from '../shared/rovingFocus.js';
import type { NumberFormats } from '../shared/localeFormat.js';
import {
  calloutLayout,
  centredWithin,
  hitRadius,
  importanceCrosshairLabel,
  lineHeight,
  pointRadius,
  quadrantLabels,
  type MatrixFrame,
  type PlottedPoint,
} from './matrixLayout.js';
import type { PriorityMatrixMessages } from './messages.js';
import { quadrantName } from './quadrantName.js';

/** Props of {@link MatrixPlot}. */
export interface MatrixPlotProps {
  readonly title: string;
  readonly summaryId: string;
  readonly frame: MatrixFrame;
  readonly points: readonly PlottedPoint[];
  /** Indices into `points`, left to right on screen. */
  readonly across: readonly number[];
  readonly crossImportance: number;
  readonly crossPerformance: number;
  readonly crosshairs: Crosshairs;
  readonly domain: 'scale' | 'data';
  readonly rtl: boolean;
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
  readonly formats: NumberFormats;
  readonly messages: PriorityMatrixMessages;
}

/**
 * The picture: grid, axes, the four named quadrants, the cross-hairs and the points. The points
 * are a listbox with one tab stop, moved by the shared roving-focus unit: Up and Down follow the
 * points top to bottom, Left and Right across the screen (physical, so right to left too),
 * Home and End go to the top and bottom point, Page Up and Down ten points on.
 */
export function MatrixPlot({
  title,
  summaryId,
  frame,
  points,
  across,
  crossImportance,
  crossPerformance,
  crosshairs,
  domain,
  rtl,
  selectedId,
  onSelect,
  formats,
  messages,
}: MatrixPlotProps) {
  const { width, height, plotLeft, plotRight, plotTop, plotBottom, axisX, x, y, ticks } = frame;
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const { containerRef, focusTabStop } = useRovingFocus<SVGGElement>();

  const isKnown = (candidate: string | null) =>
    candidate !== null && points.some((point) => point.id === candidate);
  // Roving tab stop: the point last moved to, else the selected one, else the top one.
  const tabStopId = isKnown(activeId)
    ? activeId
    : isKnown(selectedId)
      ? selectedId
      : (points[0]?.id ?? null);

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(tabStopId === selectedId ? null : tabStopId);
      return;
    }
    if (event.key === 'Escape') {
      if (selectedId !== null) {
        event.preventDefault();
        onSelect(null);
      }
      return;
    }
    const row = points.findIndex((point) => point.id === tabStopId);
    const column = across.indexOf(row);
    // Rows are the points top to bottom, columns the same points left to right on screen.
    const next = gridMove(
      event.key,
      event,
      { row, column },
      { rows: points.length, columns: points.length },
      { homeEnd: 'column' },
    );
    if (next === undefined) return;
    event.preventDefault();
    const index = next.row !== row ? next.row : next.column !== column ? across[next.column] : row;
    const target = index === undefined ? undefined : points[index];
    if (target === undefined || target.id === tabStopId) return;
    setActiveId(target.id);
    focusTabStop();
  };

  const names = {
    concentrateHere: messages.concentrateHere,
    keepUpTheGoodWork: messages.keepUpTheGoodWork,
    lowPriority: messages.lowPriority,
    possibleOverkill: messages.possibleOverkill,
  };
  const labels = quadrantLabels(frame, crossPerformance, names, rtl);
  const crosshairName = crosshairs === 'grandMean' ? messages.grandMean : messages.scaleMidpoint;
  const importanceText = messages.crosshairLabel(
    crosshairName,
    formats.twoDecimals.format(crossImportance),
  );
  const importanceLabel = importanceCrosshairLabel(
    frame,
    crossImportance,
    importanceText,
    rtl,
    labels.map((label) => label.box),
  );
  const performanceText = messages.crosshairLabel(
    crosshairName,
    formats.twoDecimals.format(crossPerformance),
  );
  const concentrateArea = {
    x: Math.min(x(frame.lo), x(crossPerformance)),
    y: y(frame.hi),
    width: Math.abs(x(crossPerformance) - x(frame.lo)),
    height: y(crossImportance) - y(frame.hi),
  };
  const callouts = points.filter((point) => point.id === selectedId || point.id === focusedId);

  return (
    <svg
      className="ck-priority-matrix__plot"
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={title}
      aria-describedby={summaryId}
      data-crosshairs={crosshairs}
      data-domain={domain}
    >
      <g aria-hidden="true">
        <rect className="ck-priority-matrix__priority-area" {...concentrateArea} />
        {ticks.map((tick) => (
          <g key={tick} className="ck-priority-matrix__tick">
            <line x1={x(tick)} x2={x(tick)} y1={plotTop} y2={plotBottom} />
            <line x1={plotLeft} x2={plotRight} y1={y(tick)} y2={y(tick)} />
            <text x={x(tick)} y={plotBottom + 20} textAnchor="middle">
              {formats.tick.format(tick)}
            </text>
            <text x={rtl ? axisX + 8 : axisX - 8} y={y(tick)} dy="0.35em" textAnchor="end">
              {formats.tick.format(tick)}
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
        {labels.map((label) => (
          <text
            key={label.quadrant}
            className="ck-priority-matrix__quadrant-label"
            data-quadrant={label.quadrant}
            x={label.x}
            y={label.y}
            textAnchor={label.anchor}
          >
            {label.lines.map((line, index) => (
              <tspan key={index} x={label.x} dy={index === 0 ? 0 : lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
        <g className="ck-priority-matrix__crosshair" data-axis="performance">
          <line
            x1={x(crossPerformance)}
            x2={x(crossPerformance)}
            y1={plotTop - 6}
            y2={plotBottom}
          />
          <text
            x={centredWithin(x(crossPerformance), performanceText, false, width)}
            y={plotTop - 12}
            textAnchor="middle"
          >
            {performanceText}
          </text>
        </g>
        <g className="ck-priority-matrix__crosshair" data-axis="importance">
          <line x1={plotLeft} x2={plotRight} y1={y(crossImportance)} y2={y(crossImportance)} />
          <text x={importanceLabel.x} y={importanceLabel.y} textAnchor={importanceLabel.anchor}>
            {importanceText}
          </text>
        </g>
      </g>
      <g ref={containerRef} role="listbox" aria-label={messages.pointsLabel} onKeyDown={onKeyDown}>
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
                importance: formats.twoDecimals.format(point.importance),
                performance: formats.twoDecimals.format(point.performance),
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
                onSelect(selected ? null : point.id);
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
          const callout = calloutLayout(
            point.cx,
            point.cy,
            point.label,
            messages.pointValues(
              formats.twoDecimals.format(point.importance),
              formats.twoDecimals.format(point.performance),
            ),
            width,
          );
          return (
            <g
              key={point.id}
              className="ck-priority-matrix__callout"
              data-selected={point.id === selectedId}
            >
              <circle cx={point.cx} cy={point.cy} r={pointRadius + 3} />
              <rect
                x={callout.box.left}
                y={callout.box.top}
                width={callout.box.right - callout.box.left}
                height={callout.box.bottom - callout.box.top}
                rx={3}
              />
              <text x={callout.x} y={callout.y} textAnchor="middle">
                {callout.lines.map((line, index) => (
                  <tspan
                    key={index}
                    x={callout.x}
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
  );
}
