import type { MaturityEntityKind } from '@capkit/model';
import { scaleLinear } from 'd3-scale';
import { useState, type KeyboardEvent } from 'react';
import { gridMove, useRovingFocus } from '../shared/rovingFocus.js';
import type { MaturityEntityRow } from './maturityRows.js';
import type { MaturityText } from './maturityText.js';

// Percentages of the interval column: room at the ends for the caps and the dot.
const axisStart = 4;
const axisEnd = 96;

// End labels are aligned inwards so that they never stick out of a 320 px column.
function tickAnchor(position: number): 'start' | 'middle' | 'end' {
  if (position < 12) return 'start';
  return position > 88 ? 'end' : 'middle';
}

/** Props shared by the chart and the table. */
export interface RankPartProps {
  readonly rows: readonly MaturityEntityRow[];
  readonly kind: MaturityEntityKind;
  readonly text: MaturityText;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}

/** The rank and interval of a row in words, for the chart's rows and the breakdown. */
export function placeWords(row: MaturityEntityRow, total: number, text: MaturityText): string {
  const { interval } = row;
  return text.messages.place({
    rank: row.rank === null ? null : text.rank(row.rank),
    total: text.count(total).text,
    median: interval === null ? null : text.rank(interval.median),
    lower: interval === null ? null : text.rank(interval.lower),
    upper: interval === null ? null : text.rank(interval.upper),
  });
}

/** A row's score, level and place in words. */
export function rowDetail(row: MaturityEntityRow, total: number, text: MaturityText): string {
  return text.messages.rowDetail(
    text.score(row.score),
    row.level?.name.text ?? text.messages.noLevel,
    placeWords(row, total, text),
  );
}

/**
 * The entities as a single-select listbox in rank order (one tab stop; arrows, Home, End and
 * Page keys move, Enter or Space selects), each with its score, level and rank in words and,
 * on one rank axis, its nominal rank (dot), median (diamond) and 5–95 % interval (line).
 */
export function RankChart({
  rows,
  kind,
  text,
  selectedId,
  onSelect,
  rtl,
  controls,
}: RankPartProps & { readonly rtl: boolean; readonly controls: string }) {
  const { messages } = text;
  const { containerRef, focusTabStop } = useRovingFocus<HTMLUListElement>();
  const selectedIndex = rows.findIndex((row) => row.id === selectedId);
  const [focusIndex, setFocusIndex] = useState(Math.max(0, selectedIndex));
  const stop = Math.min(focusIndex, rows.length - 1);
  const worst = Math.max(
    2,
    rows.length,
    ...rows.map((row) => Math.max(row.rank ?? 0, row.interval?.upper ?? 0)),
  );
  const x = scaleLinear()
    .domain([1, worst])
    .range(rtl ? [axisEnd, axisStart] : [axisStart, axisEnd]);
  const at = (rank: number) => `${String(x(rank))}%`;
  const ticks = x.ticks(Math.min(worst - 1, 6)).filter(Number.isInteger);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      const row = rows[stop];
      if (row !== undefined) onSelect(row.id);
      event.preventDefault();
      return;
    }
    const next = gridMove(
      event.key,
      event,
      { row: stop, column: 0 },
      { rows: rows.length, columns: 1 },
      { homeEnd: 'column' },
    );
    if (next === undefined) return;
    event.preventDefault();
    setFocusIndex(next.row);
    focusTabStop();
  };

  return (
    <div className="ck-maturity__chart">
      <div className="ck-maturity__row ck-maturity__header" aria-hidden="true">
        <span className="ck-maturity__rank">{messages.rankHeading}</span>
        <span>{messages.entityHeading(kind)}</span>
        <div className="ck-maturity__axis">
          <span>{messages.axisLabel}</span>
          <svg className="ck-maturity__ticks" width="100%" height="24">
            {ticks.map((tick) => (
              <g key={tick}>
                <text x={at(tick)} y={14} textAnchor={tickAnchor(x(tick))} direction="ltr">
                  {text.rank(tick)}
                </text>
                <line x1={at(tick)} x2={at(tick)} y1={18} y2={24} />
              </g>
            ))}
          </svg>
        </div>
      </div>
      <p className="ck-maturity__hint">{messages.selectHint(kind)}</p>
      <ul
        ref={containerRef}
        className="ck-maturity__list"
        role="listbox"
        aria-label={messages.listLabel(kind)}
        aria-controls={controls}
        onKeyDown={onKeyDown}
      >
        {rows.map((row, position) => {
          const { interval } = row;
          return (
            <li
              key={row.id}
              role="option"
              className="ck-maturity__row ck-maturity__item"
              aria-selected={row.id === selectedId}
              tabIndex={position === stop ? 0 : -1}
              data-level={row.level?.id ?? 'none'}
              onClick={() => {
                setFocusIndex(position);
                onSelect(row.id);
              }}
            >
              <span className="ck-maturity__rank">
                {row.rank === null ? '–' : text.rank(row.rank)}
              </span>
              <span className="ck-maturity__body">
                <span className="ck-maturity__name" lang={text.lang(row.name.lang)}>
                  {row.name.text}
                </span>
                <span className="ck-maturity__detail">{rowDetail(row, rows.length, text)}</span>
              </span>
              {row.rank !== null && (
                <svg className="ck-maturity__bar" width="100%" height="28" aria-hidden="true">
                  {interval !== null && (
                    <g className="ck-maturity__interval">
                      <line x1={at(interval.lower)} x2={at(interval.upper)} y1={14} y2={14} />
                      <line x1={at(interval.lower)} x2={at(interval.lower)} y1={7} y2={21} />
                      <line x1={at(interval.upper)} x2={at(interval.upper)} y1={7} y2={21} />
                    </g>
                  )}
                  {/* The median's open diamond under the nominal dot: both show when they coincide. */}
                  {interval !== null && (
                    <svg x={at(interval.median)} y={14} overflow="visible">
                      <path className="ck-maturity__median" d="M0 -8 L8 0 L0 8 L-8 0 Z" />
                    </svg>
                  )}
                  <circle className="ck-maturity__nominal" cx={at(row.rank)} cy={14} r={4} />
                </svg>
              )}
            </li>
          );
        })}
      </ul>
      <ul className="ck-maturity__legend" aria-hidden="true">
        <li>
          <svg width="16" height="16">
            <circle className="ck-maturity__nominal" cx={8} cy={8} r={4} />
          </svg>
          {messages.legendNominal}
        </li>
        {rows.some((row) => row.interval !== null) && (
          <>
            <li>
              <svg width="16" height="16">
                <path className="ck-maturity__median" d="M8 1 L15 8 L8 15 L1 8 Z" />
              </svg>
              {messages.legendMedian}
            </li>
            <li>
              <svg width="28" height="16" className="ck-maturity__interval">
                <line x1={2} x2={26} y1={8} y2={8} />
                <line x1={2} x2={2} y1={2} y2={14} />
                <line x1={26} x2={26} y1={2} y2={14} />
              </svg>
              {messages.legendInterval}
            </li>
          </>
        )}
      </ul>
    </div>
  );
}
