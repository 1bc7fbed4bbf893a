/* eslint-disable @typescript-eslint/no-deprecated -- the deprecated CompetencyBarChart itself, its tests and stories, kept until its removal */
import type { ProficiencyScale } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import { proficiencyLevelFor } from '@capkit/scoring';
import { scaleLinear } from 'd3-scale';
import { useEffect, useId, useMemo } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/CapkitProvider.js';
import { defaultCompetencyBarChartMessages, type CompetencyBarChartMessages } from './messages.js';

/**
 * One bar: a competency's score, and optionally the level a role requires.
 * @deprecated Use `CompetencyProfileDatum`, the same shape.
 */
export interface CompetencyBarDatum {
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
   * after "No score". Ignored when there is a score.
   * @default the `missingReason` message: "not enough answers"
   */
  readonly missingReason?: string | undefined;
  /**
   * The role's required level on the same scale; marked on the bar and compared in the table.
   * A non-finite value counts as not set.
   * @default undefined (not set)
   */
  readonly requiredLevel?: number | undefined;
}

/**
 * Props of {@link CompetencyBarChart}.
 * @deprecated Use `CompetencyProfileProps` with `defaultForm="bars"`.
 */
export interface CompetencyBarChartProps {
  /** Title of the figure, also the chart's accessible name. */
  readonly title: string;
  /** One or two sentences on what the chart shows. */
  readonly description?: string | undefined;
  /** The proficiency scale the scores are on; its levels become the axis. */
  readonly scale: ProficiencyScale;
  /** One entry per competency, in the order to show them. */
  readonly data: readonly CompetencyBarDatum[];
  /**
   * BCP 47 locale for numbers and level names.
   * @default the nearest CapkitProvider's, else 'en'
   */
  readonly locale?: string | undefined;
  /**
   * Text direction; right-to-left mirrors the chart so bars grow from the right.
   * @default the nearest CapkitProvider's, else the locale's direction
   */
  readonly dir?: 'ltr' | 'rtl' | undefined;
  /** Replacement strings, e.g. a translation; missing keys fall back to English. */
  readonly messages?: Partial<CompetencyBarChartMessages> | undefined;
  /** Extra class name on the `<figure>`. */
  readonly className?: string | undefined;
}

const width = 640;
const labelWidth = 200;
const valueRoom = 48;
const rowHeight = 36;
const barHeight = 20;
const axisHeight = 32;
// 14px text at ~7.5px a character: 24 characters end inside the 200-unit label column.
const maxLabelLength = 24;

// Absorbs floating-point noise, as proficiencyLevelFor does: 2.9999999999999996 meets 3.
const tolerance = 1e-9;

/** The datum with a missing score as `null` and a missing required level left out. */
function present(datum: CompetencyBarDatum): CompetencyBarDatum {
  const { score, requiredLevel, ...rest } = datum;
  return {
    ...rest,
    score: score !== null && Number.isFinite(score) ? score : null,
    ...(requiredLevel !== undefined && Number.isFinite(requiredLevel) ? { requiredLevel } : {}),
  };
}

function truncate(label: string): string {
  return label.length > maxLabelLength ? `${label.slice(0, maxLabelLength - 1)}…` : label;
}

let warnedDeprecated = false;

/** One warning per page, in development only, so that a list of charts does not flood the console. */
function warnDeprecatedOnce(): void {
  if (warnedDeprecated || !isDevelopment()) return;
  warnedDeprecated = true;
  console.warn(
    'capkit: CompetencyBarChart is deprecated and will be removed in the next major version. ' +
      'Use <CompetencyProfile defaultForm="bars" /> from @capkit/react/CompetencyProfile: ' +
      'same data, plus a summary in words and a layout that fits small screens.',
  );
}

/**
 * Horizontal bar chart of competency scores against required levels, with the same values
 * in an adjacent table so nothing depends on seeing the picture.
 *
 * @deprecated Use `CompetencyProfile` with `defaultForm="bars"`: the same datum type, the
 * same bars and required-level markers, plus a plain-words summary, a gap column, load states and
 * a layout that fits a 320 px screen. Migration:
 * ```tsx
 * // before
 * import { CompetencyBarChart } from '@capkit/react/CompetencyBarChart';
 * <CompetencyBarChart title={title} scale={scale} data={scores} />
 * // after
 * import { CompetencyProfile } from '@capkit/react/CompetencyProfile';
 * <CompetencyProfile title={title} scale={scale} data={scores} defaultForm="bars" />
 * ```
 * `CompetencyBarDatum` is `CompetencyProfileDatum`; messages keep their names
 * (`chartSummary` becomes `barsSummary`, taking a `LocalizedCount`). Removed in the next major.
 */
