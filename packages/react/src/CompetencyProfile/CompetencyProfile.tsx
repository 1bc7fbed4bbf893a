// Over 400 lines: this widget predates the shared widget contract; splitting it into parts the
// way FrameworkBrowser/ is split is the work of the widget-foundation issue (9), done there for
// every widget at once rather than one by one here.
import { resolveLocalizedText, type ProficiencyScale, type ResolvedText } from '@capkit/model';
import { proficiencyLevelFor } from '@capkit/scoring';
import { scaleLinear } from 'd3-scale';
import { curveLinear, curveLinearClosed, lineRadial } from 'd3-shape';
import { useId, useMemo, useState } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure, type ChartView } from '../ChartFigure/index.js';
import {
  defaultCompetencyProfileMessages,
  type CompetencyProfileMessages,
  type LocalizedCount,
} from './messages.js';

/** One competency of the profile: its score, and optionally the level required of it. */
export interface CompetencyProfileDatum {
  /** Stable key, such as the competency id. */
  readonly id: string;
  /** Competency name, already in the reader's language. */
  readonly label: string;
  /**
   * Score on the scale, or `null` when it is missing (too few answers). `NaN` and ±`Infinity`
   * are missing too: they read "No score" with its reason, never a number or a level.
   */
  readonly score: number | null;
  /**
   * Why the score is missing, in the reader's language (e.g. "fewer than 5 respondents"); shown
   * after "No score" in the summary, the table and the bars. Ignored when there is a score.
   * @default the `missingReason` message: "not enough answers"
   */
  readonly missingReason?: string;
  /**
   * The level required on the same scale; marked in both forms and compared in the table.
   * A non-finite value counts as not set.
   * @default undefined (not set)
   */
  readonly requiredLevel?: number;
}

/** How the chart draws the profile: a radar (spider) chart or horizontal bars. */
export type CompetencyProfileForm = 'radar' | 'bars';

/** Whether the scores are ready to show, still loading, or failed to load. */
export type CompetencyProfileStatus = 'ready' | 'loading' | 'error';

/** Props of {@link CompetencyProfile}. */
export interface CompetencyProfileProps {
  /** Title of the figure, e.g. "Amira Haddad: competency profile"; also its accessible name. */
  readonly title: string;
  /**
   * One or two sentences on what the profile shows.
   * @default undefined
   */
  readonly description?: string;
  /** The proficiency scale the scores and required levels are on. */
  readonly scale: ProficiencyScale;
  /** One entry per competency, in the order to show them (clockwise from the top on the radar). */
  readonly data: readonly CompetencyProfileDatum[];
  /**
   * Controlled chart form; pair with `onFormChange`.
   * @default undefined (uncontrolled)
   */
  readonly form?: CompetencyProfileForm;
  /**
   * Initial chart form when uncontrolled.
   * @default 'radar'
   */
  readonly defaultForm?: CompetencyProfileForm;
  /**
   * Called when the reader switches between radar and bars.
   * @default undefined
   */
  readonly onFormChange?: (form: CompetencyProfileForm) => void;
  /**
   * Controlled view (chart or table); pair with `onViewChange`.
   * @default undefined (uncontrolled)
   */
  readonly view?: ChartView;
  /**
   * Initial view when uncontrolled.
   * @default 'chart'
   */
  readonly defaultView?: ChartView;
  /**
   * Called when the reader switches between chart and table.
   * @default undefined
   */
  readonly onViewChange?: (view: ChartView) => void;
  /**
   * Loading and error states replace the chart with a message announced to screen readers.
   * @default 'ready'
   */
  readonly status?: CompetencyProfileStatus;
  /**
   * BCP 47 locale for numbers and level names.
   * @default the nearest CapkitProvider's locale, else 'en'
   */
  readonly locale?: string;
  /**
   * Text direction; right-to-left runs the radar anticlockwise and grows bars from the right.
   * @default the locale's direction
   */
  readonly dir?: 'ltr' | 'rtl';
  /**
   * Replacement strings, e.g. a translation; missing keys fall back to the provider's, then English.
   * @default {}
   */
  readonly messages?: Partial<CompetencyProfileMessages>;
  /**
   * Extra class name on the outer element.
   * @default undefined
   */
  readonly className?: string;
}

