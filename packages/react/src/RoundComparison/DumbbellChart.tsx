import { scaleLinear } from 'd3-scale';
import { headingTag, type HeadingLevel } from '../shared/widgetProps.js';
import type { ComparisonText } from './comparisonText.js';
import { levelExtent, type ComparisonGrid, type ComparisonItem } from './roundGrid.js';

const axisStart = 4;
const axisEnd = 96;

/** Props of {@link DumbbellChart}. */
export interface DumbbellChartProps {
  readonly grid: ComparisonGrid;
  readonly text: ComparisonText;
  /** Level of the intervals, formatted. */
  readonly level: string;
  readonly rtl: boolean;
  /** Level of each group's heading. */
  readonly headingLevel: HeadingLevel;
}

/**
 * Round 1 → round 2 as a dumbbell per cell, grouped as the grid's rows, on one shared axis of
 * mean levels: a hollow dot at round 1, a filled dot at round 2, and a band where round 2 would
 * lie within the change's interval (round 1 + its ends). A change is beyond noise when round 1
 * lies outside the band. Each row says the same in words; a withheld cell says only "too few
 * people to conclude" and draws nothing.
 */
export function DumbbellChart({ grid, text, level, rtl, headingLevel }: DumbbellChartProps) {
  const { messages } = text;
  const x = scaleLinear()
    .domain(levelExtent(grid))
    .nice(5)
    .range(rtl ? [axisEnd, axisStart] : [axisStart, axisEnd]);
  const at = (value: number) => `${String(x(value))}%`;
  const Heading = headingTag(headingLevel);
  const bar = (cell: ComparisonItem) => {
    const { figures } = cell.words;
    if (figures === null || cell.round1 === null || cell.round2 === null) return null;
    const from = x(cell.round1 + figures.lower);
    const to = x(cell.round1 + figures.upper);
    return (
      <svg className="ck-round-comparison__bar" width="100%" height="24" aria-hidden="true">
        <rect
          className="ck-round-comparison__band"
          x={`${String(Math.min(from, to))}%`}
          width={`${String(Math.abs(to - from))}%`}
          y={6}
          height={12}
        />
        <line x1={at(cell.round1)} x2={at(cell.round2)} y1={12} y2={12} />
        <circle className="ck-round-comparison__round1" cx={at(cell.round1)} cy={12} r={5} />
        <circle className="ck-round-comparison__round2" cx={at(cell.round2)} cy={12} r={5} />
      </svg>
    );
  };
  return (
    <div className="ck-round-comparison__chart">
      <div className="ck-round-comparison__row ck-round-comparison__axis" aria-hidden="true">
        <span>{messages.axisLabel}</span>
        <svg width="100%" height="24">
          {x.ticks(5).map((tick) => (
            <g key={tick}>
              <text x={at(tick)} y={14} textAnchor="middle" direction="ltr">
                {text.tick(tick)}
              </text>
              <line x1={at(tick)} x2={at(tick)} y1={18} y2={24} />
            </g>
          ))}
        </svg>
      </div>
      {grid.groups.map((group) => (
        <div key={group.id} className="ck-round-comparison__group">
          <Heading className="ck-round-comparison__group-name">{group.label}</Heading>
          <ul className="ck-round-comparison__list" aria-label={group.label}>
            {group.items.map(
              (cell) =>
                cell !== null && (
                  <li
                    key={cell.id}
                    className="ck-round-comparison__row"
                    data-reading={cell.words.reading}
                  >
                    <span>
                      <span className="ck-round-comparison__name">{cell.label}</span>
                      <span className="ck-round-comparison__detail">{text.cell(cell)}</span>
                    </span>
                    {bar(cell)}
                  </li>
                ),
            )}
          </ul>
        </div>
      ))}
      <ul className="ck-round-comparison__legend" aria-hidden="true">
        <li>
          <svg width="14" height="14">
            <circle className="ck-round-comparison__round1" cx={7} cy={7} r={5} />
          </svg>
          {messages.legendRound1}
        </li>
        <li>
          <svg width="14" height="14">
            <circle className="ck-round-comparison__round2" cx={7} cy={7} r={5} />
          </svg>
          {messages.legendRound2}
        </li>
        <li>
          <svg width="24" height="14">
            <rect className="ck-round-comparison__band" x={0} y={1} width={24} height={12} />
          </svg>
          {messages.legendInterval(level)}
        </li>
      </ul>
    </div>
  );
}
