import { localizedCount } from '../shared/localeFormat.js';
import type { PlanExplanationMessages } from './messages.js';
import type { PlanFundedRow } from './planRows.js';

/** Props of {@link PlanChart}. */
export interface PlanChartProps {
  readonly rows: readonly PlanFundedRow[];
  readonly locale: string;
  readonly rtl: boolean;
  readonly money: (value: number) => string;
  readonly number: (value: number) => string;
  readonly messages: PlanExplanationMessages;
}

const width = 400;
const height = 240;
const margin = { top: 12, right: 16, bottom: 40, left: 56 };

/**
 * Cost against gap points closed, one dot per funded intervention: dots high and to the left
 * close much for little. The values are in the table view too; nothing is shown on hover only.
 */
export function PlanChart({ rows, locale, rtl, money, number, messages }: PlanChartProps) {
  const maxCost = Math.max(1, ...rows.map((row) => row.cost));
  const maxGap = Math.max(1, ...rows.map((row) => row.gapPointsClosed));
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const x = (cost: number) => {
    const along = (cost / maxCost) * plotWidth;
    return rtl ? width - margin.left - along : margin.left + along;
  };
  const y = (gap: number) => margin.top + plotHeight - (gap / maxGap) * plotHeight;
  const x0 = x(0);
  const x1 = x(maxCost);
  const bottom = margin.top + plotHeight;
  return (
    <svg
      className="ck-plan-explanation__chart"
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      role="img"
      aria-label={messages.chartLabel(localizedCount(locale, rows.length))}
    >
      <line className="ck-plan-explanation__axis" x1={x0} x2={x1} y1={bottom} y2={bottom} />
      <line className="ck-plan-explanation__axis" x1={x0} x2={x0} y1={margin.top} y2={bottom} />
      <text
        className="ck-plan-explanation__tick"
        x={x0}
        y={bottom + 14}
        textAnchor={rtl ? 'end' : 'start'}
      >
        {money(0)}
      </text>
      <text
        className="ck-plan-explanation__tick"
        x={x1}
        y={bottom + 14}
        textAnchor={rtl ? 'start' : 'end'}
      >
        {money(maxCost)}
      </text>
      <text
        className="ck-plan-explanation__tick"
        x={rtl ? x0 + 4 : x0 - 4}
        y={margin.top + 4}
        textAnchor={rtl ? 'start' : 'end'}
      >
        {number(maxGap)}
      </text>
      <text
        className="ck-plan-explanation__axis-title"
        x={width / 2}
        y={height - 4}
        textAnchor="middle"
      >
        {messages.costAxis}
      </text>
      <text
        className="ck-plan-explanation__axis-title"
        transform={`translate(${String(rtl ? width - 12 : 12)} ${String(margin.top + plotHeight / 2)}) rotate(-90)`}
        textAnchor="middle"
      >
        {messages.gapAxis}
      </text>
      {rows.map((row) => (
        <circle
          key={row.interventionId}
          className="ck-plan-explanation__point"
          data-prerequisite-only={row.costPerGapPoint === null ? '' : undefined}
          cx={x(row.cost)}
          cy={y(row.gapPointsClosed)}
          r={4}
        />
      ))}
    </svg>
  );
}