/** Whether a score meets its required level; `unknown` when either is missing. */
type Comparison = 'meets' | 'below' | 'unknown';

/** A datum with everything the views show worked out once. */
interface ProfileRow {
  readonly datum: CompetencyProfileDatum;
  readonly reached: ResolvedText | undefined;
  readonly required: ResolvedText | undefined;
  /** max(0, required − score); `undefined` when there is nothing to compare. */
  readonly gap: number | undefined;
  readonly comparison: Comparison;
}

interface Formatters {
  readonly score: Intl.NumberFormat;
  readonly tick: Intl.NumberFormat;
  readonly count: Intl.NumberFormat;
  readonly list: Intl.ListFormat;
}

// Absorbs floating-point noise, as proficiencyLevelFor does: 2.9999999999999996 meets 3.
const tolerance = 1e-9;

/** The datum with a missing score as `null` and a missing required level left out. */
function present(datum: CompetencyProfileDatum): CompetencyProfileDatum {
  const { score, requiredLevel, ...rest } = datum;
  return {
    ...rest,
    score: score !== null && Number.isFinite(score) ? score : null,
    ...(requiredLevel !== undefined && Number.isFinite(requiredLevel) ? { requiredLevel } : {}),
  };
}

function profileRows(
  data: readonly CompetencyProfileDatum[],
  scale: ProficiencyScale,
  locale: string,
): ProfileRow[] {
  const levelName = (value: number) => {
    const level = proficiencyLevelFor(value, scale);
    return level === null ? undefined : resolveLocalizedText(level.label, [locale]);
  };
  // Missing is never a level: NaN and infinite scores become null here, once, for every view.
  return data.map(present).map((datum) => {
    const { score, requiredLevel } = datum;
    const compared = score !== null && requiredLevel !== undefined;
    return {
      datum,
      reached: score === null ? undefined : levelName(score),
      required: requiredLevel === undefined ? undefined : levelName(requiredLevel),
      gap: compared ? Math.max(0, requiredLevel - score) : undefined,
      comparison: compared ? (score + tolerance >= requiredLevel ? 'meets' : 'below') : 'unknown',
    };
  });
}

/** "No score" with the reason the datum gives, else the default reason. */
function noScoreText(datum: CompetencyProfileDatum, messages: CompetencyProfileMessages): string {
  return messages.noScoreWithReason(datum.missingReason ?? messages.missingReason);
}

/**
 * A gap as text. A shortfall never reads as zero: 3 − 2.97 shows as 0.1, not 0.0, so the figure
 * never contradicts a "Below required level" status beside it.
 */
function formatGap(row: ProfileRow, format: Formatters): string {
  if (row.gap === undefined) return '—';
  const smallestShown = 0.05; // rounds up to 0.1 at one decimal place
  return format.score.format(
    row.comparison === 'below' ? Math.max(row.gap, smallestShown) : row.gap,
  );
}

/** The profile in words: shortfalls largest first, then missing scores and required levels. */
function profileSummary(
  rows: readonly ProfileRow[],
  messages: CompetencyProfileMessages,
  format: Formatters,
): string {
  const count = (value: number): LocalizedCount => ({ value, text: format.count.format(value) });
  const total = count(rows.length);
  const below = rows
    .filter((row) => row.comparison === 'below')
    .sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0));
  const meets = rows.filter((row) => row.comparison === 'meets');
  const noScore = rows.filter((row) => row.datum.score === null);
  const noRequired = rows.filter(
    (row) => row.datum.score !== null && row.datum.requiredLevel === undefined,
  );
  const sentences: string[] = [];
  if (below.length > 0) {
    const list = format.list.format(
      below.map((row) => messages.gapItem(row.datum.label, formatGap(row, format))),
    );
    sentences.push(messages.summaryBelow(count(below.length), total, list));
  } else if (meets.length > 0) {
    sentences.push(messages.summaryNoneBelow(count(meets.length), total));
  }
  if (noScore.length > 0) {
    const list = format.list.format(
      noScore.map((row) =>
        messages.noScoreItem(row.datum.label, row.datum.missingReason ?? messages.missingReason),
      ),
    );
    sentences.push(messages.summaryNoScore(count(noScore.length), list));
  }
  if (noRequired.length > 0) {
    const list = format.list.format(noRequired.map((row) => row.datum.label));
    sentences.push(messages.summaryNoRequired(count(noRequired.length), list));
  }
  return sentences.join(' ');
}

