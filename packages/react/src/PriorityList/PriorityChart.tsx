import { scaleLinear } from 'd3-scale';
import type { PriorityRow } from './priorityRows.js';
import { scoreExtent } from './priorityRows.js';
import type { PriorityText } from './priorityText.js';

// Percentages of the bar column's width: room at the ends for the interval caps.
const axisStart = 3;
const axisEnd = 97;

// A label at either end of the axis is aligned inwards, so that it never sticks out of the
// column (WCAG 1.4.10 at 320 px). Positions are physical (left to right) in either direction.
function tickAnchor(position: number): 'start' | 'middle' | 'end' {
  if (position < 12) return 'start';
  return position > 88 ? 'end' : 'middle';
}

/** Props of {@link PriorityChart}. */
export interface PriorityChartProps {
  /** The ranked units, in the list's order. */
  readonly rows: readonly PriorityRow[];
  /** k of "in the top k": units ranked k or better are highlighted. */
  readonly topK: number;
  /** Whether the score axis runs right to left. */
  readonly rtl: boolean;
  /** Numbers and phrases in the reader's locale. */
  readonly text: PriorityText;
}

/** The state of a row: ranked with a score, without a score, or withheld. */
export function rowState(row: PriorityRow): 'ranked' | 'not-scored' | 'withheld' {
  if (row.unit.withheld !== undefined) return 'withheld';
  return row.unit.meanWeightedDiscrepancy === null ? 'not-scored' : 'ranked';
}

/**
 * The ranked list as a chart: an ordered list of the units, each with its rank, its score and
 * interval in words and, drawn on one shared axis, its estimate and interval as an error bar.
 */
export function PriorityChart({ rows, topK, rtl, text }: PriorityChartProps) {
  const { messages, by, level, k } = text;
  const x = scaleLinear()
    .domain(scoreExtent(rows))
    .nice(5)
    .range(rtl ? [axisEnd, axisStart] : [axisStart, axisEnd]);
  const at = (value: number) => `${String(x(value))}%`;
  const ticks = x.ticks(5);
  return (
    <div className="ck-priority-list__chart">
      <div className="ck-priority-list__row ck-priority-list__header" aria-hidden="true">
        <span className="ck-priority-list__rank">{messages.rankHeading}</span>
        <span className="ck-priority-list__name">{messages.unitHeading(by)}</span>
        <div className="ck-priority-list__axis">
          <span className="ck-priority-list__axis-title">{messages.axisLabel(level)}</span>
          <svg className="ck-priority-list__axis-ticks" width="100%" height="24">
            {ticks.map((tick) => (
              <g key={tick} data-zero={tick === 0}>
                <text x={at(tick)} y={14} textAnchor={tickAnchor(x(tick))} direction="ltr">
                  {text.tick(tick)}
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
              data-top={unit.rank !== null && unit.rank <= topK}
              data-state={rowState(row)}
            >
              <span className="ck-priority-list__rank">{text.rank(row)}</span>
              <span className="ck-priority-list__body">
                <span className="ck-priority-list__name">{row.label}</span>
                {unit.withheld !== undefined ? (
                  <span className="ck-priority-list__detail">
                    {messages.withheld(text.minimum, by)}
                  </span>
                ) : mwds === null ? (
                  <span className="ck-priority-list__detail">{messages.notScored}</span>
                ) : (
                  <>
                    <span className="ck-priority-list__detail">
                      {messages.estimate({
                        mwds: text.score(mwds),
                        level,
                        lower: unit.lower === null ? null : text.score(unit.lower),
                        upper: unit.upper === null ? null : text.score(unit.upper),
                      })}
                    </span>
                    <span className="ck-priority-list__detail">
                      {messages.stability({
                        rankHolds: text.share(unit.rankHoldsProbability),
                        topK: text.share(unit.topKProbability),
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
}
