import type { CSSProperties } from 'react';
import { useScrollRegion } from '../shared/useScrollRegion.js';
import type { PlanTimelineMessages } from './messages.js';
import type { InterventionRow } from './planRows.js';
import { daysBetween } from './planStates.js';
import { dayWidth, timelineZooms, type TimeAxis, type TimelineZoom } from './timeAxis.js';

/** Props of {@link TimelineChart}. */
export interface TimelineChartProps {
  readonly rows: readonly InterventionRow[];
  readonly axis: TimeAxis;
  readonly zoom: TimelineZoom;
  readonly onZoomChange: (zoom: TimelineZoom) => void;
  /** Labels of the axis ticks, by tick date. */
  readonly tickLabel: (date: string) => string;
  readonly asOf: string;
  readonly asOfText: string;
  readonly summary: string;
  readonly messages: PlanTimelineMessages;
}

const px = (value: number) => `${String(Math.round(value * 100) / 100)}px`;

/**
 * The Gantt chart: one row per intervention, its bar from start to end with its state in words
 * beside its name and as a pattern on the bar (never colour alone), milestones as diamonds, the
 * axis in weeks, months or quarters, and a line on `asOf`. Plain boxes placed with logical
 * properties, so right to left mirrors the axis; no measuring, no per-frame work.
 */
export function TimelineChart({
  rows,
  axis,
  zoom,
  onZoomChange,
  tickLabel,
  asOf,
  asOfText,
  summary,
  messages,
}: TimelineChartProps) {
  const [ref, scrolls] = useScrollRegion<HTMLDivElement>();
  const perDay = dayWidth[zoom];
  const width = axis.days * perDay;
  const today = daysBetween(axis.from, asOf);
  const grid = { '--ck-plan-width': px(width) } as CSSProperties;
  return (
    <div className="ck-plan__chart">
      <div className="ck-plan__zooms" role="group" aria-label={messages.zoomGroup}>
        {timelineZooms.map((option) => (
          <button
            key={option}
            type="button"
            className="ck-figure__view-button"
            aria-pressed={zoom === option}
            onClick={() => onZoomChange(option)}
          >
            {messages.zoom(option)}
          </button>
        ))}
      </div>
      <div
        ref={ref}
        className="ck-scroll ck-plan__scroll"
        tabIndex={scrolls ? 0 : undefined}
        role={scrolls ? 'region' : undefined}
        aria-label={scrolls ? messages.scrollLabel : undefined}
      >
        <div
          className="ck-plan__grid"
          role="img"
          aria-label={messages.chartLabel(summary)}
          data-zoom={zoom}
          style={grid}
        >
          <div className="ck-plan__row ck-plan__axis">
            <span className="ck-plan__name" />
            <div className="ck-plan__track">
              {axis.ticks.map((tick) => (
                <span
                  key={tick.date}
                  className="ck-plan__tick"
                  style={{
                    insetInlineStart: px(tick.offset * perDay),
                    inlineSize: px(tick.span * perDay),
                  }}
                >
                  {tickLabel(tick.date)}
                </span>
              ))}
            </div>
          </div>
          {rows.map((row) => {
            const start = daysBetween(axis.from, row.startsOn);
            const span = daysBetween(row.startsOn, row.endsOn) + 1;
            return (
              <div key={row.id} className="ck-plan__row" data-state={row.state}>
                <span className="ck-plan__name">
                  <span lang={row.title.lang}>{row.title.text}</span>
                  <span className="ck-plan__state" data-state={row.state}>
                    {messages.state(row.state)}
                  </span>
                </span>
                <div className="ck-plan__track">
                  <span
                    className="ck-plan__bar"
                    data-state={row.state}
                    style={{
                      insetInlineStart: px(start * perDay),
                      inlineSize: px(Math.max(span * perDay, 4)),
                    }}
                  />
                  {row.milestones.map((milestone) => (
                    <span
                      key={milestone.id}
                      className="ck-plan__milestone"
                      data-state={milestone.state}
                      style={{
                        insetInlineStart: px(
                          (daysBetween(axis.from, milestone.due) + 0.5) * perDay,
                        ),
                      }}
                    />
                  ))}
                </div>
              </div>
            );
          })}
          <span
            className="ck-plan__today"
            style={{
              insetInlineStart: `calc(var(--ck-plan-name) + ${px((today + 0.5) * perDay)})`,
            }}
          >
            <span className="ck-plan__today-label">{messages.today(asOfText)}</span>
          </span>
        </div>
      </div>
    </div>
  );
}