/** A value that the parent may control, else kept here; `onChange` hears of every change. */
function useControllable<T>(
  controlled: T | undefined,
  initial: T,
  onChange: ((value: T) => void) | undefined,
): [T, (value: T) => void] {
  const [uncontrolled, setUncontrolled] = useState(initial);
  const set = (value: T) => {
    if (controlled === undefined) setUncontrolled(value);
    onChange?.(value);
  };
  return [controlled ?? uncontrolled, set];
}

const lineLength = 16;
const maxLines = 2;

/** Breaks a competency name into at most two short lines for the radar, with an ellipsis if cut. */
function wrapLabel(label: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (candidate.length <= lineLength || current === '') {
      current = candidate;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  const kept = lines.slice(0, maxLines);
  return kept.map((line, index) => {
    const cut = line.length > lineLength || (index === maxLines - 1 && lines.length > maxLines);
    return cut ? `${line.slice(0, lineLength - 1)}…` : line;
  });
}

/** Horizontal text anchor for a point left or right of centre, whatever the text direction. */
function anchorFor(side: 'left' | 'middle' | 'right', rtl: boolean): 'start' | 'middle' | 'end' {
  // SVG's start and end follow the text direction: in right-to-left text, `start` is the right edge.
  if (side === 'middle') return 'middle';
  const extendsRight = side === 'right';
  return extendsRight !== rtl ? 'start' : 'end';
}

function diamond(x: number, y: number, size: number): string {
  return `M${x},${y - size}L${x + size},${y}L${x},${y + size}L${x - size},${y}Z`;
}

interface ChartProps {
  readonly title: string;
  readonly rows: readonly ProfileRow[];
  readonly scale: ProficiencyScale;
  readonly rtl: boolean;
  readonly messages: CompetencyProfileMessages;
  readonly format: Formatters;
}

/**
 * Each form is drawn twice, for wide and narrow containers; a CSS container query shows one.
 * SVG text scales with its viewBox, so a single drawing would shrink its text past reading on a
 * phone; two fixed layouts keep 14px text at both sizes without measuring anything in script
 * (so the server renders the same markup) and without inline styles (so a strict CSP holds).
 */
type Layout = 'wide' | 'narrow';

interface RadarPoint {
  readonly angle: number;
  readonly radius: number | null;
}

interface RadarGeometry {
  readonly width: number;
  readonly height: number;
  readonly radius: number;
  /** Whether axes carry numbers (explained by the key) instead of competency names. */
  readonly numbered: boolean;
}

const labelOffset = 16;
const lineHeight = 16;
// Beyond this many axes, names no longer fit around the wide radar: axes are numbered, with a key.
const maxNamedAxes = 12;

function radarGeometry(layout: Layout, count: number): RadarGeometry {
  return layout === 'wide'
    ? { width: 640, height: 480, radius: 170, numbered: count > maxNamedAxes }
    : { width: 320, height: 280, radius: 100, numbered: true };
}

function ProfileRadar({
  title,
  rows,
  scale,
  rtl,
  messages,
  format,
  layout,
}: ChartProps & { readonly layout: Layout }) {
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
  const summary = messages.radarSummary({ value: count, text: format.count.format(count) });
  // Ring values sit beside the first spoke, clear of its markers, on the side away from the
  // second axis so the outlines rarely cross them.
  const ringLabelX = cx + (rtl ? 10 : -10);

  return (
    <svg
      className="ck-profile__plot ck-profile__plot--radar"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${title}. ${summary}`}
      direction={rtl ? 'rtl' : 'ltr'}
      data-layout={layout}
    >
      <g className="ck-profile__grid" transform={`translate(${cx},${cy})`}>
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
          className="ck-profile__ring-label"
          x={ringLabelX}
          y={cy - r(value)}
          dy="0.35em"
          textAnchor={anchorFor('left', rtl)}
        >
          {format.tick.format(value)}
        </text>
      ))}
      <path
        className="ck-profile__required-line"
        transform={`translate(${cx},${cy})`}
        d={outline(requiredPoints)}
      />
      <path
        className="ck-profile__score-line"
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
            className="ck-profile__required-marker"
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
            className="ck-profile__score-marker"
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
            className="ck-profile__axis-label"
            x={x}
            y={top}
            textAnchor={anchorFor(side, rtl)}
            data-missing={row.datum.score === null}
          >
            {lines.map((line, lineIndex) => (
              <tspan key={lineIndex} x={x} dy={lineIndex === 0 ? 0 : lineHeight}>
                {line}
              </tspan>
            ))}
            {noScore && (
              <tspan className="ck-profile__no-score" x={x} dy={lineHeight}>
                {messages.noScore}
              </tspan>
            )}
          </text>
        );
      })}
    </svg>
  );
}

/** Names the numbered radar axes; shown with the narrow radar, and the wide one when numbered. */
function AxisKey({
  rows,
  messages,
  always,
}: {
  readonly rows: readonly ProfileRow[];
  readonly messages: CompetencyProfileMessages;
  readonly always: boolean;
}) {
  const keyId = useId();
  return (
    <div className="ck-profile__axis-key" data-always={always}>
      <p id={keyId} className="ck-profile__axis-key-title">
        {messages.axisKey}
      </p>
      <ol aria-labelledby={keyId}>
        {rows.map((row) => (
          <li key={row.datum.id} data-missing={row.datum.score === null}>
            {row.datum.label}
            {row.datum.score === null && ` (${noScoreText(row.datum, messages)})`}
          </li>
        ))}
      </ol>
    </div>
  );
}

interface BarsGeometry {
  readonly width: number;
  /** Room for the competency names beside the bars; 0 when names sit above them. */
  readonly labelWidth: number;
  readonly valueRoom: number;
  readonly rowHeight: number;
  /** Distance from a row's top to its bar's top (room for a name above the bar). */
  readonly barOffset: number;
  readonly maxLabelLength: number;
}

const barHeight = 20;
const barsAxisHeight = 32;

function barsGeometry(layout: Layout): BarsGeometry {
  return layout === 'wide'
    ? {
        width: 640,
        labelWidth: 200,
        valueRoom: 88,
        rowHeight: 40,
        barOffset: 10,
        maxLabelLength: 28,
      }
    : {
        width: 320,
        labelWidth: 0,
        valueRoom: 80,
        rowHeight: 60,
        barOffset: 26,
        maxLabelLength: 38,
      };
}

function ProfileBars({
  title,
  rows,
  scale,
  rtl,
  messages,
  format,
  layout,
}: ChartProps & { readonly layout: Layout }) {
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
  const summary = messages.barsSummary({ value: count, text: format.count.format(count) });
  const stacked = labelWidth === 0;

  return (
    <svg
      className="ck-profile__plot ck-profile__plot--bars"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${title}. ${summary}`}
      direction={rtl ? 'rtl' : 'ltr'}
      data-layout={layout}
    >
      <g className="ck-profile__grid">
        {values.map((value) => (
          <line key={value} x1={x(value)} x2={x(value)} y1={0} y2={height - barsAxisHeight} />
        ))}
      </g>
      {values.map((value) => (
        <text
          key={value}
          className="ck-profile__tick-label"
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
        const label =
          datum.label.length > maxLabelLength
            ? `${datum.label.slice(0, maxLabelLength - 1)}…`
            : datum.label;
        const required = datum.requiredLevel === undefined ? undefined : x(datum.requiredLevel);
        return (
          <g key={datum.id} className="ck-profile__bar-row">
            {/* SVG's start and end follow the text direction, so one anchor serves both. */}
            <text
              className="ck-profile__axis-label"
              x={stacked ? x(min) : rtl ? width - labelWidth : labelWidth}
              y={stacked ? top - 8 : middle}
              dy={stacked ? 0 : '0.35em'}
              textAnchor={stacked ? 'start' : 'end'}
            >
              {label}
            </text>
            {datum.score !== null && (
              <rect
                className="ck-profile__bar"
                x={Math.min(x(min), end)}
                y={top}
                width={Math.abs(end - x(min))}
                height={barHeight}
              />
            )}
            {required !== undefined && (
              <>
                <line
                  className="ck-profile__required-line"
                  x1={required}
                  x2={required}
                  y1={top - 4}
                  y2={top + barHeight + 4}
                />
                {/* At the foot of the line, clear of the value beside the bar and a name above it. */}
                <path
                  className="ck-profile__required-marker"
                  d={diamond(required, top + barHeight + 4, 5)}
                />
              </>
            )}
            {/* Drawn last, so its halo lifts it above a dashed line that crosses it. */}
            <text
              className="ck-profile__value"
              x={end + (rtl ? -8 : 8)}
              y={middle}
              dy="0.35em"
              textAnchor="start"
              data-missing={datum.score === null}
            >
              {datum.score === null
                ? noScoreText(datum, messages)
                : format.score.format(datum.score)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Key to the two series, drawn with the same strokes and markers as the chart. */
function Legend({
  form,
  messages,
}: {
  readonly form: CompetencyProfileForm;
  readonly messages: CompetencyProfileMessages;
}) {
  // Hidden from screen readers: the chart's own description already names both series.
  return (
    <ul className="ck-profile__legend" aria-hidden="true">
      <li>
        <svg className="ck-profile__swatch" viewBox="0 0 32 16" focusable="false">
          {form === 'radar' ? (
            <>
              <line className="ck-profile__score-line" x1={2} y1={8} x2={30} y2={8} />
              <circle className="ck-profile__score-marker" cx={16} cy={8} r={4.5} />
            </>
          ) : (
            <rect className="ck-profile__bar" x={2} y={3} width={28} height={10} />
          )}
        </svg>
        {messages.score}
      </li>
      <li>
        <svg className="ck-profile__swatch" viewBox="0 0 32 16" focusable="false">
          <line className="ck-profile__required-line" x1={2} y1={8} x2={30} y2={8} />
          <path className="ck-profile__required-marker" d={diamond(16, 8, 6)} />
        </svg>
        {messages.requiredLevel}
      </li>
    </ul>
  );
}

function ProfileTable({ title, rows, messages, format }: Omit<ChartProps, 'scale' | 'rtl'>) {
  const statusText = (comparison: Comparison) => {
    switch (comparison) {
      case 'meets':
        return messages.meetsRequired;
      case 'below':
        return messages.belowRequired;
      case 'unknown':
        return messages.notCompared;
      default:
        return comparison satisfies never;
    }
  };
  return (
    <table className="ck-profile__table">
      <caption>{messages.tableCaption(title)}</caption>
      <thead>
        <tr>
          <th scope="col">{messages.competency}</th>
          <th scope="col">{messages.score}</th>
          <th scope="col">{messages.levelReached}</th>
          <th scope="col">{messages.requiredLevel}</th>
          <th scope="col">{messages.gap}</th>
          <th scope="col">{messages.status}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const { datum, reached, required, comparison } = row;
          return (
            <tr key={datum.id} data-status={comparison}>
              <th scope="row">{datum.label}</th>
              <td data-missing={datum.score === null}>
                {datum.score === null
                  ? noScoreText(datum, messages)
                  : format.score.format(datum.score)}
              </td>
              <td lang={reached?.lang}>{reached?.text ?? '—'}</td>
              <td lang={required?.lang}>{required?.text ?? messages.notSet}</td>
              <td>{formatGap(row, format)}</td>
              <td>{statusText(comparison)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * A person's or group's competency scores against required levels, drawn as a radar or as bars
 * (the reader chooses), always with a summary in words and a table of the same values. Missing
 * scores read "No score", never 0. State: `data-form`, `data-view` and `data-state` on the outer
 * element.
 */
export function CompetencyProfile({
  title,
  description,
  scale,
  data,
  form: controlledForm,
  defaultForm = 'radar',
  onFormChange,
  view: controlledView,
  defaultView = 'chart',
  onViewChange,
  status = 'ready',
  locale: ownLocale,
  dir: ownDir,
  messages: messageOverrides,
  className,
}: CompetencyProfileProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages(
    'CompetencyProfile',
    defaultCompetencyProfileMessages,
    messageOverrides,
  );
  const [form, setForm] = useControllable(controlledForm, defaultForm, onFormChange);
  const [view, setView] = useControllable(controlledView, defaultView, onViewChange);
  const format = useMemo<Formatters>(
    () => ({
      score: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      tick: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
      count: new Intl.NumberFormat(locale),
      list: new Intl.ListFormat(locale, { type: 'unit', style: 'short' }),
    }),
    [locale],
  );
  const rows = useMemo(() => profileRows(data, scale, locale), [data, scale, locale]);
  const rtl = dir === 'rtl';
  const state = status === 'ready' ? (data.length === 0 ? 'empty' : 'ready') : status;

  const statusMessage = (() => {
    switch (state) {
      case 'loading':
        return (
          <p className="ck-profile__message" role="status">
            {messages.loading}
          </p>
        );
      case 'error':
        return (
          <p className="ck-profile__message" role="alert" data-tone="error">
            {messages.error}
          </p>
        );
      case 'empty':
        return <p className="ck-profile__message">{messages.empty}</p>;
      case 'ready':
        return undefined;
      default:
        return state satisfies never;
    }
  })();

  const summary =
    statusMessage === undefined ? (
      <p className="ck-profile__summary">{profileSummary(rows, messages, format)}</p>
    ) : null;
  const chartProps: ChartProps = { title, rows, scale, rtl, messages, format };

  return (
    <div
      className={['ck-profile', className].filter(Boolean).join(' ')}
      dir={dir}
      data-form={form}
      data-view={view}
      data-state={state}
      aria-busy={state === 'loading' ? true : undefined}
    >
      <ChartFigure
        title={title}
        {...(description === undefined ? {} : { description })}
        dir={dir}
        view={view}
        onViewChange={setView}
        messages={messages}
        state={state}
        status={statusMessage}
        chart={
          <>
            {summary}
            <div className="ck-figure__views" role="group" aria-label={messages.formGroup}>
              {(['radar', 'bars'] as const).map((option) => (
                <button
                  key={option}
                  type="button"
                  className="ck-figure__view-button"
                  aria-pressed={form === option}
                  onClick={() => setForm(option)}
                >
                  {option === 'radar' ? messages.formRadar : messages.formBars}
                </button>
              ))}
            </div>
            {form === 'radar' ? (
              <>
                <ProfileRadar {...chartProps} layout="wide" />
                <ProfileRadar {...chartProps} layout="narrow" />
                <Legend form="radar" messages={messages} />
                <AxisKey rows={rows} messages={messages} always={rows.length > maxNamedAxes} />
              </>
            ) : (
              <>
                <ProfileBars {...chartProps} layout="wide" />
                <ProfileBars {...chartProps} layout="narrow" />
                <Legend form="bars" messages={messages} />
              </>
            )}
          </>
        }
        table={
          <>
            {summary}
            <ProfileTable title={title} rows={rows} messages={messages} format={format} />
          </>
        }
      />
    </div>
  );
}
