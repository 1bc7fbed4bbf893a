import type { BudgetBurnDown } from '@capkit/scoring/schedule';
import { scaleLinear } from 'd3-scale';
import { useId, type CSSProperties } from 'react';
import { useScrollRegion } from '../shared/useScrollRegion.js';
import type { BudgetText } from './budgetText.js';
import type { BurnDownPoint, BurnDownSeries } from './budgetRows.js';

/** Props of {@link BurnDownChart}. */
export interface BurnDownChartProps {
  readonly series: BurnDownSeries;
  readonly burnDown: BudgetBurnDown;
  readonly text: BudgetText;
  readonly asOf: string;
  readonly rtl: boolean;
}

const pct = (value: number) => `${String(Math.round(value * 100) / 100)}%`;

/**
 * Budget left over time against the planned line, with a line on `asOf`. The lines are drawn in
 * a 100 × 100 box stretched to the plot (strokes do not scale), and every label is HTML placed
 * by logical insets: text never shrinks in a 320 px column and right to left mirrors the axis.
 */
export function BurnDownChart({ series, burnDown, text, asOf, rtl }: BurnDownChartProps) {
  const { messages } = text;
  const y = scaleLinear().domain([series.low, series.high]).nice(4).range([95, 5]);
  const along = (day: number) => Math.min(100, Math.max(0, (day / series.days) * 100));
  const x = (day: number) => (rtl ? 100 - along(day) : along(day));
  const path = (points: readonly BurnDownPoint[]) =>
    points
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${String(x(p.day))} ${String(y(p.value))}`)
      .join('');
  const ticks = y.ticks(4);
  const marked = series.asOf >= 0 && series.asOf <= series.days;
  const at = along(series.asOf);
  const asOfPlace: CSSProperties =
    // On the side with more room, and wrapping within it, so a narrow column never overflows.
    at > 50
      ? { insetInlineEnd: pct(100 - at), maxInlineSize: pct(at) }
      : { insetInlineStart: pct(at), maxInlineSize: pct(100 - at) };
  const first = burnDown.periods[0];
  const last = burnDown.periods.at(-1);
  const plannedNow = series.planned.find((p) => p.day >= series.asOf) ?? series.planned.at(-1);
  return (
    <div className="ck-budget__chart">
      <div className="ck-budget__plot">
        <div className="ck-budget__area">
          <svg
            className="ck-budget__lines"
            role="img"
            aria-label={messages.chartLabel(
              text.whole(burnDown.totals.remaining),
              text.whole(plannedNow?.value ?? burnDown.totals.budget),
              text.date(asOf),
            )}
            viewBox="0 0 100 100"
            preserveAspectRatio="none"
          >
            {ticks.map((tick) => (
              <line
                key={tick}
                className="ck-budget__grid"
                x1={0}
                x2={100}
                y1={y(tick)}
                y2={y(tick)}
              />
            ))}
            <path className="ck-budget__planned" d={path(series.planned)} />
            <path className="ck-budget__left" d={path(series.remaining)} />
            {marked && (
              <line
                className="ck-budget__today"
                x1={x(series.asOf)}
                x2={x(series.asOf)}
                y1={0}
                y2={100}
              />
            )}
          </svg>
          {marked && (
            <span className="ck-budget__today-label" style={asOfPlace} aria-hidden="true">
              {messages.asOf(text.date(asOf))}
            </span>
          )}
        </div>
        {/* The money axis in a gutter of its own, so that no label covers a line. */}
        <div aria-hidden="true">
          {ticks.map((tick) => (
            <span key={tick} className="ck-budget__tick" style={{ insetBlockStart: pct(y(tick)) }}>
              {text.tick(tick)}
            </span>
          ))}
        </div>
      </div>
      <div className="ck-budget__axis" aria-hidden="true">
        <bdi>{first === undefined ? '' : text.date(first.startsOn)}</bdi>
        <bdi>{last === undefined ? '' : text.date(last.endsOn)}</bdi>
      </div>
      <ul className="ck-budget__legend" aria-hidden="true">
        <li>
          <svg width="28" height="8">
            <line className="ck-budget__left" x1={0} x2={28} y1={4} y2={4} />
          </svg>
          {messages.legendLeft}
        </li>
        <li>
          <svg width="28" height="8">
            <line className="ck-budget__planned" x1={0} x2={28} y1={4} y2={4} />
          </svg>
          {messages.legendPlanned}
        </li>
      </ul>
    </div>
  );
}

/** The burn-down by period: money so far, what is left and what would be left as planned. */
export function BurnDownTable({
  series,
  burnDown,
  text,
}: Omit<BurnDownChartProps, 'asOf' | 'rtl'>) {
  const captionId = `${useId()}-caption`;
  const [ref, scrolls] = useScrollRegion<HTMLDivElement>();
  const { messages } = text;
  return (
    <div
      ref={ref}
      className="ck-scroll"
      {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}
    >
      <table className="ck-table ck-budget__table">
        <caption id={captionId}>{messages.chartTableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.periodHeading}</th>
            <th scope="col">{messages.plannedHeading}</th>
            <th scope="col">{messages.committedHeading}</th>
            <th scope="col">{messages.spentHeading}</th>
            <th scope="col">{messages.leftHeading}</th>
            <th scope="col">{messages.plannedLeftHeading}</th>
          </tr>
        </thead>
        <tbody>
          {burnDown.periods.map((period, index) => (
            <tr key={period.startsOn} data-begun={period.begun}>
              <th scope="row">{text.period(burnDown.by, period.startsOn)}</th>
              <td data-numeric="">{text.money(period.plannedCumulative)}</td>
              <td data-numeric="">{text.money(period.committedCumulative)}</td>
              <td data-numeric="">{text.money(period.spentCumulative)}</td>
              <td data-numeric="">
                {period.begun ? text.money(period.remaining) : messages.notBegun}
              </td>
              <td data-numeric="">{text.money(series.planned[index + 1]?.value ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
