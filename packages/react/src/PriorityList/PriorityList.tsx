// Over 400 lines: this widget predates the shared widget contract; splitting it into parts the
// way FrameworkBrowser/ is split is the work of the widget-foundation issue (9).
import type { BootstrapResult, BootstrapUnit } from '@capkit/scoring/tna';
import { scaleLinear } from 'd3-scale';
import { useId, useMemo } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure, type ChartFigureProps, type ChartView } from '../ChartFigure/index.js';
import { defaultPriorityListMessages, type PriorityListMessages } from './messages.js';

/** The name of one ranked unit (item or competency), in the result's index order. */
export interface PriorityListLabel {
  /** Stable key, such as the item or competency id. */
  readonly id: string;
  /** Name, already in the reader's language. */
  readonly label: string;
}

/** Props of {@link PriorityList}. */
export interface PriorityListProps {
  /** Title of the figure, also the list's accessible name. */
  readonly title: string;
  /**
   * One or two sentences on what is ranked and who answered; a sentence on the method
   * (percentile bootstrap, replicates, level) is added after it.
   * @default undefined
   */
  readonly description?: string;
  /**
   * The bootstrapped Borich ranking, from `bootstrapMeanWeightedDiscrepancy` of
   * `@capkit/scoring/tna`; leave it out while it is being computed.
   * @default undefined
   */
  readonly result?: BootstrapResult;
  /** The name of each unit, in the result's index order (`result.units[u]` ↔ `labels[u]`). */
  readonly labels: readonly PriorityListLabel[];
  /**
   * Shows a loading message (announced politely) instead of the list.
   * @default false
   */
  readonly loading?: boolean;
  /**
   * A human message saying what went wrong; shown as an alert instead of the list.
   * @default undefined
   */
  readonly error?: string;
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
   * BCP 47 locale for numbers and percentages.
   * @default the nearest CapkitProvider's locale, else 'en'
   */
  readonly locale?: string;
  /**
   * Text direction; right-to-left mirrors the layout and the score axis.
   * @default the CapkitProvider's direction, else the locale's
   */
  readonly dir?: 'ltr' | 'rtl';
  /**
   * Replacement strings, e.g. a translation; missing keys come from the CapkitProvider, then English.
   * @default defaultPriorityListMessages
   */
  readonly messages?: Partial<PriorityListMessages>;
  /**
   * Extra class name on the `<figure>`.
   * @default undefined
   */
  readonly className?: string;
}

interface RankedRow {
  readonly unit: BootstrapUnit;
  readonly id: string;
  readonly label: string;
  readonly tied: boolean;
}

// Percentages of the bar column's width: room at the ends for the interval caps.
const axisStart = 3;
const axisEnd = 97;

/**
 * Borich training-needs ranking with bootstrap uncertainty: units (items or competencies) in
 * order of mean weighted discrepancy score, each with its percentile interval drawn as an error
 * bar and, in words, how often its rank held and how often it was in the top k over the
 * resamples. Tied ranks say so. A table view gives the same values.
 */
