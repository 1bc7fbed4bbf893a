import { scaleLinear } from 'd3-scale';
import { localizedCount, numberFormats } from '../shared/localeFormat.js';
import { barsGeometry, diamond, truncateLabel, type ProfilePlotProps } from './profileLayout.js';

const barHeight = 20;
const barsAxisHeight = 32;

/**
 * The profile as horizontal bars from the scale's lowest level, one per competency, each with
 * its value written beside it ("No score" and its reason when missing) and the required level a
 * dashed line with a diamond. Bars grow from the right in right-to-left reading.
 */
export function ProfileBars({
  title,
  rows,
  scale,
  rtl,
  locale,
  messages,
  layout,
}: ProfilePlotProps) {
  const format = numberFormats(locale);
  const { width, labelWidth, valueRoom, rowHeight, barOffset, maxLabelLength } =
    barsGeometry(layout);
  const values = scale.levels.map((level) => level.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const plotStart = labelWidth + 12;
  const plotEnd = width - valueRoom;
  const x = scaleLinear()
    .domain([min, max])
    .range(rtl ? [width - plotStart, width - plotEnd] : [plotStart, plotEnd])
    .clamp(true);
  const height = rows.length * rowHeight + barsAxisHeight;
  const count = rows.length;
  const summary = messages.barsSummary(localizedCount(locale, count));
  const stacked = labelWidth === 0;

  return (
    <svg
      className="ck-competency-profile__plot ck-competency-profile__plot--bars"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${title}. ${summary}`}
      direction={rtl ? 'rtl' : 'ltr'}
      data-layout={layout}
    >
      <g className="ck-competency-profile__grid">
        {values.map((value) => (
          <line key={value} x1={x(value)} x2={x(value)} y1={0} y2={height - barsAxisHeight} />
        ))}
      </g>
      {values.map((value) => (
        <text
          key={value}
          className="ck-competency-profile__tick-label"
          x={x(value)}
          y={height - barsAxisHeight + 20}
          textAnchor="middle"
        >
          {format.tick.format(value)}
        </text>
      ))}
      {rows.map(({ datum }, index) => {
        const top = index * rowHeight + barOffset;
        const middle = top + barHeight / 2;
        const end = datum.score === null ? x(min) : x(datum.score);
        const label = truncateLabel(datum.label, maxLabelLength);
        const required = datum.requiredLevel === undefined ? undefined : x(datum.requiredLevel);
        return (
          <g key={datum.id} className="ck-competency-profile__bar-row">
            {/* SVG's start and end follow the text direction, so one anchor serves both. */}
            <text
              className="ck-competency-profile__axis-label"
              x={stacked ? x(min) : rtl ? width - labelWidth : labelWidth}
              y={stacked ? top - 8 : middle}
              dy={stacked ? 0 : '0.35em'}
              textAnchor={stacked ? 'start' : 'end'}
            >
              {label}
            </text>
            {datum.score !== null && (
              <rect
                className="ck-competency-profile__bar"
                x={Math.min(x(min), end)}
                y={top}
                width={Math.abs(end - x(min))}
                height={barHeight}
              />
            )}
            {required !== undefined && (
              <>
                <line
                  className="ck-competency-profile__required-line"
                  x1={required}
                  x2={required}
                  y1={top - 4}
                  y2={top + barHeight + 4}
                />
                {/* At the foot of the line, clear of the value beside the bar and a name above it. */}
                <path
                  className="ck-competency-profile__required-marker"
                  d={diamond(required, top + barHeight + 4, 5)}
                />
              </>
            )}
            {/* Drawn last, so its halo lifts it above a dashed line that crosses it. */}
            <text
              className="ck-competency-profile__value"
              x={end + (rtl ? -8 : 8)}
              y={middle}
              dy="0.35em"
              textAnchor="start"
              data-state={datum.score === null ? 'no-score' : undefined}
            >
              {datum.score === null
                ? messages.noScoreWithReason(datum.missingReason ?? messages.missingReason)
                : format.oneDecimal.format(datum.score)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
