import { scaleLinear } from 'd3-scale';
import { curveLinear, curveLinearClosed, lineRadial } from 'd3-shape';
import { localizedCount, numberFormats } from '../shared/localeFormat.js';
import {
  anchorFor,
  diamond,
  radarGeometry,
  wrapLabel,
  type ProfilePlotProps,
} from './profileLayout.js';

interface RadarPoint {
  readonly angle: number;
  readonly radius: number | null;
}

const labelOffset = 16;
const lineHeight = 16;

/**
 * The profile as a radar: one spoke per competency, clockwise from the top (anticlockwise in
 * right-to-left reading); scores a solid outline with round markers, required levels a dashed
 * one with diamonds. A missing score leaves a gap in the outline, never a dip to 0.
 */
export function ProfileRadar({
  title,
  rows,
  scale,
  rtl,
  locale,
  messages,
  layout,
}: ProfilePlotProps) {
  const format = numberFormats(locale);
  const { width, height, radius, numbered } = radarGeometry(layout, rows.length);
  const values = scale.levels.map((level) => level.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const r = scaleLinear()
    .domain([Math.min(0, min), max])
    .range([0, radius])
    .clamp(true);
  const cx = width / 2;
  const cy = height / 2;
  const count = rows.length;
  // Clockwise from the top in left-to-right reading, anticlockwise in right-to-left reading.
  const angleOf = (index: number) => ((2 * Math.PI * index) / count) * (rtl ? -1 : 1);

  const outline = (points: readonly RadarPoint[]) => {
    // Repeat the first point to close the outline; a missing value leaves a gap, not a dip to 0.
    const closed = points.length > 0 ? [...points, points[0] as RadarPoint] : [];
    return (
      lineRadial<RadarPoint>()
        .angle((point) => point.angle)
        .radius((point) => point.radius ?? 0)
        .defined((point) => point.radius !== null)
        .curve(curveLinear)(closed) ?? ''
    );
  };
  const axes = rows.map((_, index) => index);
  const ring = (value: number) =>
    lineRadial<number>()
      .angle((index) => angleOf(index))
      .radius(r(value))
      .curve(curveLinearClosed)(axes) ?? '';

  const scorePoints = rows.map((row, index) => ({
    angle: angleOf(index),
    radius: row.datum.score === null ? null : r(row.datum.score),
  }));
  const requiredPoints = rows.map((row, index) => ({
    angle: angleOf(index),
    radius: row.datum.requiredLevel === undefined ? null : r(row.datum.requiredLevel),
  }));
  const scoreComplete = scorePoints.every((point) => point.radius !== null);
  const toXY = (point: RadarPoint): [number, number] => [
    cx + (point.radius ?? 0) * Math.sin(point.angle),
    cy - (point.radius ?? 0) * Math.cos(point.angle),
  ];
  const summary = messages.radarSummary(localizedCount(locale, count));
  // Ring values sit beside the first spoke, clear of its markers, on the side away from the
  // second axis so the outlines rarely cross them.
  const ringLabelX = cx + (rtl ? 10 : -10);

  return (
    <svg
      className="ck-competency-profile__plot ck-competency-profile__plot--radar"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${title}. ${summary}`}
      direction={rtl ? 'rtl' : 'ltr'}
      data-layout={layout}
    >
      <g className="ck-competency-profile__grid" transform={`translate(${cx},${cy})`}>
        {values.map((value) =>
          count >= 3 ? <path key={value} d={ring(value)} /> : <circle key={value} r={r(value)} />,
        )}
        {axes.map((index) => {
          const [x, y] = toXY({ angle: angleOf(index), radius });
          return <line key={index} x1={0} y1={0} x2={x - cx} y2={y - cy} />;
        })}
      </g>
      {values.map((value) => (
        <text
          key={value}
          className="ck-competency-profile__ring-label"
          x={ringLabelX}
          y={cy - r(value)}
          dy="0.35em"
          textAnchor={anchorFor('left', rtl)}
        >
          {format.tick.format(value)}
        </text>
      ))}
      <path
        className="ck-competency-profile__required-line"
        transform={`translate(${cx},${cy})`}
        d={outline(requiredPoints)}
      />
      <path
        className="ck-competency-profile__score-line"
        transform={`translate(${cx},${cy})`}
        d={outline(scorePoints)}
        data-complete={scoreComplete}
      />
      {requiredPoints.map((point, index) => {
        if (point.radius === null) return null;
        const [x, y] = toXY(point);
        return (
          <path
            key={rows[index]?.datum.id}
            className="ck-competency-profile__required-marker"
            d={diamond(x, y, 6)}
          />
        );
      })}
      {scorePoints.map((point, index) => {
        if (point.radius === null) return null;
        const [x, y] = toXY(point);
        return (
          <circle
            key={rows[index]?.datum.id}
            className="ck-competency-profile__score-marker"
            cx={x}
            cy={y}
            r={4.5}
          />
        );
      })}
      {rows.map((row, index) => {
        const angle = angleOf(index);
        const sin = Math.sin(angle);
        const cos = Math.cos(angle);
        const [x, y] = toXY({ angle, radius: radius + labelOffset });
        const lines = numbered ? [format.count.format(index + 1)] : wrapLabel(row.datum.label);
        const noScore = row.datum.score === null && !numbered;
        const lineCount = lines.length + (noScore ? 1 : 0);
        const top =
          cos > 0.3
            ? y - (lineCount - 1) * lineHeight - 4
            : cos < -0.3
              ? y + 14
              : y - ((lineCount - 1) * lineHeight) / 2 + 5;
        const side = Math.abs(sin) < 0.3 ? 'middle' : sin > 0 ? 'right' : 'left';
        return (
          <text
            key={row.datum.id}
            className="ck-competency-profile__axis-label"
            x={x}
            y={top}
            textAnchor={anchorFor(side, rtl)}
            data-state={row.datum.score === null ? 'no-score' : undefined}
          >
            {lines.map((line, lineIndex) => (
              <tspan key={lineIndex} x={x} dy={lineIndex === 0 ? 0 : lineHeight}>
                {line}
              </tspan>
            ))}
            {noScore && (
              <tspan className="ck-competency-profile__no-score" x={x} dy={lineHeight}>
                {messages.noScore}
              </tspan>
            )}
          </text>
        );
      })}
    </svg>
  );
}