export function PriorityList({
  title,
  description,
  result,
  labels,
  loading = false,
  error,
  view,
  defaultView,
  onViewChange,
  locale: ownLocale,
  dir: ownDir,
  messages: messageOverrides,
  className,
}: PriorityListProps) {
  const id = useId();
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages('PriorityList', defaultPriorityListMessages, messageOverrides);
  const rtl = dir === 'rtl';
  const format = useMemo(
    () => ({
      score: new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      tick: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
      count: new Intl.NumberFormat(locale),
      level: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
      // Rounded down, so that "rank holds in 100%" is only ever said when it always held.
      share: new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: 0,
        roundingMode: 'floor',
      }),
    }),
    [locale],
  );

  const by = result?.by ?? 'item';
  const labelOf = (unit: number): PriorityListLabel =>
    labels[unit] ?? {
      id: `${by}-${unit + 1}`,
      label: messages.unlabelledUnit(format.count.format(unit + 1), by),
    };
  const units = result?.units ?? [];
  const rankCounts = new Map<number, number>();
  for (const unit of units) {
    if (unit.rank !== null) rankCounts.set(unit.rank, (rankCounts.get(unit.rank) ?? 0) + 1);
  }
  const rows: RankedRow[] = units
    .map((unit) => ({
      unit,
      ...labelOf(unit.unit),
      tied: unit.rank !== null && (rankCounts.get(unit.rank) ?? 0) > 1,
    }))
    // Highest need first; tied units in index order; unscored units last.
    .sort(
      (a, b) =>
        (a.unit.rank ?? Number.POSITIVE_INFINITY) - (b.unit.rank ?? Number.POSITIVE_INFINITY) ||
        a.unit.unit - b.unit.unit,
    );
  const scoredCount = rows.filter((row) => row.unit.meanWeightedDiscrepancy !== null).length;
  const withheldCount = rows.filter((row) => row.unit.withheld !== undefined).length;
  const minimum = format.count.format(result?.disclosure.k ?? 5);

  const state =
    error !== undefined
      ? 'error'
      : loading
        ? 'loading'
        : result === undefined || result.respondents === null || scoredCount === 0
          ? 'empty'
          : 'ready';

  const level = format.level.format(result?.level ?? 0.95);
  const k = format.count.format(result?.topK ?? 3);
  const method =
    result === undefined || state !== 'ready'
      ? undefined
      : messages.method({
          by,
          replicates: format.count.format(result.replicates),
          level,
          respondents: format.count.format(result.respondents ?? 0),
          k,
        });
  const fullDescription = [description, method].filter((part) => part !== undefined).join(' ');
  const frame = {
    title,
    ...(fullDescription === '' ? {} : { description: fullDescription }),
    ...(view === undefined ? {} : { view }),
    ...(defaultView === undefined ? {} : { defaultView }),
    ...(onViewChange === undefined ? {} : { onViewChange }),
    className: ['ck-priority-list', className].filter(Boolean).join(' '),
    messages,
    dir,
    state,
  } satisfies Partial<ChartFigureProps>;

  if (state !== 'ready' || result === undefined) {
    const status =
      state === 'error' ? (
        <div className="ck-priority-list__status" role="alert">
          <p className="ck-priority-list__error">
            {messages.error} {error}
          </p>
        </div>
      ) : state === 'loading' ? (
        <div className="ck-priority-list__status">
          <div className="ck-priority-list__skeleton" aria-hidden="true">
            <span />
            <span />
            <span />
          </div>
          <p role="status">{messages.loading}</p>
        </div>
      ) : (
        <div className="ck-priority-list__status">
          <p className="ck-priority-list__empty">
            {withheldCount > 0 ? messages.allWithheld(minimum, by) : messages.empty}
          </p>
        </div>
      );
    return <ChartFigure {...frame} chart={null} table={null} status={status} />;
  }

  // One axis for every row: from the lowest interval end (or zero) to the highest.
  const extent = [0];
  for (const { unit } of rows) {
    for (const value of [unit.meanWeightedDiscrepancy, unit.lower, unit.upper]) {
      if (value !== null) extent.push(value);
    }
  }
  const x = scaleLinear()
    .domain([Math.min(...extent), Math.max(...extent)])
    .nice(5)
    .range(rtl ? [axisEnd, axisStart] : [axisStart, axisEnd]);
  const at = (value: number) => `${x(value)}%`;
  const ticks = x.ticks(5);

  const rankText = (row: RankedRow) =>
    row.unit.rank === null
      ? messages.notRanked
      : messages.rank(format.count.format(row.unit.rank), row.tied);
  const share = (value: number | null) => (value === null ? '—' : format.share.format(value));

  const chart = (
    <div className="ck-priority-list__chart">
      <div className="ck-priority-list__row ck-priority-list__header" aria-hidden="true">
        <span className="ck-priority-list__rank">{messages.rankHeading}</span>
        <span className="ck-priority-list__name">{messages.unitHeading(by)}</span>
        <div className="ck-priority-list__axis">
          <span className="ck-priority-list__axis-title">{messages.axisLabel(level)}</span>
          <svg className="ck-priority-list__axis-ticks" width="100%" height="24">
            {ticks.map((tick) => (
              <g key={tick} data-zero={tick === 0}>
                <text x={at(tick)} y={14} textAnchor="middle">
                  {format.tick.format(tick)}
                </text>
                <line x1={at(tick)} x2={at(tick)} y1={18} y2={24} />
              </g>
            ))}
          </svg>
        </div>
      </div>
      <ol className="ck-priority-list__list" aria-label={messages.listLabel(by)}>
        {rows.map((row) => {
          const { unit } = row;
          const mwds = unit.meanWeightedDiscrepancy;
          return (
            <li
              key={row.id}
              className="ck-priority-list__row ck-priority-list__item"
              data-rank={unit.rank ?? 'none'}
              data-tied={row.tied}
              data-top={unit.rank !== null && unit.rank <= result.topK}
              data-scored={mwds !== null}
              data-withheld={unit.withheld !== undefined}
            >
              <span className="ck-priority-list__rank">{rankText(row)}</span>
              <span className="ck-priority-list__body">
                <span className="ck-priority-list__name">{row.label}</span>
                {unit.withheld !== undefined ? (
                  <span className="ck-priority-list__detail">{messages.withheld(minimum, by)}</span>
                ) : mwds === null ? (
                  <span className="ck-priority-list__detail">{messages.notScored}</span>
                ) : (
                  <>
                    <span className="ck-priority-list__detail">
                      {messages.estimate({
                        mwds: format.score.format(mwds),
                        level,
                        lower: unit.lower === null ? null : format.score.format(unit.lower),
                        upper: unit.upper === null ? null : format.score.format(unit.upper),
                      })}
                    </span>
                    <span className="ck-priority-list__detail">
                      {messages.stability({
                        rankHolds: share(unit.rankHoldsProbability),
                        topK: share(unit.topKProbability),
                        k,
                      })}
                    </span>
                  </>
                )}
              </span>
              {mwds !== null && (
                <svg className="ck-priority-list__bar" width="100%" height="28" aria-hidden="true">
                  <line className="ck-priority-list__zero" x1={at(0)} x2={at(0)} y1={0} y2={28} />
                  {unit.lower !== null && unit.upper !== null && (
                    <g className="ck-priority-list__interval">
                      <line x1={at(unit.lower)} x2={at(unit.upper)} y1={14} y2={14} />
                      <line x1={at(unit.lower)} x2={at(unit.lower)} y1={7} y2={21} />
                      <line x1={at(unit.upper)} x2={at(unit.upper)} y1={7} y2={21} />
                    </g>
                  )}
                  <circle className="ck-priority-list__estimate" cx={at(mwds)} cy={14} r={6} />
                </svg>
              )}
            </li>
          );
        })}
      </ol>
      <ul className="ck-priority-list__legend" aria-hidden="true">
        <li>
          <svg width="16" height="16">
            <circle className="ck-priority-list__estimate" cx={8} cy={8} r={6} />
          </svg>
          {messages.legendEstimate}
        </li>
        <li data-top="true">
          <svg width="16" height="16">
            <circle className="ck-priority-list__estimate" cx={8} cy={8} r={6} />
          </svg>
          {messages.legendTop(k)}
        </li>
        <li>
          <svg width="28" height="16" className="ck-priority-list__interval">
            <line x1={2} x2={26} y1={8} y2={8} />
            <line x1={2} x2={2} y1={2} y2={14} />
            <line x1={26} x2={26} y1={2} y2={14} />
          </svg>
          {messages.legendInterval(level)}
        </li>
        <li>
          <svg width="8" height="16">
            <line className="ck-priority-list__zero" x1={4} x2={4} y1={0} y2={16} />
          </svg>
          {messages.legendZero}
        </li>
      </ul>
    </div>
  );

  const captionId = `${id}-caption`;
  const table = (
    <div
      className="ck-priority-list__table-scroll"
      role="region"
      aria-labelledby={captionId}
      // Focusable so that a keyboard can scroll a table wider than a narrow screen.
      tabIndex={0}
    >
      <table className="ck-priority-list__table">
        <caption id={captionId}>{messages.tableCaption(title)}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.rankHeading}</th>
            <th scope="col">{messages.unitHeading(by)}</th>
            <th scope="col">{messages.mwdsHeading}</th>
            <th scope="col">{messages.intervalHeading(level)}</th>
            <th scope="col">{messages.rankHoldsHeading}</th>
            <th scope="col">{messages.topKHeading(k)}</th>
            <th scope="col">{messages.nHeading(by)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { unit } = row;
            return (
              <tr
                key={row.id}
                data-rank={unit.rank ?? 'none'}
                data-tied={row.tied}
                data-top={unit.rank !== null && unit.rank <= result.topK}
                data-withheld={unit.withheld !== undefined}
              >
                <td>{rankText(row)}</td>
                <th scope="row">{row.label}</th>
                <td>
                  {unit.withheld !== undefined
                    ? messages.withheld(minimum, by)
                    : unit.meanWeightedDiscrepancy === null
                      ? '—'
                      : format.score.format(unit.meanWeightedDiscrepancy)}
                </td>
                <td>
                  {unit.lower === null || unit.upper === null
                    ? '—'
                    : messages.interval(
                        format.score.format(unit.lower),
                        format.score.format(unit.upper),
                      )}
                </td>
                <td>{share(unit.rankHoldsProbability)}</td>
                <td>{share(unit.topKProbability)}</td>
                <td>{unit.n === null ? '—' : format.count.format(unit.n)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );

  return <ChartFigure {...frame} chart={chart} table={table} />;
}