export function CompetencyBarChart({
  title,
  description,
  scale,
  data: givenData,
  locale: ownLocale,
  dir: ownDir,
  messages: messageOverrides,
  className,
}: CompetencyBarChartProps) {
  // In an effect: on the client only, not in every server render.
  useEffect(warnDeprecatedOnce, []);
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages(
    'CompetencyBarChart',
    defaultCompetencyBarChartMessages,
    messageOverrides,
  );
  const [formatScore, formatTick] = useMemo(
    () => [
      new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
    ],
    [locale],
  );
  // Missing is never a level: NaN and infinite scores become null here, once, for every view.
  const data = useMemo(() => givenData.map(present), [givenData]);
  const levelName = (value: number) => {
    const level = proficiencyLevelFor(value, scale);
    return level === null ? undefined : resolveLocalizedText(level.label, [locale]);
  };
  const noScore = (datum: CompetencyBarDatum) =>
    messages.noScoreWithReason(datum.missingReason ?? messages.missingReason);

  const rtl = dir === 'rtl';
  const values = scale.levels.map((level) => level.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const plotStart = labelWidth;
  const plotEnd = width - valueRoom;
  const x = scaleLinear()
    .domain([min, max])
    .range(rtl ? [width - plotStart, width - plotEnd] : [plotStart, plotEnd]);
  const labelX = rtl ? width - labelWidth + 8 : labelWidth - 8;
  const height = data.length * rowHeight + axisHeight;
  const empty = data.length === 0;

  return (
    <figure
      className={['ck-bar-chart', className].filter(Boolean).join(' ')}
      dir={dir}
      aria-labelledby={titleId}
      aria-describedby={description === undefined ? undefined : descriptionId}
      data-state={empty ? 'empty' : 'ready'}
    >
      <figcaption className="ck-bar-chart__caption">
        <span id={titleId} className="ck-bar-chart__title">
          {title}
        </span>
        {description !== undefined && (
          <span id={descriptionId} className="ck-bar-chart__description">
            {description}
          </span>
        )}
      </figcaption>
      {empty ? (
        <p className="ck-bar-chart__empty">{messages.empty}</p>
      ) : (
        <>
          <svg
            className="ck-bar-chart__plot"
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label={`${title}. ${messages.chartSummary(data.length)}`}
          >
            {values.map((value) => (
              <g key={value} className="ck-bar-chart__tick">
                <line x1={x(value)} x2={x(value)} y1={0} y2={height - axisHeight} />
                <text x={x(value)} y={height - axisHeight + 20} textAnchor="middle">
                  {formatTick.format(value)}
                </text>
              </g>
            ))}
            {data.map((datum, index) => {
              const top = index * rowHeight + (rowHeight - barHeight) / 2;
              const middle = top + barHeight / 2;
              const end = datum.score === null ? x(min) : x(datum.score);
              return (
                <g key={datum.id} className="ck-bar-chart__row">
                  <text
                    className="ck-bar-chart__label"
                    x={labelX}
                    y={middle}
                    dy="0.35em"
                    textAnchor="end"
                  >
                    {truncate(datum.label)}
                  </text>
                  {datum.score !== null && (
                    <rect
                      className="ck-bar-chart__bar"
                      x={Math.min(x(min), end)}
                      y={top}
                      width={Math.abs(end - x(min))}
                      height={barHeight}
                    />
                  )}
                  <text
                    className="ck-bar-chart__value"
                    x={end + (rtl ? -6 : 6)}
                    y={middle}
                    dy="0.35em"
                    textAnchor="start"
                    data-missing={datum.score === null}
                  >
                    {datum.score === null ? noScore(datum) : formatScore.format(datum.score)}
                  </text>
                  {datum.requiredLevel !== undefined && (
                    <line
                      className="ck-bar-chart__required"
                      x1={x(datum.requiredLevel)}
                      x2={x(datum.requiredLevel)}
                      y1={top - 4}
                      y2={top + barHeight + 4}
                    />
                  )}
                </g>
              );
            })}
          </svg>
          <ul className="ck-bar-chart__legend" aria-hidden="true">
            <li className="ck-bar-chart__legend-score">{messages.score}</li>
            <li className="ck-bar-chart__legend-required">{messages.requiredLevel}</li>
          </ul>
          {/* Five columns cannot reflow into 320 px: the table scrolls in its own named region. */}
          <div className="ck-scroll" role="region" tabIndex={0} aria-labelledby={`${id}-table`}>
            <table className="ck-table ck-bar-chart__table">
              <caption id={`${id}-table`}>{messages.tableCaption(title)}</caption>
              <thead>
                <tr>
                  <th scope="col">{messages.competency}</th>
                  <th scope="col">{messages.score}</th>
                  <th scope="col">{messages.levelReached}</th>
                  <th scope="col">{messages.requiredLevel}</th>
                  <th scope="col">{messages.status}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((datum) => {
                  const reached = datum.score === null ? undefined : levelName(datum.score);
                  const required =
                    datum.requiredLevel === undefined ? undefined : levelName(datum.requiredLevel);
                  const status =
                    datum.score === null || datum.requiredLevel === undefined
                      ? undefined
                      : datum.score + tolerance >= datum.requiredLevel
                        ? 'meets'
                        : 'below';
                  return (
                    <tr key={datum.id} data-status={status ?? 'unknown'}>
                      <th scope="row">{datum.label}</th>
                      <td data-missing={datum.score === null}>
                        {datum.score === null ? noScore(datum) : formatScore.format(datum.score)}
                      </td>
                      <td lang={reached?.lang}>{reached?.text ?? '—'}</td>
                      <td lang={required?.lang}>{required?.text ?? messages.notSet}</td>
                      <td>
                        {status === undefined
                          ? '—'
                          : status === 'meets'
                            ? messages.meetsRequired
                            : messages.belowRequired}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </figure>
  );
}

function isDevelopment(): boolean {
  // `process` does not exist in a browser without a bundler's define; treat that as development.
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env?.['NODE_ENV'];
  return env !== 'production';
}
