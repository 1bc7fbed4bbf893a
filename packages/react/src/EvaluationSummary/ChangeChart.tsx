import { scaleLinear } from 'd3-scale';
import { useId } from 'react';
import { useScrollRegion } from '../shared/useScrollRegion.js';
import { changeExtent, type WordedRow } from './changeRows.js';
import type { EvaluationText } from './evaluationText.js';
import type { EvaluationChangeKind } from './messages.js';

const axisStart = 3;
const axisEnd = 97;

function tickAnchor(position: number): 'start' | 'middle' | 'end' {
  if (position < 12) return 'start';
  return position > 88 ? 'end' : 'middle';
}

/** Props of {@link ChangeChart} and {@link ChangeTable}. */
export interface ChangePartProps {
  readonly rows: readonly WordedRow[];
  readonly by: EvaluationChangeKind;
  readonly text: EvaluationText;
  /** Level of the intervals, formatted. */
  readonly level: string;
}

/**
 * The changes as a list, each row its name, its change in words and, on one shared axis with
 * a dashed zero line, its mean change and interval as an error bar. A withheld change says
 * "too few people to conclude" and draws nothing.
 */
export function ChangeChart({ rows, by, text, level, rtl }: ChangePartProps & { rtl: boolean }) {
  const { messages } = text;
  const x = scaleLinear()
    .domain(changeExtent(rows))
    .nice(5)
    .range(rtl ? [axisEnd, axisStart] : [axisStart, axisEnd]);
  const at = (value: number) => `${String(x(value))}%`;
  return (
    <div className="ck-evaluation__chart">
      <div className="ck-evaluation__row ck-evaluation__header" aria-hidden="true">
        <span>{messages.nameHeading(by)}</span>
        <div className="ck-evaluation__axis">
          <span>{messages.axisLabel(level)}</span>
          <svg className="ck-evaluation__ticks" width="100%" height="24">
            {x.ticks(5).map((tick) => (
              <g key={tick}>
                <text x={at(tick)} y={14} textAnchor={tickAnchor(x(tick))} direction="ltr">
                  {text.tick(tick)}
                </text>
                <line x1={at(tick)} x2={at(tick)} y1={18} y2={24} />
              </g>
            ))}
          </svg>
        </div>
      </div>
      <ul className="ck-evaluation__list" aria-label={messages.changeListLabel(by)}>
        {rows.map((row) => {
          const { figures } = row.words;
          return (
            <li key={row.id} className="ck-evaluation__row" data-reading={row.words.reading}>
              <span className="ck-evaluation__body">
                <span className="ck-evaluation__name">{row.label}</span>
                <span className="ck-evaluation__detail">{text.words(row.words, 'score')}</span>
              </span>
              {figures !== null && (
                <svg className="ck-evaluation__bar" width="100%" height="28" aria-hidden="true">
                  <line className="ck-evaluation__zero" x1={at(0)} x2={at(0)} y1={0} y2={28} />
                  <g className="ck-evaluation__interval">
                    <line x1={at(figures.lower)} x2={at(figures.upper)} y1={14} y2={14} />
                    <line x1={at(figures.lower)} x2={at(figures.lower)} y1={7} y2={21} />
                    <line x1={at(figures.upper)} x2={at(figures.upper)} y1={7} y2={21} />
                  </g>
                  <circle
                    className="ck-evaluation__estimate"
                    cx={at(figures.estimate)}
                    cy={14}
                    r={6}
                  />
                </svg>
              )}
            </li>
          );
        })}
      </ul>
      <ul className="ck-evaluation__legend" aria-hidden="true">
        <li>
          <svg width="16" height="16">
            <circle className="ck-evaluation__estimate" cx={8} cy={8} r={6} />
          </svg>
          {messages.legendEstimate}
        </li>
        <li>
          <svg width="28" height="16" className="ck-evaluation__interval">
            <line x1={2} x2={26} y1={8} y2={8} />
            <line x1={2} x2={2} y1={2} y2={14} />
            <line x1={26} x2={26} y1={2} y2={14} />
          </svg>
          {messages.legendInterval(level)}
        </li>
        <li>
          <svg width="8" height="16">
            <line className="ck-evaluation__zero" x1={4} x2={4} y1={0} y2={16} />
          </svg>
          {messages.legendZero}
        </li>
      </ul>
    </div>
  );
}

/** The same changes as a table: name, change, interval, d, people and the reading. */
export function ChangeTable({ rows, by, text, level, title }: ChangePartProps & { title: string }) {
  const captionId = `${useId()}-caption`;
  const [scrollRef, scrolls] = useScrollRegion<HTMLDivElement>();
  const { messages } = text;
  return (
    <div
      ref={scrollRef}
      className="ck-scroll"
      {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}
    >
      <table className="ck-table ck-evaluation__table">
        <caption id={captionId}>{messages.tableCaption(title)}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.nameHeading(by)}</th>
            <th scope="col">{messages.changeHeading}</th>
            <th scope="col">{messages.intervalHeading(level)}</th>
            <th scope="col">{messages.effectSizeHeading}</th>
            <th scope="col">{messages.peopleHeading}</th>
            <th scope="col">{messages.readingHeading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { figures, reading, size } = row.words;
            return (
              <tr key={row.id} data-reading={reading}>
                <th scope="row">{row.label}</th>
                {figures === null ? (
                  <td colSpan={4}>{messages.notPublished}</td>
                ) : (
                  <>
                    <td>{text.amount(figures.estimate, 'score', true)}</td>
                    <td>
                      {messages.interval(text.score(figures.lower), text.score(figures.upper))}
                    </td>
                    <td>{figures.d === null ? '—' : text.d(figures.d)}</td>
                    <td>{text.count(figures.n).text}</td>
                  </>
                )}
                <td>
                  {reading === 'tooFewPeople'
                    ? messages.tooFewPeopleShort
                    : messages.reading(reading, size)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
